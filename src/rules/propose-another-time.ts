import { cameFrom, phraseRule, quote } from '../engine/shapes';
import { firstMatch, matchesAny, sentenceNear, type Match } from '../engine/match';
import type { RuleContext } from '../engine/rule';
import type { Sentence } from '../engine/text';
import { MEETING_NOUN, NOT_A_MEETING, PLAINLY_A_MEETING } from './data/alternative-close';
import { ABOUT_A_MEETING, IF_THAT_FAILS, PROPOSE_ANOTHER_TIME } from './data/propose-another-time';
import { WHEN_TYPED } from './data/presumptive-meeting';
import { meetingExpected } from './data/presumptive-invite';


/** The words just before a match make the sender its subject: "I'm happy to", "we can", "let me". */
const SENDER_DOES_IT =
  /(?:\b(?:i|we)(?:'m|'d|'ll|'re| am| are| would| will| can| could| shall)?(?: (?:be|also|always|just|gladly))?(?: (?:happy|glad|more than happy|able))?(?: to)?|\blet me|\ballow me to) $/i;


/** The sentence and the one before speak of a delivery, an invoice or a launch, not a meeting. */
function notAMeeting(sentence: Sentence, ctx: RuleContext): boolean {
  const text = `${sentenceNear(ctx.body, sentence, -1)}\n${sentence.text}`;
  return matchesAny(text, NOT_A_MEETING) && !matchesAny(text, PLAINLY_A_MEETING);
}

/**
 * The whole draft is fine: a recurring check-in or onboarding call with a customer, a session
 * they registered for, or an email that is not about a meeting at all (then "the date" is a
 * delivery or a deadline).
 */
function draftExempt(ctx: RuleContext): boolean {
  return (
    meetingExpected(ctx) ||
    (ctx.draft.kind !== 'invite' && !matchesAny(ctx.body, ABOUT_A_MEETING) && !matchesAny(ctx.subject, ABOUT_A_MEETING))
  );
}

const ifThatFails = cameFrom(IF_THAT_FAILS);

/** "If that doesn't work" points at a time only when one was named just before it. */
function thatIsNotATime(match: Match, ctx: RuleContext): boolean {
  if (!ifThatFails(match)) return false;
  const before = `${sentenceNear(ctx.body, match.sentence, -1)}\n${ctx.body.flat.slice(match.sentence.start, match.start)}`;
  return !matchesAny(before, WHEN_TYPED);
}

export default phraseRule({
  id: 'propose-another-time',
  category: 'presumptive-appointment',
  defaultSeverity: 'warning',
  description: 'Picking the time and leaving it to the recipient to propose another, decline or reschedule.',
  rationale:
    '"If this time doesn\'t work, propose another" sounds flexible, but the time was chosen for them and the work of refusing or rearranging it is theirs. Before they have said they want to meet at all, it feels like being handed a task. Asking which day and time suits them puts their choice first.',
  examples: {
    bad: "Hi Priya, I've sent an invite for Thursday at 2pm. If this time doesn't work, please propose another.",
    good: 'Hi Priya, if a short call would be useful, which day and time would suit you best?',
  },
  patterns: PROPOSE_ANOTHER_TIME,
  // After they agreed to meet, "let me know if you can't make it" is a courtesy.
  skipDraft: (ctx) => ctx.thread.agreedToMeet,
  skipMatch: (match, ctx) =>
    // "I'm happy to suggest another time": the sender takes the next step, not the recipient.
    SENDER_DOES_IT.test(ctx.body.flat.slice(Math.max(match.sentence.start, match.start - 40), match.start)) ||
    thatIsNotATime(match, ctx) ||
    draftExempt(ctx),
  // "Your invoice goes out on the 30th. If the date doesn't work, let me know": a date, but not a meeting.
  skipSentence: notAMeeting,
  message: (match) =>
    `${quote(match.text)} leaves the work to them: the time was picked for them, and declining or rearranging it is now their job, before they have said they want to meet at all.`,
  suggestions: (match) => {
    const noun = firstMatch(match.sentence.text, MEETING_NOUN)?.toLowerCase() ?? 'call';
    const kind = noun === 'coffee' ? 'coffee' : `short ${noun}`;
    return [
      {
        label: 'Let them choose the time first',
        replacement: `If a ${kind} would be useful, which day and time would suit you best?`,
      },
    ];
  },
});
