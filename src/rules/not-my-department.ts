import { firstMatch, matchesAny, sentenceNear, type Match } from '../engine/match';
import { cameFrom, phraseRule, quote } from '../engine/shapes';
import type { RuleContext } from '../engine/rule';
import {
  ASKED_FOR_ROUTE,
  FOOTER,
  GENERIC_POINTER,
  NOT_MY_DEPARTMENT,
  OWNERSHIP,
  ROUTED_ELSEWHERE,
  YOU_MUST,
} from './data/not-my-department';

/** The match tells the customer where to go ("please log in to the portal", "you'll need to contact..."). */
const INSTRUCTION_START = new RegExp(`^${YOU_MUST}`, 'i');

/** A polite request ("please contact support") rather than a flat "you'll need to". */
const POLITE_START = /^(?:please|pls|plz|kindly)\b/i;

/** Words that turn a polite pointer into a refusal: "directly", "instead", "I can't". */
const FIRM =
  /\b(?:directly|instead|yourself|separately|for (?:that|this|these|those|it)|about (?:that|this|it)|i can'?t|i cannot|i can not|i'?m not able|i am not able|i'?m unable|i am unable|not my|not something i)\b/i;

/** The email answers something the customer raised, even when no thread is attached. */
const RESPONDING =
  /\b(?:you asked|your (?:question|request|query|email|message|note)|you mentioned|you wanted to know|you raised|regarding your|re your)\b/i;

/** Someone else on the vendor's side commits to act: "so Maria from billing will send the credit note". */
const THIRD_PARTY_ACTS =
  /\b(?!you\b|u\b)[a-z]+(?:'ll| will) (?:send|reply|respond|get back to you|call you|contact you|email you|be in touch|sort|fix|handle|take care of|look into|follow up)\b/i;

/** The customer is still told to do something themselves. */
const CUSTOMER_TOLD = /\byou(?:'ll| will|'d| would)?(?: \w+)? (?:need|have|must|should)\b|\b(?:please|kindly|best to)\b/i;

/** Sending people to the ticket queue or the portal, as opposed to a person. */
/**
 * What turns a description of routing into a brush-off: the sender cannot act, or the customer
 * is told to go elsewhere themselves.
 */
const CANNOT_OR_TOLD =
  /\b(?:i|i'm|im|we|we're)(?: just| really| actually| unfortunately| simply)? (?:can'?t|cannot|can not|(?:am |are |'m |'re )?not able|(?:am |are |'m |'re )?unable|won'?t be able|have no way|'ve no way|don'?t have (?:any )?(?:access|permissions?|rights))\b|\bi(?:'ve| have)? (?:got )?no way\b|\bnot (?:handled|dealt with|done) by me\b|\byou(?:'ll|ll| will|'d|d| would)?(?: \w+)? (?:need|have) to\b|\b(?:please|could you|can you|you can|you could|you may want to|best to|worth)(?: \w+)? (?:contact|call|ring|phone|e-?mail|reach|send|submit|request|raise|open|log|file|book|fill|loop in|get in touch|speak|talk|go)\b/i;

/** The routing sentence, or the one before or after it, says the sender cannot act or sends them off. */
function turnsThemAway(match: Match, ctx: RuleContext): boolean {
  return (
    CANNOT_OR_TOLD.test(match.sentence.text) ||
    CANNOT_OR_TOLD.test(sentenceNear(ctx.body, match.sentence, 1)) ||
    CANNOT_OR_TOLD.test(sentenceNear(ctx.body, match.sentence, -1))
  );
}

/** The paragraph around an offset, for telling a pasted legal footer from the salesperson's words. */
function paragraphAt(text: string, offset: number): string {
  const start = text.lastIndexOf('\n\n', offset);
  const end = text.indexOf('\n\n', offset);
  return text.slice(start === -1 ? 0 : start, end === -1 ? text.length : end);
}

const isRouting = cameFrom(ROUTED_ELSEWHERE);

/** "...but", "however": what came before is taken back ("I raised it internally, but it has to go through Claims"). */
const TAKEN_BACK = /\b(?:but|however|unfortunately|though|although|sadly)\b/i;

/**
 * The sender takes the next step themselves, in this sentence or the next. A step named before
 * the redirect and then taken back with "but" does not count.
 */
function takesItOn(match: Match, ctx: RuleContext): boolean {
  const sentence = match.sentence.text;
  const at = match.start - match.sentence.start;
  if (matchesAny(sentence.slice(at), OWNERSHIP) || matchesAny(sentenceNear(ctx.body, match.sentence, 1), OWNERSHIP)) return true;
  const before = sentence.slice(0, at);
  if (!matchesAny(before, OWNERSHIP)) return false;
  const step = firstMatch(before, OWNERSHIP) ?? '';
  return !TAKEN_BACK.test(before.slice(before.toLowerCase().lastIndexOf(step.toLowerCase()) + step.length));
}
const PATTERNS = [...NOT_MY_DEPARTMENT, ...ROUTED_ELSEWHERE];

const TICKET_ROUTE = /\b(?:ticket|case|incident|request|portal|help ?desk|service ?desk|help cent(?:er|re)|support (?:site|page|form))\b/i;


export default phraseRule({
  id: 'not-my-department',
  category: 'internal-boundaries',
  defaultSeverity: 'warning',
  description:
    "Sending the customer elsewhere in the vendor's organisation: \"not my department\", \"open a ticket with support\", \"contact billing directly\".",
  rationale:
    'To the customer, whoever they are writing to is the company. Being told it is not your department, or to open a ticket somewhere else, hands them the job of finding their way around your organisation, and it reads as a brush-off. Taking their request to the right colleague yourself is what they hoped would happen when they wrote to you.',
  examples: {
    bad: "Hi Marco, that's not my department. You'll need to open a ticket with support about the invoice.",
    good: "Hi Marco, I've passed your invoice question to Maria in billing and copied her here; she'll reply today, and I'll check it's sorted.",
  },
  patterns: PATTERNS,
  skipMatch: (match, ctx) => {
    const sentence = match.sentence.text;
    // Boilerplate the engine left unmasked: "If you wish to complain, please write to our Complaints Team".
    if (matchesAny(paragraphAt(ctx.body.flat, match.start), FOOTER)) return true;
    // "Orders go through our fulfilment team" describes a flow; it is a brush-off only when they are turned away.
    if (isRouting(match) && !turnsThemAway(match, ctx)) return true;
    // A warm hand-off: the sender does the work ("...so I've copied Maria, she'll reply today").
    if (takesItOn(match, ctx)) return true;
    // "...so Maria from billing will send the credit note": someone takes it on, nothing is asked of them.
    if (THIRD_PARTY_ACTS.test(sentence) && !CUSTOMER_TOLD.test(sentence)) return true;
    // "If you ever need anything, please contact our support team": a pointer for later.
    if (matchesAny(sentence, GENERIC_POINTER)) return true;
    // They asked where to go or for the portal link: pointing them there answers the question.
    if (INSTRUCTION_START.test(match.text)) {
      const theirs = ctx.thread.messages.filter((m) => m.side === 'recipient').map((m) => m.text).join('\n');
      if (theirs && matchesAny(theirs, ASKED_FOR_ROUTE)) return true;
    }
    // "Please contact our support team" in an email that answers nothing they asked is information.
    if (POLITE_START.test(match.text) && !FIRM.test(sentence)) {
      if (!ctx.thread.hasHistory && !RESPONDING.test(ctx.body.flat)) return true;
    }
    return false;
  },
  message: (match) =>
    `${quote(match.text)} hands them the job of finding their way around your company. To them you are the company, and being sent elsewhere can feel like a brush-off when they hoped you would take it on.`,
  suggestions: (match) => {
    const replacement = TICKET_ROUTE.test(match.text)
      ? "I'll log this for you myself and keep you posted until it's sorted."
      : "I'll take this to the right colleague and come back to you with an answer.";
    return [{ label: 'Take it on yourself and say what happens next', replacement }];
  },
});
