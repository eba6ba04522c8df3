import { phraseRule, quote } from '../engine/shapes';
import { matchesAny, type Match } from '../engine/match';
import type { Suggestion } from '../engine/draft';
import { GUILT_TRIP, HANDOVER, type GuiltSignal } from './data/guilt-trip';

/**
 * Which group of phrases a match came from: the data entry that matched (its pattern may look
 * past the matched words, so the words alone cannot always tell).
 */
function kindOf(match: Match): GuiltSignal['kind'] {
  return (match.entry as Partial<GuiltSignal>).kind ?? GUILT_TRIP.find((s) => matchesAny(match.text, s))?.kind ?? 'silence';
}

const MESSAGES: Record<GuiltSignal['kind'], (q: string) => string> = {
  silence: (q) =>
    `${q} makes their silence something they have to answer for. People who feel cornered rarely reply; they are more likely to quietly decide not to deal with you at all.`,
  'break-up': (q) =>
    `${q} is a break-up line: it tries to provoke a reply by making them feel they are losing something or letting you down. Most people recognise the tactic, and it colours how they remember you.`,
  obligation: (q) =>
    `${q} makes your needs their problem. They owe you nothing for the effort or the target, so it reads as pressure and can make them less willing to work with you later.`,
};

const REPLACEMENTS: Record<GuiltSignal['kind'], Suggestion> = {
  silence: {
    label: 'Let them off the hook and leave the door open',
    replacement: "If the timing isn't right, no need to reply; I'm glad to pick this up whenever it suits you.",
  },
  'break-up': {
    label: 'Close graciously, without a last-chance tone',
    replacement: "I'll stop here; if priorities change, I'm glad to pick this up whenever it suits you.",
  },
  obligation: {
    label: 'Keep your pressures out of it and make it about their timing',
    replacement: "If this is useful to you, I'm glad to help whenever the timing suits you; if not, no reply needed.",
  },
};

export default phraseRule({
  id: 'guilt-trip',
  category: 'pushy-outreach',
  defaultSeverity: 'warning',
  description:
    'Guilt-trip and “break-up” lines: “I’ll assume you’re not interested”, “should I close your file?”, “have you been eaten by a bear?”, “I need to hit my quota”.',
  rationale:
    'Guilt asks the recipient to feel bad for being busy, or responsible for the sender’s quota and effort. Even when it gets a reply, it is the reply of someone who feels manipulated, and the staged “last email” is a tactic most buyers know by name. A gracious close leaves them free to come back when the timing is right.',
  examples: {
    bad: "Hi Tom, I've put a lot of work into this proposal for you. Since I haven't heard back, I'll assume you're not interested and close your file.",
    good: "Hi Tom, I'll stop here; if priorities change, I'm glad to pick this up whenever it suits you.",
  },
  patterns: GUILT_TRIP,
  // A post to a mailing list is a discussion, not a sales email to one person.
  skipDraft: (ctx) => ctx.thread.listMail(),
  skipMatch: (match, ctx) => kindOf(match) === 'break-up' && matchesAny(ctx.body, HANDOVER),
  message: (match) => MESSAGES[kindOf(match)](quote(match.text)),
  suggestions: (match) => [REPLACEMENTS[kindOf(match)]],
});
