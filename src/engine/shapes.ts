import type { Suggestion } from './draft';
import type { Match, Patterns } from './match';
import type { Sentence } from './text';
import { firstMatch } from './match';
import type { Rule, RuleContext, RuleMeta } from './rule';
import { WHEN } from '../rules/data/vocab';

export interface PhraseRuleSpec extends RuleMeta {
  /** Pattern sources (or data entries with a `pattern`), matched case-insensitively. */
  patterns: Patterns;
  /** Which field to search; default body. */
  field?: 'body' | 'subject';
  /**
   * What the finding covers: the whole sentence (when the better move is a rewritten
   * sentence) or just the matched phrase. Default sentence.
   */
  span?: 'sentence' | 'match';
  /** The whole draft is fine for this rule (agreement in the thread, internal mail...). */
  skipDraft?: (ctx: RuleContext) => boolean;
  /** Nothing in this sentence is a problem (judged once per sentence, however many matches it has). */
  skipSentence?: (sentence: Sentence, ctx: RuleContext) => boolean;
  /** This occurrence is fine (a permission question, a quote...). */
  skipMatch?: (match: Match, ctx: RuleContext) => boolean;
  message: (match: Match, ctx: RuleContext) => string;
  suggestions: (match: Match, ctx: RuleContext) => Suggestion[];
}

/**
 * The commonest shape: a phrase in the author's own words that puts the recipient off.
 * Reports at most once per sentence.
 */
export function phraseRule(spec: PhraseRuleSpec): Rule {
  const { patterns, field = 'body', span = 'sentence', skipDraft, skipSentence, skipMatch, message, suggestions, ...meta } = spec;
  return {
    ...meta,
    check(ctx) {
      // Judged at the first match, if there is one: most drafts have none.
      let draftSkipped: boolean | undefined;
      let lastSentence = -1;
      let skippedSentences: Map<number, boolean> | undefined;
      for (const match of ctx.find(patterns, field)) {
        if (match.sentence.start === lastSentence) continue;
        if ((draftSkipped ??= skipDraft?.(ctx) ?? false)) return;
        if (skipSentence) {
          skippedSentences ??= new Map();
          let skip = skippedSentences.get(match.sentence.start);
          if (skip === undefined) skippedSentences.set(match.sentence.start, (skip = skipSentence(match.sentence, ctx)));
          if (skip) continue;
        }
        if (skipMatch?.(match, ctx)) continue;
        lastSentence = match.sentence.start;
        const where = span === 'sentence' ? match.sentence : match;
        ctx.report({
          field,
          start: where.start,
          end: where.end,
          message: message(match, ctx),
          suggestions: suggestions(match, ctx),
        });
      }
    },
  };
}

/** A test of which data list a match came from, for rules whose phrases fall into groups. */
export function cameFrom(list: readonly object[]): (match: Match) => boolean {
  const members = new Set<unknown>(list);
  return (match) => members.has(match.entry);
}

/** The first day or time named in a text ("Thursday at 10"), or ''. */
export function whenIn(text: string): string {
  return firstMatch(text, WHEN)?.trim() ?? '';
}

/** "Thursday at 10" -> "Thursday at 10"; "tomorrow" stays lower-case; cleans a leading "on". */
export function tidyWhen(when: string): string {
  return when.replace(/^(?:on|at|@)\s+/i, '').replace(/\s+/g, ' ');
}

const FSI = '\u2068';
const PDI = '\u2069';
const ISOLATE_CONTROLS = /[\u2066-\u2069]/;

/**
 * Email text (a phrase, a name) set inside one of the engine's own sentences, in a directional
 * isolate (FSI ... PDI): a right-to-left name reads correctly, and a bidi control in it (an
 * unclosed right-to-left override, say) cannot reorder the sentence around it. The UI can
 * isolate a whole field but not part of a string, so the engine does it here. A closing PDI with
 * no opener inside the text would end the isolate early, so it is dropped; isolates the text
 * leaves open are closed. Only for messages and labels: a replacement goes into the email as is.
 */
export function isolate(text: string): string {
  if (!ISOLATE_CONTROLS.test(text)) return `${FSI}${text}${PDI}`;
  let open = 0;
  let out = '';
  for (const ch of text) {
    if (ch === PDI) {
      if (open === 0) continue;
      open--;
    } else if (ch >= '\u2066' && ch <= '\u2068') {
      open++;
    }
    out += ch;
  }
  return `${FSI}${out}${PDI.repeat(open)}${PDI}`;
}

/** Quotes what triggered a finding, short enough for a message, isolated (see `isolate`). */
export function quote(text: string, max = 60): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return `“${isolate(t.length > max ? `${t.slice(0, max - 1)}…` : t)}”`;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
