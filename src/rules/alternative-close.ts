import { phraseRule, quote } from '../engine/shapes';
import { firstMatch, matchesAny, type Match } from '../engine/match';
import type { RuleContext } from '../engine/rule';
import { PERMISSION_CUE } from './data/vocab';
import {
  ALTERNATIVE_CLOSE,
  MEETING_NOUN,
  NOT_A_MEETING,
  PLAINLY_A_MEETING,
  TIME_PAIR,
  WHETHER_CUE,
} from './data/alternative-close';

const ASKS_WHETHER = [PERMISSION_CUE, ...WHETHER_CUE];

/** A question, or a sentence that still asks them to choose ("Let me know which suits you"). */
function asksToChoose(sentence: string): boolean {
  return /\?["')\s]*$/.test(sentence) || /\b(?:which|prefer|rather|better|best)\b/i.test(sentence);
}

/** The sentence before this one, when there is one. */
function previousSentence(match: Match, ctx: RuleContext): string {
  const list = ctx.body.sentences;
  const i = list.findIndex((s) => s.start === match.sentence.start);
  return i > 0 ? list[i - 1]!.text : '';
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
  // Once they agreed to meet, offering two times is simply good scheduling.
  skipDraft: (ctx) => ctx.thread.agreedToMeet,
  skipMatch: (match, ctx) => {
    const sentence = match.sentence.text;
    if (!asksToChoose(sentence)) return true;
    // "Would a call be useful? If so, does Tuesday at 10 or Wednesday at 3 work?" asks whether first.
    if (matchesAny(sentence, ASKS_WHETHER) || matchesAny(previousSentence(match, ctx), ASKS_WHETHER)) return true;
    // Two delivery dates, two invoice dates: a choice, but not a meeting.
    return matchesAny(sentence, NOT_A_MEETING) && !matchesAny(sentence, PLAINLY_A_MEETING);
  },
  message: (match) =>
    `${quote(match.text)} asks which time, never whether they want to meet. Most people recognise this close, and either answer commits them to a meeting they did not choose, so many simply stop replying.`,
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
