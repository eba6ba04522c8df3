/**
 * A cheap test that a pattern cannot match, so most rules skip their scan of a draft.
 *
 * From a pattern's source we derive its anchors: literal fragments of which every match must
 * contain at least one ("calendar" or "diary" or "invite"...). From a text we build a bitmap of
 * the trigrams it contains. A fragment whose trigrams are not all in the text is certainly
 * absent, and when every anchor is absent, so is every match. The test only ever says "maybe"
 * or "no", never a wrong "no", so it changes no result, only the time spent.
 */

import { doubled, lastingArena, type Arena } from './arena';

/**
 * Every set must be represented in a match by at least one of its fragments (a conjunction of
 * alternatives: "haven't|hasn't" and "heard|replied"). null: nothing is known to be required
 * (or the source is beyond this small parser): always scan.
 */
export type Anchors = readonly ReadonlySet<string>[] | null;

/** At most this many requirements are kept per pattern: the most selective ones. */
const MAX_CLAUSES = 4;

const MIN_FRAGMENT = 3;
/** Two characters of punctuation ("{{", "*|", "%%") are rare in prose: good enough as anchors. */
const isPunctuationPair = (f: string): boolean => f.length === 2 && /^[^\p{L}\p{N}\s]{2}$/u.test(f);
/** So are the characters of markup and merge fields ("<", "{", "%"), even alone. */
const RARE = new Set([...'<>{}[]%$|#~^*_=\\']);
const isRareCharacter = (f: string): boolean => f.length === 1 && RARE.has(f);
const usable = (f: string): boolean => f.length >= MIN_FRAGMENT || isPunctuationPair(f) || isRareCharacter(f);

/** Fragments found in nearly every email make poor anchors: a requirement built on them is avoided. */
const COMMON = new Set([
  'you', 'your', 'the', 'and', 'for', 'with', 'this', 'that', 'our', 'are', 'have', 'will', 'can',
  "i'm", "i've", "i'll", 'was', 'not', 'all', 'but', 'any', 'just', 'from', 'they', 'them', 'one',
  'did', 'get', 'see', 'has', 'had', 'how', 'out', 'now', 'who', 'its', 'let', 'may', 'use', 'were',
  'been', 'would', 'could', 'should', 'about', 'there', 'their', 'what', 'when', 'which', 'some',
  'more', 'also', 'into', 'than', 'then', 'time', 'like', 'know', 'make', 'here', 'team', 'thanks',
]);

/** a-z and the apostrophe: what a word is made of for `isCommon`. */
const isWordLetter = (c: number): boolean => (c >= 97 && c <= 122) || c === 39;

/** True when the fragment has words, each a two-letter word or one of the commonest words. */
function isCommon(fragment: string): boolean {
  let words = 0;
  for (let i = 0; i < fragment.length; ) {
    if (!isWordLetter(fragment.charCodeAt(i))) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < fragment.length && isWordLetter(fragment.charCodeAt(end))) end++;
    if (end - i > 2 && !COMMON.has(fragment.slice(i, end))) return false;
    words++;
    i = end;
  }
  return words > 0;
}

function score(candidate: ReadonlySet<string>): number {
  let shortest = Infinity;
  let common = 0;
  for (const s of candidate) {
    if (!usable(s)) return -Infinity;
    shortest = Math.min(shortest, isPunctuationPair(s) ? MIN_FRAGMENT : isRareCharacter(s) ? 2 : s.length);
    if (isCommon(s)) common++;
  }
  return Math.min(shortest, 8) * 10 - candidate.size - common * 100;
}

/** A requirement: one of these fragments is in every match. Scored once, when made. */
interface Clause {
  readonly fragments: ReadonlySet<string>;
  readonly score: number;
}

const clauseOf = (fragments: ReadonlySet<string>): Clause => ({ fragments, score: score(fragments) });

/** Requirements met by almost any email (" on your ") cost a check and rule nothing out: the best few, best first. */
function best(clauses: Clause[]): Clause[] {
  const out: Clause[] = [];
  for (const c of clauses) {
    if (c.score === -Infinity) continue;
    // Stable: a clause goes after those that score as well.
    let at = out.length;
    while (at > 0 && out[at - 1]!.score < c.score) at--;
    out.splice(at, 0, c);
  }
  if (out.length > MAX_CLAUSES) out.length = MAX_CLAUSES;
  return out;
}

const NOTHING: readonly Clause[] = [];

const PIPE = 124; // |
const OPEN = 40; // (
const CLOSE = 41; // )
const BRACKET = 91; // [
const BACKSLASH = 92;
const END_BRACKET = 93; // ]
const CARET = 94; // ^

/**
 * Where each group of a source ends: the offset of its ")" at the offset of its "(" (0 elsewhere),
 * found in one pass, skipping escapes and character classes as the parser does.
 */
export function groupEnds(src: string): Int32Array {
  const ends = new Int32Array(src.length);
  const open: number[] = [];
  for (let i = 0; i < src.length; i++) {
    const c = src.charCodeAt(i);
    if (c === BACKSLASH) i++;
    else if (c === OPEN) open.push(i);
    else if (c === CLOSE) {
      const at = open.pop();
      if (at !== undefined) ends[at] = i;
    } else if (c === BRACKET) {
      i++;
      if (src.charCodeAt(i) === CARET) i++;
      if (src.charCodeAt(i) === END_BRACKET) i++;
      while (i < src.length && src.charCodeAt(i) !== END_BRACKET) i += src.charCodeAt(i) === BACKSLASH ? 2 : 1;
    }
  }
  return ends;
}

/** Characters that stand for themselves in a source and are already lower-case: letters, digits, space, plain punctuation. */
const PLAIN = new Uint8Array(128);
for (const c of "abcdefghijklmnopqrstuvwxyz0123456789 '\"!#%&,-/:;<=>@_`~") PLAIN[c.charCodeAt(0)] = 1;

const isQuantifier = (c: number): boolean => c === 63 /* ? */ || c === 42 /* * */ || c === 43 /* + */ || c === 123; /* { */

/**
 * Where the run of plain characters at `i` ends, leaving out a last one that a quantifier
 * follows: the parsers take such a run at once rather than character by character.
 */
export function plainRunEnd(src: string, i: number): number {
  let end = i;
  for (; end < src.length; end++) {
    const c = src.charCodeAt(end);
    if (c >= 128 || PLAIN[c] !== 1) break;
  }
  return end > i && end < src.length && isQuantifier(src.charCodeAt(end)) ? end - 1 : end;
}

/**
 * What a group requires, by its source text. The rules build many patterns from the same pieces
 * (a day, a time, "I have"), so about half of all the source text is a group read before.
 * A group's requirements depend on its text alone; only groups read to their end are kept.
 */
const byGroup = new Map<string, null | readonly Clause[]>();

/**
 * A small parser for the regular-expression sources the rules use. Every pattern is read once,
 * the first time it is searched for, so it reads character codes and allocates little.
 */
class SourceParser {
  private i = 0;
  private readonly ends: Int32Array;
  constructor(private readonly src: string) {
    this.ends = groupEnds(src);
  }

  parse(): Anchors {
    const need = this.alternation();
    return this.i === this.src.length && need.length > 0 ? need.map((c) => c.fragments) : null;
  }

  /** A single branch keeps all its requirements; several branches share only "one of their best". */
  private alternation(): readonly Clause[] {
    const first = this.sequence();
    if (this.i >= this.src.length || this.src.charCodeAt(this.i) !== PIPE) return first;
    // Every branch is read (to find the end of the group), but one without a requirement makes the union useless.
    let union: Set<string> | null = first.length > 0 ? new Set(first[0]!.fragments) : null;
    while (this.i < this.src.length && this.src.charCodeAt(this.i) === PIPE) {
      this.i++;
      const branch = this.sequence();
      if (branch.length === 0) union = null;
      else if (union !== null) for (const f of branch[0]!.fragments) union.add(f);
    }
    return union === null ? NOTHING : [clauseOf(union)];
  }

  private sequence(): readonly Clause[] {
    const src = this.src;
    const clauses: Clause[] = [];
    let fragment = '';
    while (this.i < src.length) {
      const c = src.charCodeAt(this.i);
      if (c === PIPE || c === CLOSE) break;
      const run = plainRunEnd(src, this.i);
      if (run > this.i) {
        fragment += src.slice(this.i, run);
        this.i = run;
        continue;
      }
      const atom = this.atom();
      const min = this.quantifier();
      if (atom === null) continue; // zero-width
      if (typeof atom === 'string' && min === undefined) {
        fragment += atom;
        continue;
      }
      // A literal repeated at least once still ends the fragment; an optional one is left out of it.
      if (typeof atom === 'string' && min !== undefined && min >= 1) fragment += atom;
      if (usable(fragment)) clauses.push(clauseOf(new Set([fragment])));
      fragment = '';
      if (min === 0 || typeof atom === 'string') continue;
      for (const need of atom) clauses.push(need);
    }
    if (usable(fragment)) clauses.push(clauseOf(new Set([fragment])));
    return best(clauses);
  }

  /** Returns the minimum repetition count of a quantifier after an atom, or undefined when there is none. */
  private quantifier(): number | undefined {
    const c = this.src[this.i];
    let min: number | undefined;
    if (c === '?' || c === '*') {
      min = 0;
      this.i++;
    } else if (c === '+') {
      min = 1;
      this.i++;
    } else if (c === '{') {
      const m = /^\{(\d+)(?:,(\d*))?\}/.exec(this.src.slice(this.i, this.i + 12));
      if (!m) return undefined;
      min = Number(m[1]);
      this.i += m[0].length;
    } else {
      return undefined;
    }
    if (this.src[this.i] === '?') this.i++;
    return min;
  }

  /**
   * The next atom: a literal character (lower-cased), null for one that matches no character
   * (\b, ^, $ and lookarounds), or what a group requires (nothing for a class or `.`).
   */
  private atom(): string | null | readonly Clause[] {
    const code = this.src.charCodeAt(this.i);
    if (code === OPEN) return this.group();
    if (code === BRACKET) {
      this.skipClass();
      return NOTHING;
    }
    if (code === BACKSLASH) return this.escape();
    const c = this.src[this.i++]!;
    if (c === '.') return NOTHING;
    if (c === '^' || c === '$') return null;
    return c.toLowerCase();
  }

  private group(): null | readonly Clause[] {
    const src = this.src;
    const start = this.i;
    const end = this.ends[start]!;
    const key = end > start ? src.slice(start, end + 1) : '';
    const known = byGroup.get(key);
    if (known !== undefined) {
      this.i = end + 1;
      return known;
    }
    const need = this.parseGroup();
    if (key !== '' && this.i === end + 1) {
      if (byGroup.size >= 20000) byGroup.clear();
      byGroup.set(key, need);
    }
    return need;
  }

  private parseGroup(): null | readonly Clause[] {
    const src = this.src;
    this.i++; // (
    let lookaround = false;
    if (src[this.i] === '?') {
      if (src.startsWith('?:', this.i)) this.i += 2;
      else if (src.startsWith('?=', this.i) || src.startsWith('?!', this.i)) (this.i += 2), (lookaround = true);
      else if (src.startsWith('?<=', this.i) || src.startsWith('?<!', this.i)) (this.i += 3), (lookaround = true);
      else if (src.startsWith('?<', this.i)) this.i = src.indexOf('>', this.i) + 1;
      else this.i = src.length; // unknown syntax: give up below
    }
    const need = this.alternation();
    if (src.charCodeAt(this.i) !== CLOSE) {
      this.i = src.length;
      return NOTHING;
    }
    this.i++;
    return lookaround ? null : need;
  }

  private skipClass(): void {
    this.i++; // [
    if (this.src[this.i] === '^') this.i++;
    if (this.src[this.i] === ']') this.i++;
    while (this.i < this.src.length && this.src[this.i] !== ']') this.i += this.src[this.i] === '\\' ? 2 : 1;
    this.i++;
  }

  private escape(): string | null | readonly Clause[] {
    const c = this.src[this.i + 1] ?? '';
    this.i += 2;
    if (c === 'b' || c === 'B') return null;
    if (c === 'p' || c === 'P' || c === 'k') {
      this.i = this.src.indexOf('}', this.i) + 1 || this.src.length;
      return NOTHING;
    }
    // Character classes, control characters and back-references (or a lone backslash at the end).
    if (c === '' || 'dDwWsSnrtfv0123456789'.includes(c)) return NOTHING;
    if (c === 'u' || c === 'x') {
      const len = c === 'u' ? 4 : 2;
      const code = parseInt(this.src.slice(this.i, this.i + len), 16);
      this.i += len;
      return Number.isNaN(code) ? NOTHING : String.fromCharCode(code).toLowerCase();
    }
    return c.toLowerCase();
  }
}

export function anchorsOf(source: string): Anchors {
  try {
    return new SourceParser(source).parse();
  } catch {
    return null;
  }
}

/**
 * n-gram hashes have 17 bits. An email's few thousand 3- and 4-grams fill about one bit in
 * thirty of a bitmap that size (16 KB); a short text (a sentence, a subject) gets a smaller
 * bitmap, each hash folded onto it, at about the same density (64 bits a character). On real
 * mail, 21% of the patterns that got past this test with 15-bit hashes (one bit in eight) were
 * absent after all; 14% with 16. 17 bits at 64 bits a character checked the real-mail corpus
 * 3% faster than 16 bits at 32 (measured as a whole; the encoded hashes are kept in 32 bits).
 */
const BITS = 1 << 17;
const MASK_BITS = BITS - 1;
const MIN_BITS = 1 << 10;

function trigram(a: number, b: number, c: number): number {
  return ((a * 961 + b * 31 + c) ^ (a >>> 5)) & MASK_BITS;
}

/** 4-grams tell "have not" from a text that merely has "hav", "ve ", " no" and "not" somewhere. */
function fourgram(a: number, b: number, c: number, d: number): number {
  return Math.imul(a * 29791 + b * 961 + c * 31 + d, 0x9e3779b1) >>> 15;
}

/** Bigrams share the bitmap under a different hash, for two-character fragments. */
function bigram(a: number, b: number): number {
  return (a * 7919 + b * 131 + 17) & MASK_BITS;
}

/** And single characters, for one-character fragments. */
function unigram(a: number): number {
  return (a * 104729 + 4099) & MASK_BITS;
}

/**
 * Anchors with each fragment's n-gram hashes worked out, as `mayContainAt` reads them:
 * [requirement count, then per requirement: its length, then per fragment: hash count, hashes].
 *
 * Ordered for early answers: a pattern is usually absent, so the requirements most likely to be
 * unmet (fewest and longest fragments) are tested first, and within one, the fragments most
 * likely to be present (shortest) come first.
 */
function encode(anchors: readonly ReadonlySet<string>[]): number[] {
  const clauses = anchors.map((fragments) => [...fragments].map(hashesOf).sort((x, y) => x.length - y.length));
  clauses.sort((x, y) => x.length - y.length || (y[0]?.length ?? 0) - (x[0]?.length ?? 0));
  const out = [clauses.length];
  for (const clause of clauses) {
    const lengthAt = out.push(0) - 1;
    for (const hashes of clause) {
      out.push(hashes.length);
      for (const h of hashes) out.push(h);
    }
    out[lengthAt] = out.length - lengthAt - 1;
  }
  return out;
}

/**
 * Every pattern's encoded anchors end to end, so testing the patterns of one draft reads one
 * block of memory in order rather than an object per requirement.
 */
let pool = new Int32Array(1 << 14);
let poolLength = 0;

/** Adds a pattern's anchors to the pool: where they start, or -1 when none are known (always scan). */
export function poolAnchors(anchors: Anchors): number {
  if (anchors === null) return -1;
  const encoded = encode(anchors);
  if (poolLength + encoded.length > pool.length) {
    const grown = new Int32Array(Math.max(pool.length * 2, poolLength + encoded.length));
    grown.set(pool);
    pool = grown;
  }
  pool.set(encoded, poolLength);
  poolLength += encoded.length;
  return poolLength - encoded.length;
}

/** A fragment's n-gram hashes: its 4-grams, or its trigram or bigram when shorter. */
function hashesOf(f: string): number[] {
  if (f.length === 1) return [unigram(f.charCodeAt(0))];
  if (f.length === 2) return [bigram(f.charCodeAt(0), f.charCodeAt(1))];
  const h: number[] = [];
  for (let i = 3; i < f.length; i++) h.push(fourgram(f.charCodeAt(i - 3), f.charCodeAt(i - 2), f.charCodeAt(i - 1), f.charCodeAt(i)));
  if (f.length === 3) h.push(trigram(f.charCodeAt(0), f.charCodeAt(1), f.charCodeAt(2)));
  return h;
}

/**
 * Words found so far in the text being indexed, grown as needed and reused from text to text,
 * then copied into storage carved from the arena (arena.ts) at their final size.
 */
let scratchStarts = new Int32Array(4096);
let scratchHashes = new Int32Array(4096);
let scratchThrees = new Int32Array(4096);
let scratchSeps = new Int32Array(4096);

function addWord(count: number, start: number, hash: number, three: number): number {
  if (count === scratchStarts.length) {
    scratchStarts = doubled(scratchStarts);
    scratchHashes = doubled(scratchHashes);
    scratchThrees = doubled(scratchThrees);
    scratchSeps = doubled(scratchSeps);
  }
  scratchStarts[count] = start;
  scratchHashes[count] = hash;
  scratchThrees[count] = three;
  scratchSeps[count] = -1;
  return count + 1;
}

/**
 * Records punctuation (the underscore too), alone and after the character before it: only
 * punctuation is asked for as one or two characters, never a space or a line break.
 */
function punctuation(bits: Int32Array, fold: number, b: number, c: number): void {
  let h = unigram(c) & fold;
  bits[h >>> 5]! |= 1 << (h & 31);
  h = bigram(b, c) & fold;
  bits[h >>> 5]! |= 1 << (h & 31);
}

/** The 3- and 4-grams of a lower-cased text, for `mayContain`. Built once per text. */
export class TrigramIndex {
  private readonly bits: Int32Array;
  /** Folds a hash onto this text's bitmap. */
  private readonly fold: number;
  /**
   * The text's words as `\b` sees them (runs of [a-z0-9_]): where each starts and its
   * wordHash, in text order, for its WordIndex (starts.ts) and Candidates (candidates.ts),
   * found in the same pass; with the hash of each word's first three letters (0: it has
   * fewer), and the character between it and the next word when one alone lies between them
   * (-1: none).
   */
  readonly wordStarts: Int32Array;
  readonly wordHashes: Int32Array;
  readonly wordThrees: Int32Array;
  readonly wordSeps: Int32Array;

  /** `arena`: where its arrays are carved (arena.ts). */
  constructor(lower: string, arena: Arena = lastingArena) {
    let size = MIN_BITS;
    while (size < BITS && size < lower.length * 64) size <<= 1;
    // The bitmap's size is known from the start: it is built where it stays.
    const bits = (this.bits = arena.carve(size >>> 5).fill(0));
    const fold = (this.fold = size - 1);
    // The last three characters before the current one; 0 stands for "none" (the start, or
    // just after masked text). n-grams holding it are recorded too: they only make the test
    // say "maybe" a little more often, never "no" wrongly, and spare a test per character.
    let z = 0;
    let a = 0;
    let b = 0;
    let words = 0;
    /** Where the last word ended (exclusive); -2: no word yet. */
    let lastEnd = -2;
    const n = lower.length;
    for (let i = 0; i < n; i++) {
      let c = lower.charCodeAt(i);
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95) {
        // A word as \b sees it: hashed as it is read, its n-grams recorded on the way.
        const wordStart = i;
        // The word before ended two characters back: one character separates them.
        if (lastEnd === wordStart - 1) scratchSeps[words - 1] = lower.charCodeAt(lastEnd);
        let wordHash = 0;
        let three = 0;
        for (;;) {
          wordHash = (Math.imul(wordHash, 31) + c) | 0;
          if (i === wordStart + 2) three = wordHash;
          let h = trigram(a, b, c) & fold;
          bits[h >>> 5]! |= 1 << (h & 31);
          h = fourgram(z, a, b, c) & fold;
          bits[h >>> 5]! |= 1 << (h & 31);
          if (c === 95) punctuation(bits, fold, b, c);
          z = a;
          a = b;
          b = c;
          if (i + 1 === n) break;
          c = lower.charCodeAt(i + 1);
          if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95)) break;
          i++;
        }
        words = addWord(words, wordStart, wordHash, three);
        lastEnd = i + 1;
        continue;
      }
      if (c === 0) {
        // Masked text (quoted history, signatures): no fragment is asked for across or inside it.
        while (i + 1 < n && lower.charCodeAt(i + 1) === 0) i++;
        z = a = b = 0;
        continue;
      }
      let h = trigram(a, b, c) & fold;
      bits[h >>> 5]! |= 1 << (h & 31);
      h = fourgram(z, a, b, c) & fold;
      bits[h >>> 5]! |= 1 << (h & 31);
      if (c < 128 && c !== 32 && c !== 10) punctuation(bits, fold, b, c);
      z = a;
      a = b;
      b = c;
    }
    (this.wordStarts = arena.carve(words)).set(scratchStarts.subarray(0, words));
    (this.wordHashes = arena.carve(words)).set(scratchHashes.subarray(0, words));
    (this.wordThrees = arena.carve(words)).set(scratchThrees.subarray(0, words));
    (this.wordSeps = arena.carve(words)).set(scratchSeps.subarray(0, words));
  }

  /** False only when the fragment (lower-case, three characters or more) cannot be in the text. */
  mayHave(fragment: string): boolean {
    const bits = this.bits;
    for (let i = 3; i < fragment.length; i++) {
      const h = fourgram(fragment.charCodeAt(i - 3), fragment.charCodeAt(i - 2), fragment.charCodeAt(i - 1), fragment.charCodeAt(i)) & this.fold;
      if ((bits[h >>> 5]! & (1 << (h & 31))) === 0) return false;
    }
    if (fragment.length === 3) {
      const h = trigram(fragment.charCodeAt(0), fragment.charCodeAt(1), fragment.charCodeAt(2)) & this.fold;
      return (bits[h >>> 5]! & (1 << (h & 31))) !== 0;
    }
    return true;
  }

  /** False only when some requirement of the anchors has none of its fragments in the text. */
  mayContain(anchors: Anchors): boolean {
    return anchors === null || this.test(Int32Array.from(encode(anchors)), 0);
  }

  /** The same test for anchors in the pool, at the offset poolAnchors gave. */
  mayContainAt(at: number): boolean {
    return at < 0 || this.test(pool, at);
  }

  private test(data: Int32Array, at: number): boolean {
    const bits = this.bits;
    const fold = this.fold;
    let i = at + 1;
    for (let clauses = data[at]!; clauses > 0; clauses--) {
      const end = i + 1 + data[i]!;
      i++;
      let found = false;
      while (i < end) {
        const fragmentEnd = i + 1 + data[i]!;
        let j = i + 1;
        while (j < fragmentEnd) {
          const h = data[j]! & fold;
          if ((bits[h >>> 5]! & (1 << (h & 31))) === 0) break;
          j++;
        }
        if (j === fragmentEnd) {
          found = true;
          break;
        }
        i = fragmentEnd;
      }
      if (!found) return false;
      i = end;
    }
    return true;
  }
}
