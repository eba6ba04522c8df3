import { cameFrom, phraseRule, quote } from '../engine/shapes';
import { matchesAny } from '../engine/match';
import type { Match } from '../engine/match';
import type { RuleContext } from '../engine/rule';
import {
  ASKED_FOR_FIGURES,
  COUNTERFACTUAL_SAVINGS,
  FALLING_BEHIND,
  HYPOTHETICAL_BEFORE,
  INSINUATED_NEGLIGENCE,
  RESTATING_THEM,
  STILL_ON_OLD_WAYS,
  SURPRISED_AT_THEM,
  TALKING_ABOUT_SALES,
} from './data/insinuate-negligence';

const IS_SAVINGS = cameFrom(COUNTERFACTUAL_SAVINGS);
const IS_STILL = cameFrom(STILL_ON_OLD_WAYS);
const IS_BEHIND = cameFrom(FALLING_BEHIND);
const IS_SURPRISED = cameFrom(SURPRISED_AT_THEM);
const IS_NO_BRAINER = (match: Match): boolean => /no[- ]?brainer/i.test(match.text);
const ABOUT_THE_READER = /\b(?:you|your|yours|ur|u)\b/i;

/** Organisation names as written: "lakeshoreresorts" for lakeshoreresorts.com, letters and digits only. */
function orgStems(ctx: RuleContext): string[] {
  return [...ctx.recipients.recipientOrgs].map((o) => (o.split('.')[0] ?? '').replace(/[^a-z0-9]/g, '')).filter((o) => o.length >= 5);
}

/** The sentence names the reader's organisation: "Lakeshore Resorts", "Tri-State" (a prefix of tristatebeverage). */
function namesTheirOrg(sentence: string, ctx: RuleContext): boolean {
  const stems = orgStems(ctx);
  if (stems.length === 0) return false;
  const words = sentence.match(/[A-Z][\w&'-]*/g) ?? [];
  for (let i = 0; i < words.length; i++) {
    let joined = '';
    for (let j = i; j < Math.min(words.length, i + 3); j++) {
      joined += words[j]!.toLowerCase().replace(/[^a-z0-9]/g, '');
      if (joined.length >= 5 && stems.some((s) => s === joined || (joined.length >= 6 && s.startsWith(joined)))) return true;
    }
  }
  return false;
}

/** The sentence is about the reader, their team or their company, not about the world at large. */
const aboutTheReader = (match: Match, ctx: RuleContext): boolean =>
  ABOUT_THE_READER.test(match.sentence.text) || namesTheirOrg(match.sentence.text, ctx);
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
    // "I'm surprised nobody has fixed this bug yet" on a mailing list: nothing aimed at the reader.
    (IS_SURPRISED(match) && !aboutTheReader(match, ctx)) ||
    // "It's a no-brainer, use apt-get": a recommendation, unless it is the reader's purchase.
    (IS_NO_BRAINER(match) && !ABOUT_THE_READER.test(match.sentence.text)) ||
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
