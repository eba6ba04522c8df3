import type { PreparedText, Sentence } from './text';
import { anchorsOf, TrigramIndex, type Anchors } from './anchors';

export interface Match {
  start: number;
  end: number;
  /** The matched text as normalised (typographic quotes made plain). */
  text: string;
  /** The sentence the match starts in; a one-sentence stand-in when none was found. */
  sentence: Sentence;
  /** The alternative that matched: one of the patterns or data entries given to findAll. */
  entry: Pattern;
}

type Pattern = string | { pattern: string };
type PatternList = readonly Pattern[];
/** One pattern, or a list of alternatives. */
export type Patterns = Pattern | PatternList;
interface Compiled {
  re: RegExp;
  anchors: Anchors;
}
const byList = new WeakMap<PatternList, Compiled>();
// Callers may build a fresh list per call (`[PERMISSION_CUE]`): the source text is the real key.
const bySource = new Map<string, Compiled>();

const bySingle = new Map<string, Compiled>();
const byEntry = new WeakMap<object, Compiled>();

function compiledOf(patterns: Patterns): Compiled {
  if (typeof patterns === 'string') {
    let c = bySingle.get(patterns);
    if (!c) bySingle.set(patterns, (c = compiledOfList([patterns])));
    return c;
  }
  if (!Array.isArray(patterns)) {
    const entry = patterns as { pattern: string };
    let c = byEntry.get(entry);
    if (!c) byEntry.set(entry, (c = compiledOf(entry.pattern)));
    return c;
  }
  return compiledOfList(patterns as PatternList);
}

function compiledOfList(patterns: PatternList): Compiled {
  let c = byList.get(patterns);
  if (!c) {
    const source = patterns.map((p) => `(?:${typeof p === 'string' ? p : p.pattern})`).join('|');
    c = bySource.get(source);
    if (!c) {
      c = { re: new RegExp(source, 'gi'), anchors: anchorsOf(source) };
      if (bySource.size > 2000) bySource.clear();
      bySource.set(source, c);
    }
    byList.set(patterns, c);
  }
  return c;
}

/**
 * One case-insensitive global expression for a list of alternatives, compiled once per list.
 * A single scan of the text per rule keeps analysis linear in the length of the email.
 */
export function compile(patterns: Patterns): RegExp {
  return compiledOf(patterns).re;
}

const indexes = new WeakMap<PreparedText, TrigramIndex>();

/** False when none of the patterns can match the prepared text (see anchors.ts); true means "scan it". */
export function mayMatch(prepared: PreparedText, patterns: Patterns): boolean {
  return indexOf(prepared).mayContain(compiledOf(patterns).anchors);
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

/** Each alternative on its own, with its own anchors: findAll scans only those that may match. */
const partsOf = new WeakMap<Compiled, Compiled[]>();

function listOf(patterns: Patterns): PatternList {
  return typeof patterns === 'string' || !Array.isArray(patterns) ? [patterns as Pattern] : (patterns as PatternList);
}

function partsFor(patterns: Patterns): Compiled[] {
  const whole = compiledOf(patterns);
  let parts = partsOf.get(whole);
  if (!parts) {
    parts = listOf(patterns).map((p) => compiledOf(p));
    partsOf.set(whole, parts);
  }
  return parts;
}

function indexOf(prepared: PreparedText): TrigramIndex {
  let index = indexes.get(prepared);
  if (!index) {
    index = new TrigramIndex(prepared.flat);
    indexes.set(prepared, index);
  }
  return index;
}

/**
 * Every non-empty match of the patterns in the author's own words, leftmost first and not
 * overlapping, as one alternation of them would give. Each alternative is scanned separately,
 * and only when its anchors may be in the text: V8 scans a single phrase much faster than a
 * long alternation, and most phrases are absent from most emails.
 */
export function findAll(prepared: PreparedText, patterns: Patterns): Match[] {
  const index = indexOf(prepared);
  const text = prepared.flat;
  const found: { start: number; end: number; order: number }[] = [];
  const list = listOf(patterns);
  partsFor(patterns).forEach((part, order) => {
    if (!index.mayContain(part.anchors)) return;
    const re = part.re;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      found.push({ start: m.index, end: m.index + m[0].length, order });
    }
  });
  found.sort((x, y) => x.start - y.start || x.order - y.order);
  const out: Match[] = [];
  let lastEnd = 0;
  for (const { start, end, order } of found) {
    if (start < lastEnd) continue;
    lastEnd = end;
    const sentence = sentenceAt(prepared, start) ?? { start, end, text: text.slice(start, end) };
    out.push({ start, end, text: text.slice(start, end), sentence, entry: list[order]! });
  }
  return out;
}

/**
 * True when any of the patterns occurs in the text. Given a prepared text (ctx.body), it looks in
 * the author's own words and skips the scan when the anchors rule a match out.
 */
export function matchesAny(text: string | PreparedText, patterns: Patterns): boolean {
  if (typeof text !== 'string') {
    if (!mayMatch(text, patterns)) return false;
    text = text.flat;
  }
  const re = compile(patterns);
  re.lastIndex = 0;
  return re.test(text);
}

/** The first occurrence of the patterns in the text, or undefined. */
export function firstMatch(text: string, patterns: Patterns): string | undefined {
  const re = compile(patterns);
  re.lastIndex = 0;
  const m = re.exec(text);
  return m?.[0];
}
