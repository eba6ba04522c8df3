import { phraseRule, quote, tidyWhen, whenIn } from '../engine/shapes';
import { PRESUMED_MEETING } from './data/presumptive-meeting';
import { PERMISSION_CUE } from './data/vocab';
import { matchesAny } from '../engine/match';

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
  // A question or an offer ("Can I send you an invite for Thursday?") asks; it does not presume.
  skipMatch: (match) => match.sentence.text.trimEnd().endsWith('?') || matchesAny(match.sentence.text, PERMISSION_CUE),
  message: (match) =>
    `${quote(match.text)} treats the meeting as settled, but nothing in the thread shows they agreed to it. They may feel the decision was made for them and that they now have to push back.`,
  suggestions: (match) => {
    const when = tidyWhen(whenIn(match.sentence.text));
    const replacement = when
      ? `Would a short call be useful? If so, ${when} works on my side, or I'm glad to fit around a time that suits you better.`
      : 'Would a short call be useful? If so, let me know a couple of times that suit you and I will fit around them.';
    return [{ label: 'Ask first, and offer times in case they want to meet', replacement }];
  },
});
