import { cameFrom, phraseRule, quote } from '../engine/shapes';
import { matchesAny, sentenceNear } from '../engine/match';
import { APPROVAL_CHAIN, ASKED_ABOUT_CAPABILITY, FOR_THEIR_PROTECTION, OUTAGE, POLICY_REASONS, SYSTEM_LIMITS } from './data/system-limits';

const PATTERNS = [...SYSTEM_LIMITS, ...APPROVAL_CHAIN, ...POLICY_REASONS];
const isApproval = cameFrom(APPROVAL_CHAIN);
const isPolicyReason = cameFrom(POLICY_REASONS);

/** Something is refused, limited or made conditional: what turns "our policy" into a wall. */
const REFUSAL =
  /\b(?:can'?t|cannot|can not|unable|not able|not allowed|not permitted|won'?t|wont|not possible|no longer|only|ha(?:s|ve) to|need(?:s)? to|must|requires?|required|afraid|unfortunately|sorry|prevents?|stops?|(?:doesn'?t|don'?t|does not|do not) (?:allow|let|permit)|forbid\w*|prohibit\w*|never|unless|until)\b/i;

/** The sender speaks of what they themselves cannot do, not of what the product does. */
const BLOCKED_SELF =
  /\b(?:i|we|i'm|we're|im)\b[^.!?]{0,20}?\b(?:can'?t|cannot|can not|unable|not able|not allowed|not authori[sz]ed|not permitted|won'?t be able)\b|\b(?:let|lets|allow|allows|permit|permits|prevents?|stops?|keeps?|forces?|requires?|makes?) (?:me|us)\b/i;

/** "I can't see your order in our system": a lookup that failed, usually followed by a request for details. */
const LOOKUP = /\b(?:can'?t|cannot|can not|unable to|not able to)\s+(?:see|find|locate|look up|match|trace|identify|spot)\b/i;

/** What the refused request was about, to offer a way around that fits. */
const ABOUT_FILES = /\b(?:attach(?:ment|ments|ed)?|files?|mb|gb|megabytes?|upload|zip|pdfs?|large|size|send (?:it|them|this) by e-?mail)\b/i;
const ABOUT_PRICE = /\b(?:discounts?|pric(?:e|es|ing)|rates?|percent|cheaper|off the list)\b|\d ?%/i;
const ABOUT_INVOICES = /\b(?:invoices?|invoicing|billing|bill|purchase orders?|po|payments?|payment terms|split)\b/i;
const ABOUT_PAPERWORK = /\b(?:forms?|paperwork|process|procedure|fill (?:in|out)|complete|sign)\b/i;


export default phraseRule({
  id: 'system-limits',
  category: 'internal-boundaries',
  defaultSeverity: 'warning',
  description:
    "Blaming the vendor's own systems, tools or policies (\"our CRM won't let me\", \"due to internal policy\") instead of solving the customer's problem.",
  rationale:
    "The customer cannot see your CRM, your billing tool or your policy manual; all they see is that their request was refused, with a reason they can do nothing about. It can read as an excuse, and it makes the vendor look rigid over something small. Translating their simple request into your complex setup is the service they expect.",
  examples: {
    bad: "Hi Lena, unfortunately our billing tool can't split invoices, so you'll get one invoice for both sites.",
    good: "Hi Lena, I'll make sure each site gets its own invoice; if our tools make that awkward, that's for me to sort out.",
  },
  patterns: PATTERNS,
  // An outage or maintenance notice says the system is unavailable; that is information.
  skipDraft: (ctx) => matchesAny(ctx.subject, OUTAGE) || matchesAny(ctx.body, OUTAGE),
  skipMatch: (match, ctx) => {
    const sentence = match.sentence.text;
    // A policy named with nothing refused or limited by it ("because of our policy in the region").
    if (isPolicyReason(match) && !/^against\b/i.test(match.text) && !REFUSAL.test(sentence) && !REFUSAL.test(sentenceNear(ctx.body, match.sentence, 1))) return true;
    // "For your security we never ask for passwords by email": a duty stated for their sake.
    if (matchesAny(sentence, FOR_THEIR_PROTECTION) || matchesAny(sentenceNear(ctx.body, match.sentence, -1), FOR_THEIR_PROTECTION)) return true;
    // "I can't see your order in our system, could you send the number?" asks for details.
    if (LOOKUP.test(sentence)) return true;
    // They asked what the product can do; a limit stated without "I can't" answers them.
    const theirs = ctx.thread.messages.filter((m) => m.side === 'recipient').map((m) => m.text).join('\n');
    if (theirs && matchesAny(theirs, ASKED_ABOUT_CAPABILITY) && !BLOCKED_SELF.test(sentence)) return true;
    return false;
  },
  message: (match) =>
    isApproval(match)
      ? `${quote(match.text)} hands them your internal sign-off chain as the reason for a wait. They cannot see or speed up your approvals, so the delay lands on them with a reason they can do nothing about.`
      : `${quote(match.text)} puts your internal systems or rules between them and what they asked for. They cannot see or change those, so it can sound like an excuse rather than an effort to help.`,
  suggestions: (match) => {
    const sentence = match.sentence.text;
    let replacement: string;
    if (isApproval(match) && !ABOUT_PRICE.test(sentence)) {
      replacement = "I'll take care of the approvals on our side and come back to you with an answer as soon as I have it.";
    } else if (ABOUT_FILES.test(sentence)) {
      replacement = "I'll find another way to get this to you, for example as a shared link.";
    } else if (ABOUT_PRICE.test(sentence)) {
      replacement = "Let me see what I can do on the price, and I'll come back to you with the best option I can find.";
    } else if (ABOUT_INVOICES.test(sentence)) {
      replacement = "I'll work out how to set up the invoicing the way you need it and come back to you.";
    } else if (ABOUT_PAPERWORK.test(sentence)) {
      replacement = "I'll take care of the paperwork on our side and only come back to you if I need a detail from you.";
    } else {
      replacement = "Let me find a way to make this work for you, and I'll come back to you with an option.";
    }
    return [{ label: 'Offer a way around, and keep your internal setup out of it', replacement }];
  },
});
