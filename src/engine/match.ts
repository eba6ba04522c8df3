import type { PreparedText, Sentence } from './text';
import { anchorsOf, TrigramIndex, type Anchors } from './anchors';

export interface Match {
  start: number;
  end: number;
  /** The matched text as normalised (typographic quotes made plain). */
  text: string;
  /** The sentence the match starts in; a one-sentence stand-in when none was found. */
  sentence: Sentence;
}

type PatternList = readonly (string | { pattern: string })[];
interface Compiled {
  re: RegExp;
  anchors: Anchors;
}
const compiled = new WeakMap<PatternList, Compiled>();

function compiledOf(patterns: PatternList): Compiled {
  let c = compiled.get(patterns);
  if (!c) {
    const source = patterns.map((p) => `(?:${typeof p === 'string' ? p : p.pattern})`).join('|');
    c = { re: new RegExp(source, 'gi'), anchors: anchorsOf(source) };
    compiled.set(patterns, c);
  }
  return c;
}

/**
 * One case-insensitive global expression for a list of alternatives, compiled once per list.
 * A single scan of the text per rule keeps analysis linear in the length of the email.
 */
export function compile(patterns: PatternList): RegExp {
  return compiledOf(patterns).re;
}

const indexes = new WeakMap<PreparedText, TrigramIndex>();

/** False when none of the patterns can match the prepared text (see anchors.ts); true means "scan it". */
export function mayMatch(prepared: PreparedText, patterns: PatternList): boolean {
  let index = indexes.get(prepared);
  if (!index) {
    index = new TrigramIndex(prepared.flat);
    indexes.set(prepared, index);
  }
  return index.mayContain(compiledOf(patterns).anchors);
}

/** The sentence containing `offset` (binary search; sentences are sorted and disjoint). */
export function sentenceAt(prepared: PreparedText, offset: number): Sentence | undefined {
  const list = prepared.sentences;
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = list[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/** Every non-empty match of the patterns in the author's own words. */
export function findAll(prepared: PreparedText, patterns: PatternList): Match[] {
  const out: Match[] = [];
  if (!mayMatch(prepared, patterns)) return out;
  const re = compile(patterns);
  re.lastIndex = 0;
  for (let m = re.exec(prepared.flat); m; m = re.exec(prepared.flat)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const start = m.index;
    const end = start + m[0].length;
    const sentence = sentenceAt(prepared, start) ?? { start, end, text: m[0] };
    out.push({ start, end, text: m[0], sentence });
  }
  return out;
}

/** True when any of the patterns occurs in the text. */
export function matchesAny(text: string, patterns: PatternList): boolean {
  const re = compile(patterns);
  re.lastIndex = 0;
  return re.test(text);
}

/** The first occurrence of the patterns in the text, or undefined. */
export function firstMatch(text: string, patterns: PatternList): string | undefined {
  const re = compile(patterns);
  re.lastIndex = 0;
  const m = re.exec(text);
  return m?.[0];
}
