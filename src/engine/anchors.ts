/**
 * A cheap test that a pattern cannot match, so most rules skip their scan of a draft.
 *
 * From a pattern's source we derive its anchors: literal fragments of which every match must
 * contain at least one ("calendar" or "diary" or "invite"...). From a text we build a bitmap of
 * the trigrams it contains. A fragment whose trigrams are not all in the text is certainly
 * absent, and when every anchor is absent, so is every match. The test only ever says "maybe"
 * or "no", never a wrong "no", so it changes no result, only the time spent.
 */

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

const commonness = new Map<string, boolean>();

/** True when every word of the fragment is a two-letter word or one of the commonest words. */
function isCommon(fragment: string): boolean {
  let common = commonness.get(fragment);
  if (common === undefined) {
    const words = fragment.match(/[a-z']+/g);
    common = words !== null && words.every((w) => w.length <= 2 || COMMON.has(w));
    commonness.set(fragment, common);
  }
  return common;
}

function bestOf(clauses: Clauses): Set<string> | undefined {
  return clauses[0]; // sequence() returns them best first
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

type Clauses = Set<string>[];

interface Atom {
  need: Clauses;
  /** A single literal character, lower-cased. */
  literal?: string;
  /** \b, ^, $ and lookarounds: they match no character. */
  zeroWidth?: boolean;
}

class SourceParser {
  private i = 0;
  constructor(private readonly src: string) {}

  parse(): Anchors {
    const need = this.alternation();
    return this.i === this.src.length && need.length > 0 ? need : null;
  }

  /** A single branch keeps all its requirements; several branches share only "one of their best". */
  private alternation(): Clauses {
    const branches = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      branches.push(this.sequence());
    }
    if (branches.length === 1) return branches[0]!;
    const union = new Set<string>();
    for (const b of branches) {
      const best = bestOf(b);
      if (!best) return [];
      for (const f of best) union.add(f);
    }
    return [union];
  }

  private sequence(): Clauses {
    const clauses: Clauses = [];
    let fragment = '';
    const endFragment = () => {
      if (usable(fragment)) clauses.push(new Set([fragment]));
      fragment = '';
    };
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const atom = this.atom();
      const min = this.quantifier();
      if (atom.zeroWidth) continue;
      if (atom.literal !== undefined && min === undefined) {
        fragment += atom.literal;
        continue;
      }
      if (atom.literal !== undefined && min !== undefined && min >= 1) {
        fragment += atom.literal;
        endFragment();
        continue;
      }
      endFragment();
      if (min === 0) continue;
      clauses.push(...atom.need);
    }
    endFragment();
    // Requirements met by almost any email (" on your ") cost a check and rule nothing out.
    return clauses
      .map((clause) => ({ clause, score: score(clause) }))
      .filter((c) => c.score > -Infinity)
      .sort((a, b) => b.score - a.score)
      .slice(0, MAX_CLAUSES)
      .map((c) => c.clause);
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

  private atom(): Atom {
    const c = this.src[this.i]!;
    if (c === '(') return this.group();
    if (c === '[') {
      this.skipClass();
      return { need: [] };
    }
    if (c === '\\') return this.escape();
    this.i++;
    if (c === '.') return { need: [] };
    if (c === '^' || c === '$') return { need: [], zeroWidth: true };
    return { need: [], literal: c.toLowerCase() };
  }

  private group(): Atom {
    this.i++; // (
    let lookaround = false;
    if (this.src[this.i] === '?') {
      const next = this.src.slice(this.i, this.i + 3);
      if (next.startsWith('?:')) this.i += 2;
      else if (next.startsWith('?=') || next.startsWith('?!')) (this.i += 2), (lookaround = true);
      else if (next === '?<=' || next === '?<!') (this.i += 3), (lookaround = true);
      else if (next.startsWith('?<')) this.i = this.src.indexOf('>', this.i) + 1;
      else this.i = this.src.length; // unknown syntax: give up below
    }
    const need = this.alternation();
    if (this.src[this.i] !== ')') {
      this.i = this.src.length;
      return { need: [] };
    }
    this.i++;
    return lookaround ? { need: [], zeroWidth: true } : { need };
  }

  private skipClass(): void {
    this.i++; // [
    if (this.src[this.i] === '^') this.i++;
    if (this.src[this.i] === ']') this.i++;
    while (this.i < this.src.length && this.src[this.i] !== ']') this.i += this.src[this.i] === '\\' ? 2 : 1;
    this.i++;
  }

  private escape(): Atom {
    const c = this.src[this.i + 1] ?? '';
    this.i += 2;
    if (c === 'b' || c === 'B') return { need: [], zeroWidth: true };
    if ('dDwWsSnrtfv0'.includes(c) || /[1-9kpP]/.test(c)) {
      if (c === 'p' || c === 'P' || c === 'k') this.i = this.src.indexOf('}', this.i) + 1 || this.src.length;
      return { need: [] };
    }
    if (c === 'u' || c === 'x') {
      const len = c === 'u' ? 4 : 2;
      const code = parseInt(this.src.slice(this.i, this.i + len), 16);
      this.i += len;
      return Number.isNaN(code) ? { need: [] } : { need: [], literal: String.fromCharCode(code).toLowerCase() };
    }
    return { need: [], literal: c.toLowerCase() };
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
 * n-gram hashes have 15 bits. An email's few thousand 3- and 4-grams fill about one bit in eight
 * of a bitmap that size; a short text (a sentence, a subject) gets a smaller bitmap, each hash
 * folded onto it, at about the same density.
 */
const BITS = 1 << 15;
const MASK_BITS = BITS - 1;
const MIN_BITS = 1 << 10;

function trigram(a: number, b: number, c: number): number {
  return ((a * 961 + b * 31 + c) ^ (a >>> 5)) & MASK_BITS;
}

/** 4-grams tell "have not" from a text that merely has "hav", "ve ", " no" and "not" somewhere. */
function fourgram(a: number, b: number, c: number, d: number): number {
  return Math.imul(a * 29791 + b * 961 + c * 31 + d, 0x9e3779b1) >>> 17;
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
let pool = new Uint16Array(1 << 14);
let poolLength = 0;

/** Adds a pattern's anchors to the pool: where they start, or -1 when none are known (always scan). */
export function poolAnchors(anchors: Anchors): number {
  if (anchors === null) return -1;
  const encoded = encode(anchors);
  if (poolLength + encoded.length > pool.length) {
    const grown = new Uint16Array(Math.max(pool.length * 2, poolLength + encoded.length));
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

/** Words found so far in the text being indexed, grown as needed and reused from text to text. */
let scratchStarts = new Int32Array(4096);
let scratchHashes = new Int32Array(4096);

function addWord(count: number, start: number, hash: number): number {
  if (count === scratchStarts.length) {
    const starts = new Int32Array(count * 2);
    const hashes = new Int32Array(count * 2);
    starts.set(scratchStarts);
    hashes.set(scratchHashes);
    scratchStarts = starts;
    scratchHashes = hashes;
  }
  scratchStarts[count] = start;
  scratchHashes[count] = hash;
  return count + 1;
}

/** The 3- and 4-grams of a lower-cased text, for `mayContain`. Built once per text. */
export class TrigramIndex {
  private readonly bits: Uint32Array;
  /** Folds a hash onto this text's bitmap. */
  private readonly fold: number;
  /**
   * The text's words as `\b` sees them (runs of [a-z0-9_]): where each starts and its
   * wordHash, in text order, for its WordIndex (starts.ts), found in the same pass.
   */
  readonly wordStarts: Int32Array;
  readonly wordHashes: Int32Array;

  constructor(lower: string) {
    let size = MIN_BITS;
    while (size < BITS && size < lower.length * 16) size <<= 1;
    const bits = (this.bits = new Uint32Array(size >>> 5));
    const fold = (this.fold = size - 1);
    let z = 0;
    let a = 0;
    let b = 0;
    /** Characters since the start or the last masked run: how many of z, a, b are real. */
    let run = 0;
    let words = 0;
    let wordStart = -1;
    let wordHash = 0;
    for (let i = 0; i < lower.length; i++) {
      const c = lower.charCodeAt(i);
      const alphanumeric = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
      if (alphanumeric || c === 95) {
        if (wordStart === -1) wordStart = i;
        wordHash = (Math.imul(wordHash, 31) + c) | 0;
      } else if (wordStart !== -1) {
        words = addWord(words, wordStart, wordHash);
        wordStart = -1;
        wordHash = 0;
      }
      if (c === 0) {
        // Masked text (quoted history, signatures): no fragment is asked for across or inside it.
        while (i + 1 < lower.length && lower.charCodeAt(i + 1) === 0) i++;
        run = 0;
        b = 0;
        continue;
      }
      if (run >= 2) {
        let h = trigram(a, b, c) & fold;
        bits[h >>> 5]! |= 1 << (h & 31);
        if (run >= 3) {
          h = fourgram(z, a, b, c) & fold;
          bits[h >>> 5]! |= 1 << (h & 31);
        }
      }
      if (!alphanumeric && c < 128) {
        // Only punctuation, alone or in pairs, is ever asked for, so only that is recorded.
        this.set(unigram(c));
        if (run >= 1) this.set(bigram(b, c));
      }
      z = a;
      a = b;
      b = c;
      run++;
    }
    if (wordStart !== -1) words = addWord(words, wordStart, wordHash);
    this.wordStarts = scratchStarts.slice(0, words);
    this.wordHashes = scratchHashes.slice(0, words);
  }

  private set(hash: number): void {
    const h = hash & this.fold;
    this.bits[h >>> 5]! |= 1 << (h & 31);
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
    return anchors === null || this.test(Uint16Array.from(encode(anchors)), 0);
  }

  /** The same test for anchors in the pool, at the offset poolAnchors gave. */
  mayContainAt(at: number): boolean {
    return at < 0 || this.test(pool, at);
  }

  private test(data: Uint16Array, at: number): boolean {
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
