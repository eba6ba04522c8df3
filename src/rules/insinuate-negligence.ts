import { cameFrom, phraseRule, quote } from '../engine/shapes';
import { matchesAny } from '../engine/match';
import type { RuleContext } from '../engine/rule';
import {
  ASKED_FOR_FIGURES,
  COUNTERFACTUAL_SAVINGS,
  FALLING_BEHIND,
  HYPOTHETICAL_BEFORE,
  INSINUATED_NEGLIGENCE,
  RESTATING_THEM,
  STILL_ON_OLD_WAYS,
  TALKING_ABOUT_SALES,
} from './data/insinuate-negligence';

const IS_SAVINGS = cameFrom(COUNTERFACTUAL_SAVINGS);
const IS_STILL = cameFrom(STILL_ON_OLD_WAYS);
const IS_BEHIND = cameFrom(FALLING_BEHIND);
const HYPOTHETICAL = new RegExp(HYPOTHETICAL_BEFORE, 'i');

/** The customer asked for figures somewhere in the email. */
const askedForFigures = (ctx: RuleContext): boolean => matchesAny(ctx.body, ASKED_FOR_FIGURES);

export default phraseRule({
  id: 'insinuate-negligence',
  category: 'escalation',
  defaultSeverity: 'warning',
  description: 'Suggesting the recipient is careless or foolish for not having bought yet.',
  rationale:
    'Being told you are wasting money, falling behind or still stuck in the past, by someone with something to sell, feels like a judgement on how you do your job. People answer that by defending their current choice, not by considering a new one. Information offered as an option leaves their judgement intact.',
  examples: {
    bad: "Hi Dana, I'm surprised your team is still using spreadsheets for month-end. Every day you wait costs you.",
    good: 'Hi Dana, two hospital groups your size moved month-end close off spreadsheets last year. If it would be useful, I am happy to share what changed for them.',
  },
  patterns: INSINUATED_NEGLIGENCE,
  skipMatch: (match, ctx) =>
    // Talking about sales habits ("reps who tell prospects they're falling behind"), not to the reader.
    matchesAny(match.sentence.text, TALKING_ABOUT_SALES) ||
    // A savings figure the customer asked for is an answer, not a reproach.
    (IS_SAVINGS(match) && askedForFigures(ctx)) ||
    // "You mentioned you're still on spreadsheets" restates their own words.
    (IS_STILL(match) && matchesAny(match.sentence.text, RESTATING_THEM)) ||
    // "If you're still using spreadsheets, here is a template" is an offer.
    ((IS_STILL(match) || IS_BEHIND(match)) &&
      HYPOTHETICAL.test(ctx.body.flat.slice(Math.max(match.sentence.start, match.start - 20), match.start))),
  message: (match) =>
    `${quote(match.text)} implies they have been careless for not buying. Nobody likes hearing that from someone with something to sell; it tends to make people defend their current choice rather than consider yours.`,
  suggestions: () => [
    {
      label: 'Offer the information as an option, and leave the judgement to them',
      replacement:
        "If it would be useful, I'm happy to share what similar teams saw after switching, so you can judge whether it's worth a look.",
    },
  ],
});
