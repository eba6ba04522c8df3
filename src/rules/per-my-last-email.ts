import { phraseRule, quote, capitalise } from '../engine/shapes';
import { matchesAny, type Match } from '../engine/match';
import { isListMail } from './data/first-contact-re';
import { CORRECTION, PER_MY_LAST_EMAIL, type ReproachSignal } from './data/per-my-last-email';

/** Which group of phrases a match came from (the first whose pattern matches its text). */
function kindOf(text: string): ReproachSignal['kind'] {
  return PER_MY_LAST_EMAIL.find((s) => matchesAny(text, s))?.kind ?? 'recap';
}

/** Keeps the case of the first letter of what is replaced. */
function inCaseOf(original: string, replacement: string): string {
  const first = original.charAt(0);
  return first !== first.toLowerCase() ? capitalise(replacement) : replacement.charAt(0).toLowerCase() + replacement.slice(1);
}

/** A neutral phrase that reads naturally where the reproach stood. */
function replacementFor(match: Match): string {
  const text = match.text;
  const punct = /\s?([,:])$/.exec(text)?.[1] ?? '';
  if (kindOf(text) === 'pointer') {
    return inCaseOf(text, /\bbelow\b/i.test(text) ? 'see the details below' : 'see the earlier note in this thread');
  }
  // At the head of a sentence it leads in ("To recap, the pricing is..."); inside one it is an aside
  // ("The pricing, for reference, is...").
  const leads = match.start <= match.sentence.start;
  if (leads) return inCaseOf(text, `to recap${punct || ','}`);
  return inCaseOf(text, `for reference${punct}`);
}

export default phraseRule({
  id: 'per-my-last-email',
  category: 'pushy-outreach',
  defaultSeverity: 'warning',
  description: '“Per my last email”, “as I already said”, “to reiterate”: pointing back at what they should have read.',
  rationale:
    'However it is meant, “per my last email” is heard as “I already told you”. The recipient feels corrected for not keeping up, and the rest of the message lands with an edge. Restating the point plainly gives them what they need without the reproach.',
  examples: {
    bad: 'Hi Lena, per my last email, the pricing is $40 per seat for annual plans.',
    good: 'Hi Lena, to recap, the pricing is $40 per seat for annual plans.',
  },
  patterns: PER_MY_LAST_EMAIL,
  span: 'match',
  // A post to a mailing list is a discussion among many, not a note to one customer.
  skipDraft: isListMail,
  // "In my last email I forgot to attach the file": a correction of their own, not a reproach.
  skipMatch: (match) => matchesAny(match.sentence.text, CORRECTION),
  message: (match) =>
    `${quote(match.text.replace(/\s?[,:]$/, ''))} is often heard as “I already told you”. Even when it is meant as a pointer, they may feel corrected for not keeping up.`,
  suggestions: (match) => [{ label: 'Restate the point without pointing back', replacement: replacementFor(match) }],
});
