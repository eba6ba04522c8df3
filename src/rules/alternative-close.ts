import { phraseRule, quote } from '../engine/shapes';
import { firstMatch, matchesAny, sentenceNear } from '../engine/match';
import type { RuleContext } from '../engine/rule';
import type { Sentence } from '../engine/text';
import { PERMISSION_CUE } from './data/vocab';
import { meetingExpected } from './data/presumptive-invite';
import {
  ALTERNATIVE_CLOSE,
  ASKS_A_FACT,
  ASKS_TO_CHOOSE,
  MEETING_NOUN,
  NOT_A_MEETING,
  PLAINLY_A_MEETING,
  TIME_PAIR,
  WHETHER_CUE,
} from './data/alternative-close';

const ASKS_WHETHER = [PERMISSION_CUE, ...WHETHER_CUE];


/** Whether the sentence is an alternative close we leave alone. */
function fine(sentence: Sentence, ctx: RuleContext): boolean {
  const text = sentence.text;
  return (
    // A statement of availability ("I'm free Tuesday at 10 or Wednesday at 3.") offers; it does not ask which.
    !matchesAny(text, ASKS_TO_CHOOSE) ||
    // "Would a call be useful? If so, does Tuesday at 10 or Wednesday at 3 work?" asks whether first.
    matchesAny(text, ASKS_WHETHER) ||
    matchesAny(sentenceNear(ctx.body, sentence, -1), ASKS_WHETHER) ||
    // "Did you say Tuesday or Wednesday?": asking for a fact, not offering a meeting.
    matchesAny(text, ASKS_A_FACT) ||
    // Two delivery dates, two invoice dates: a choice, but not a meeting.
    (matchesAny(text, NOT_A_MEETING) && !matchesAny(text, PLAINLY_A_MEETING)) ||
    // An onboarding call or a quarterly review with a customer is expected, not sold.
    meetingExpected(ctx)
  );
}

/** "on Tuesday at 10 or Wednesday at 3pm." -> "Tuesday at 10 or Wednesday at 3pm", ready to sit mid-sentence. */
function tidyPair(pair: string): string {
  return pair
    .replace(/^(?:on|at|around)\s+/i, '')
    .replace(/(?<![ap]\.m)\.$/i, '')
    .replace(/\s+/g, ' ')
    .replace(/^(?:Tomorrow|Today|Tmrw|This|Next|Early|Late|Later|End|In|First)\b/, (w) => w.toLowerCase());
}

export default phraseRule({
  id: 'alternative-close',
  category: 'presumptive-appointment',
  defaultSeverity: 'warning',
  description: 'Asking which of two meeting times suits them before asking whether they want to meet at all.',
  rationale:
    'Most people recognise the sales "alternative close": either answer commits them to a meeting they never said they wanted. It leaves them the choice of going along or declining outright, and many take the third way and stop replying. Asking whether first, and offering the times in case they do, keeps the decision theirs.',
  examples: {
    bad: 'Hi Marco, I would love to show you how we cut freight costs. Does Tuesday at 10 or Wednesday at 3 work better?',
    good: 'Hi Marco, would a short call about freight costs be useful? If so, Tuesday at 10 or Wednesday at 3 would work on my side, or any other time that suits you.',
  },
  patterns: ALTERNATIVE_CLOSE,
  // Once they agreed to meet, offering two times is simply good scheduling; so it is for a
  // recurring check-in or an onboarding call with a customer (see meetingExpected).
  skipDraft: (ctx) => ctx.thread.agreedToMeet,
  skipSentence: fine,
  message: (match) =>
    `${quote(match.sentence.text)} asks which time, never whether they want to meet. Most people recognise this close, and either answer commits them to a meeting they did not choose, so many simply stop replying.`,
  suggestions: (match) => {
    const pair = tidyPair(firstMatch(match.sentence.text, TIME_PAIR) ?? '');
    const noun = firstMatch(match.sentence.text, MEETING_NOUN)?.toLowerCase() ?? 'call';
    const kind = noun === 'coffee' ? 'coffee' : `short ${noun}`;
    const replacement = pair
      ? `Would a ${kind} be useful? If so, ${pair} would work on my side, or any other time that suits you.`
      : `Would a ${kind} be useful? If so, I'm glad to fit around a time that suits you.`;
    return [{ label: 'Ask whether first, and keep the times as an offer', replacement }];
  },
});
