import { defineRule } from '../engine/rule';
import type { Suggestion } from '../engine/draft';
import type { CustomPhrase } from '../settings/schema';

interface CompiledPhrase {
  /** Regular-expression source for the phrase. */
  pattern: string;
  phrase: CustomPhrase;
}

/** Typographic quotes and apostrophes as the engine normalises the text, so a phrase typed with ’ still matches. */
function normalisePhrase(text: string): string {
  return text.replace(/[\u2018\u2019\u201A\u2032\u00B4`]/g, "'").replace(/[\u201C\u201D\u201E\u00AB\u00BB]/g, '"');
}

/** The phrase as literal text at word boundaries, any run of spaces in it matching a few spaces or a line wrap. */
function phrasePattern(phrase: string): string {
  const text = normalisePhrase(phrase.trim());
  const body = text
    .split(/\s+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&'))
    .join('[ ]{1,4}');
  const start = /^\w/.test(text) ? '\\b' : '(?<!\\w)';
  const end = /\w$/.test(text) ? '\\b' : '';
  return `${start}${body}${end}`;
}

/**
 * One pattern list per policy object, so the engine's compiled expressions are reused for as long
 * as the policy is. Longer phrases go first, so "just circling back" wins over "circling back"
 * where both are configured.
 */
const cache = new WeakMap<readonly CustomPhrase[], CompiledPhrase[]>();

function compiledPhrases(phrases: readonly CustomPhrase[]): CompiledPhrase[] {
  let list = cache.get(phrases);
  if (!list) {
    list = phrases
      .map((phrase) => ({ pattern: phrasePattern(phrase.phrase), phrase }))
      .sort((a, b) => b.phrase.phrase.length - a.phrase.phrase.length);
    cache.set(phrases, list);
  }
  return list;
}

function suggestionsFor(phrase: CustomPhrase): Suggestion[] {
  return phrase.suggestion
    ? [{ label: `Use: ${phrase.suggestion}`, replacement: phrase.suggestion }]
    : [{ label: 'Rephrase this in your own words' }];
}

export default defineRule({
  id: 'custom-phrase',
  category: 'impersonal',
  defaultSeverity: 'warning',
  checksInternalMail: false,
  description: "A phrase your team's policy asks you to avoid, with the team's own explanation and alternative.",
  rationale:
    'Every team learns which words their customers bristle at: a stock opener that marks the email as a template, a pressure phrase buyers have heard too often. These phrases come from that experience, and each carries the reason the recipient reacts to it.',
  examples: {
    bad: 'Just circling back on my last email about the renewal.',
    good: 'I have one more idea about the renewal that may help with the budget question you raised.',
  },
  check(ctx) {
    const phrases = ctx.policy.customPhrases;
    if (phrases.length === 0) return;
    const list = compiledPhrases(phrases);
    for (const field of ['subject', 'body'] as const) {
      for (const match of ctx.find(list, field)) {
        const entry = match.entry as CompiledPhrase;
        ctx.report({
          field,
          start: match.start,
          end: match.end,
          category: entry.phrase.category,
          severity: entry.phrase.severity,
          message: entry.phrase.message,
          suggestions: suggestionsFor(entry.phrase),
        });
      }
    }
  },
});
