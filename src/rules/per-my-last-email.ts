import { phraseRule, quote, capitalise } from '../engine/shapes';
import { matchesAny, type Match } from '../engine/match';
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
function phraseFor(match: Match): string {
  const text = match.text;
  const punct = /\s?([,:])$/.exec(text)?.[1] ?? '';
  if (kindOf(text) === 'pointer') {
    return inCaseOf(text, /\bbelow\b/i.test(text) ? 'see the details below' : 'see the earlier note in this thread');
  }
  const leads = match.start <= match.sentence.start;
  if (leads) return inCaseOf(text, `to recap${punct || ','}`);
  return inCaseOf(text, `for reference${punct}`);
}

/** Ends a rewritten sentence as a sentence: its own . ? or !, or a full stop. */
function asSentence(text: string): string {
  const t = capitalise(text.replace(/\s+/g, ' ').trim());
  return /[.?!]["”')]?$/.test(t) ? t : `${t.replace(/(?<![,;:\s-])[,;:\s-]+$/, '')}.`;
}

/**
 * The whole sentence, restated without pointing back: a lead-in or an aside is simply dropped
 * ("Per my last email, the fee is 20%." becomes "The fee is 20%."); a pointer to an old email
 * becomes a neutral pointer.
 */
function rewriteOf(match: Match): string {
  const sentence = match.sentence;
  const before = sentence.text.slice(0, match.start - sentence.start);
  const after = sentence.text.slice(match.end - sentence.start);
  if (kindOf(match.text) === 'recap' && before.trim() === '') {
    const rest = after.replace(/^[\s,:;-]+/, '');
    // "Per my last email, yes, it works": the "yes" now leads, which reads fine.
    if (/\p{L}/u.test(rest)) return asSentence(rest);
  }
  if (kindOf(match.text) === 'recap' && /\p{L}/u.test(before)) {
    // An aside is dropped with its commas: "The fee, as I said before, is 20%." -> "The fee is 20%."
    const head = before.replace(/(?<![\s,;:-])[\s,;:-]+$/, '');
    const joiner = /,\s*$/.test(before) && /,$/.test(match.text) && /^\s*(?:and|but|so|or|yet)\b/i.test(after) ? ',' : '';
    return asSentence(`${head}${joiner}${after}`);
  }
  const spaceAfter = /^[\s,.;:!?]/.test(after) || after === '' ? '' : ' ';
  return asSentence(`${before}${phraseFor(match)}${spaceAfter}${after}`);
}

/**
 * "I'll send the deck tomorrow like we said": tacked onto the sender's own action, "like we said"
 * keeps a promise rather than pointing at what they missed. As a lead-in (at the head of the
 * sentence, after a comma or "but") it is the reproach.
 */
function keepsAPromise(match: Match, flat: string): boolean {
  if (!/^like\b/i.test(match.text)) return false;
  const before = flat.slice(match.sentence.start, match.start).trimEnd();
  return before !== '' && /[\p{L}\d]$/u.test(before) && !/\b(?:but|and|so|yet|because|as|that|since)$/i.test(before);
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
  // A post to a mailing list is a discussion among many, not a note to one customer.
  skipDraft: (ctx) => ctx.thread.listMail(),
  // "In my last email I forgot to attach the file": a correction of their own, not a reproach.
  skipMatch: (match, ctx) => matchesAny(match.sentence.text, CORRECTION) || keepsAPromise(match, ctx.body.flat),
  message: (match) =>
    `${quote(match.text.replace(/\s?[,:]$/, ''))} is often heard as “I already told you”. Even when it is meant as a pointer, they may feel corrected for not keeping up.`,
  suggestions: (match) => [{ label: 'Restate the point without pointing back', replacement: rewriteOf(match) }],
});
