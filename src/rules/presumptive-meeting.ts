import { cameFrom, phraseRule, quote, tidyWhen } from '../engine/shapes';
import { PRESUMED_MEETING, SILENCE_AS_YES, VISIT, WHEN_TYPED } from './data/presumptive-meeting';
import { MEETING_NOUN } from './data/alternative-close';
import { CALENDAR, MEETING, PERMISSION_CUE } from './data/vocab';
import { firstMatch, matchesAny, sentenceNear, type Match } from '../engine/match';
import type { RuleContext } from '../engine/rule';

const silenceAsYes = cameFrom(SILENCE_AS_YES);
const visitEntry = cameFrom(VISIT);
/** Turning up in person: "will be at your clinic", "I'll stop by your office". */
const visit = (match: Match): boolean => visitEntry(match) || /\b(?:stop|swing|drop|pop|come) (?:by|over|round)\b/i.test(match.text);

/** Someone who can turn up: "I'll", "our installer", "my colleague Raj", not "the shipment". */
const PERSON_WORD =
  /\b(?:i|we|he|she|they|our|my|colleague|team|specialist|engineer|rep|representative|consultant|manager|director|installer|technician|tech|advisor|adviser|expert|lead|dr|mr|ms|mrs)\b/i;
const NAME_LAST = /\b(?!(?:The|This|That|It|Your|These|Those)\b)[A-Z][a-z]+,?\s*$/;
function nobodyTurnsUp(match: Match, ctx: RuleContext): boolean {
  if (!visitEntry(match) || /^(?:'ll|ll)\b/i.test(match.text)) return false;
  const before = ctx.body.flat.slice(match.sentence.start, match.start);
  return !PERSON_WORD.test(before) && !NAME_LAST.test(before);
}

/** The day or time the sentence names, from the flagged phrase on, ready to sit mid-sentence. */
function whenOf(match: Match): string {
  const from = Math.max(0, match.start - match.sentence.start);
  const text = match.sentence.text;
  const when = firstMatch(text.slice(from), WHEN_TYPED) ?? firstMatch(text, WHEN_TYPED) ?? '';
  return tidyWhen(when.trim())
    .replace(/^(?:tmrw|tmr|tomorow|tommorow|tommorrow|2morrow)\b/i, 'tomorrow')
    .replace(/^(?:Next|This|Tomorrow|Today|Tonight|Later|The)\b/, (w) => w.toLowerCase());
}
/** "unless I hear otherwise" presumes a meeting only when the sentence (or the one before) is about one. */
const ABOUT_A_MEETING = `\\b(?:${MEETING}|invite|invitation|${CALENDAR}|pencil(?:l?ed)?|kick-?off|qbr|for us|with you|you and)\\b`;

export default phraseRule({
  id: 'presumptive-meeting',
  category: 'presumptive-appointment',
  defaultSeverity: 'warning',
  description: 'Writing as if a meeting were already set when nothing in the thread shows they agreed to it.',
  rationale:
    'A meeting booked for someone is a decision taken from them. The recipient has to do the work of declining, and the meeting starts with them feeling cornered rather than curious. Asking first, with times offered in case they want them, keeps the choice theirs.',
  examples: {
    bad: "Hi Dana, I've put 30 minutes on your calendar for Thursday at 10 to walk you through the platform.",
    good: 'Hi Dana, would a 30-minute walkthrough be useful? If so, Thursday at 10 or Friday morning work for me, or pick any time that suits you.',
  },
  patterns: PRESUMED_MEETING,
  skipDraft: (ctx) => ctx.thread.agreedToMeet,
  skipMatch: (match, ctx) =>
    // A question or an offer ("Can I send you an invite for Thursday?") asks; it does not presume.
    match.sentence.text.trimEnd().endsWith('?') ||
    matchesAny(match.sentence.text, PERMISSION_CUE) ||
    // "The shipment will be at your warehouse on Monday": a delivery, not a visit.
    nobodyTurnsUp(match, ctx) ||
    // "I'll send the contract Monday unless I hear otherwise" is about a document, not a meeting.
    (silenceAsYes(match) &&
      !matchesAny(match.sentence.text, ABOUT_A_MEETING) &&
      !matchesAny(sentenceNear(ctx.body, match.sentence, -1), ABOUT_A_MEETING)),
  message: (match) =>
    visit(match)
      ? `${quote(match.text)} announces a visit they never asked for, so they have to rearrange their day or push back to stop it.`
      : `${quote(match.text)} treats the meeting as settled, but nothing in the thread shows they agreed to it. They may feel the decision was made for them and that they now have to push back.`,
  suggestions: (match) => {
    const when = whenOf(match);
    if (visit(match)) {
      const replacement = when
        ? `Would a visit be useful? If so, ${when} works on our side, or we can come at a time that suits you better.`
        : 'Would a visit be useful? If so, let me know a day that suits you and we will fit around it.';
      return [{ label: 'Ask whether a visit would help, and offer the time', replacement }];
    }
    const noun = firstMatch(match.sentence.text, MEETING_NOUN)?.toLowerCase() ?? 'call';
    const kind = noun === 'coffee' ? 'coffee' : `short ${noun}`;
    const replacement = when
      ? `Would a ${kind} be useful? If so, ${when} works on my side, or I'm glad to fit around a time that suits you better.`
      : `Would a ${kind} be useful? If so, let me know a couple of times that suit you and I will fit around them.`;
    return [{ label: 'Ask first, and offer times in case they want to meet', replacement }];
  },
});
