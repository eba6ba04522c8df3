/**
 * Where a pattern can start. Almost every phrase pattern begins with `\b` and a word, so a match
 * can only begin at the start of a word that is one of the pattern's possible first words.
 * `firstWordsOf` derives those words from the source; `WordIndex` lists the words of a text with
 * their positions. The engine then tries the pattern only at those positions (a sticky match
 * tries one position) instead of scanning the whole text, and gets exactly the same matches:
 * every match begins at a listed position, and positions are tried left to right.
 *
 * Words here are what `\b` sees: runs of [a-z0-9_] in lower-cased text, so "i've" is "i" and "ve".
 */

export interface FirstWord {
  word: string;
  /** The word must be all of the text's word (false: the text's word need only begin with it). */
  exact: boolean;
  /** wordHash(word), for exact look-ups. */
  hash: number;
}

/** The hash WordIndex keys words by. Collisions only cost a wasted try: each candidate is verified by matching. */
export function wordHash(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = (Math.imul(h, 31) + word.charCodeAt(i)) | 0;
  return h;
}

/** The possible first words, or null when they cannot be known (then the whole text is scanned). */
export type FirstWords = readonly FirstWord[] | null;

const MAX_WORDS = 400;

type Node =
  | { kind: 'char'; ch: string }
  | { kind: 'group'; alternatives: Item[][] }
  | { kind: 'boundary' } // \b
  | { kind: 'lookaround' }
  | { kind: 'other' }; // a class, ., an escape class, anything else

interface Item {
  node: Node;
  min: number;
  max: number;
}

class GiveUp extends Error {}

function first(word: string, exact: boolean): FirstWord {
  return { word, exact, hash: wordHash(word) };
}

function isWordChar(ch: string): boolean {
  return /^[a-z0-9_]$/.test(ch);
}

/** A small parser for the regular-expression sources the rules use. */
function parse(source: string): Item[][] {
  let i = 0;
  const alternation = (): Item[][] => {
    const alternatives: Item[][] = [sequence()];
    while (source[i] === '|') {
      i++;
      alternatives.push(sequence());
    }
    return alternatives;
  };
  const sequence = (): Item[] => {
    const items: Item[] = [];
    while (i < source.length && source[i] !== '|' && source[i] !== ')') {
      const node = atom();
      const [min, max] = quantifier();
      items.push({ node, min, max });
    }
    return items;
  };
  const quantifier = (): [number, number] => {
    const c = source[i];
    let q: [number, number] = [1, 1];
    if (c === '?') q = [0, 1];
    else if (c === '*') q = [0, Infinity];
    else if (c === '+') q = [1, Infinity];
    else if (c === '{') {
      const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(source.slice(i, i + 16));
      if (!m) return q;
      const min = Number(m[1]);
      q = [min, m[2] ? (m[3] ? Number(m[3]) : Infinity) : min];
      i += m[0].length - 1;
    } else {
      return q;
    }
    i++;
    if (source[i] === '?') i++;
    return q;
  };
  const atom = (): Node => {
    const c = source[i]!;
    if (c === '(') {
      i++;
      let lookaround = false;
      if (source[i] === '?') {
        if (source.startsWith('?:', i)) i += 2;
        else if (source.startsWith('?=', i) || source.startsWith('?!', i)) (i += 2), (lookaround = true);
        else if (source.startsWith('?<=', i) || source.startsWith('?<!', i)) (i += 3), (lookaround = true);
        else if (source.startsWith('?<', i)) i = source.indexOf('>', i) + 1;
        else throw new GiveUp();
      }
      const alternatives = alternation();
      if (source[i] !== ')') throw new GiveUp();
      i++;
      return lookaround ? { kind: 'lookaround' } : { kind: 'group', alternatives };
    }
    if (c === '[') {
      i++;
      if (source[i] === '^') i++;
      if (source[i] === ']') i++;
      while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
      i++;
      return { kind: 'other' };
    }
    if (c === '\\') {
      const e = source[i + 1] ?? '';
      i += 2;
      if (e === 'b') return { kind: 'boundary' };
      if (e === 'u' || e === 'x') {
        const len = e === 'u' ? 4 : 2;
        const code = parseInt(source.slice(i, i + len), 16);
        i += len;
        return Number.isNaN(code) ? { kind: 'other' } : { kind: 'char', ch: String.fromCharCode(code).toLowerCase() };
      }
      if (/[a-zA-Z0-9]/.test(e)) {
        if (e === 'p' || e === 'P' || e === 'k') i = source.indexOf('}', i) + 1 || source.length;
        return { kind: 'other' };
      }
      return { kind: 'char', ch: e };
    }
    i++;
    if (c === '.' || c === '^' || c === '$') return { kind: 'other' };
    return { kind: 'char', ch: c.toLowerCase() };
  };
  const result = alternation();
  if (i !== source.length) throw new GiveUp();
  return result;
}

/**
 * Expands the beginning of a pattern into its possible first words. `word` is what has been read
 * of the first word so far; `bounded` says a \b stands before it, so a match starts a word.
 */
function expand(items: Item[], at: number, word: string, out: FirstWord[], bounded: boolean): void {
  if (out.length > MAX_WORDS) throw new GiveUp();
  if (at === items.length) {
    // The pattern ends here: a match may end inside a longer word of the text.
    if (!word) throw new GiveUp();
    out.push(first(word, false));
    return;
  }
  const { node, min, max } = items[at]!;
  if (node.kind === 'boundary' || node.kind === 'lookaround') {
    if (word && node.kind === 'boundary') {
      out.push(first(word, true));
      return;
    }
    expand(items, at + 1, word, out, bounded || node.kind === 'boundary');
    return;
  }
  if (node.kind === 'other') {
    if (!word) throw new GiveUp(); // cannot tell where a match starts
    out.push(first(word, false));
    return;
  }
  if (max === Infinity || max > 3) {
    // Long repetition: stop at what is known so far.
    if (!word) throw new GiveUp();
    out.push(first(word, false));
    return;
  }
  // Repeat the node between min and max times (small counts), then go on.
  const rest = items.slice(at + 1);
  const unrolled = (count: number): Item[] => [...Array.from({ length: count }, () => ({ node, min: 1, max: 1 })), ...rest];
  for (let count = min; count <= max; count++) {
    if (count === 1) single(node, rest, word, out, bounded);
    else if (count === 0) expand(rest, 0, word, out, bounded);
    else expand(unrolled(count), 0, word, out, bounded);
  }
}

function single(node: Node, rest: Item[], word: string, out: FirstWord[], bounded: boolean): void {
  if (node.kind === 'char') {
    if (isWordChar(node.ch)) {
      // Without a \b before it, a match could begin inside a longer word ("bump" in "rebump").
      if (!word && !bounded) throw new GiveUp();
      expand(rest, 0, word + node.ch, out, bounded);
    } else if (word) {
      out.push(first(word, true)); // a non-word character ends the first word
    } else {
      throw new GiveUp(); // a match starting with punctuation: not at a word start
    }
    return;
  }
  if (node.kind === 'group') {
    for (const alternative of node.alternatives) expand([...alternative, ...rest], 0, word, out, bounded);
    return;
  }
  expand([{ node, min: 1, max: 1 }, ...rest], 0, word, out, bounded);
}

export function firstWordsOf(source: string): FirstWords {
  try {
    const out: FirstWord[] = [];
    for (const alternative of parse(source)) expand(alternative, 0, '', out, false);
    const seen = new Map<string, FirstWord>();
    for (const w of out) {
      const known = seen.get(w.word);
      // An open prefix covers the exact word of the same spelling.
      if (!known || (known.exact && !w.exact)) seen.set(w.word, w);
    }
    return [...seen.values()];
  } catch (error) {
    if (error instanceof GiveUp) return null;
    throw error;
  }
}

function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95;
}

/**
 * The words of a lower-cased text, as `\b` sees them, by hash, with their start offsets: an
 * open-addressing table in typed arrays, so indexing an email allocates almost nothing.
 */
export class WordIndex {
  /** Slot -> word hash; slot -> first occurrence (+1, 0 = empty slot). */
  private readonly keys: Int32Array;
  private readonly heads: Int32Array;
  /** Occurrence -> its word's start offset, and the next occurrence of the same word (+1). */
  private readonly starts: Int32Array;
  private readonly next: Int32Array;
  private readonly mask: number;

  constructor(private readonly lower: string) {
    // A text has at most one word per two characters: a table that size stays at most half full.
    let size = 16;
    while (size < lower.length >> 1) size <<= 1;
    size <<= 1;
    this.mask = size - 1;
    this.keys = new Int32Array(size);
    this.heads = new Int32Array(size);
    const capacity = (lower.length >> 1) + 1;
    this.starts = new Int32Array(capacity);
    this.next = new Int32Array(capacity);
    let count = 0;
    let start = -1;
    let h = 0;
    for (let i = 0; i <= lower.length; i++) {
      const c = i < lower.length ? lower.charCodeAt(i) : 0;
      if (isWordCode(c)) {
        if (start === -1) {
          start = i;
          h = 0;
        }
        h = (Math.imul(h, 31) + c) | 0;
      } else if (start !== -1) {
        // Each word's occurrences form a list, newest first (read back in reverse).
        const slot = this.slot(h);
        this.keys[slot] = h;
        this.starts[count] = start;
        this.next[count] = this.heads[slot]!;
        this.heads[slot] = count + 1;
        count++;
        start = -1;
      }
    }
  }

  /** The slot holding `hash`, or the empty slot where it would go. */
  private slot(hash: number): number {
    let s = (hash ^ (hash >>> 15)) & this.mask;
    while (this.heads[s] !== 0 && this.keys[s] !== hash) s = (s + 1) & this.mask;
    return s;
  }

  /**
   * Start offsets of the words that can begin a match, ascending (a few may be false candidates).
   * The text's n-grams rule out an open prefix cheaply before the text is searched for it.
   */
  positions(words: readonly FirstWord[], grams: { mayHave(fragment: string): boolean }): number[] {
    const lower = this.lower;
    const out: number[] = [];
    let sources = 0;
    for (let w = 0; w < words.length; w++) {
      const fw = words[w]!;
      const before = out.length;
      if (fw.exact) {
        for (let k = this.heads[this.slot(fw.hash)]!; k !== 0; k = this.next[k - 1]!) out.push(this.starts[k - 1]!);
        // Newest first: put this word's occurrences back in text order.
        for (let i = before, j = out.length - 1; i < j; i++, j--) {
          const t = out[i]!;
          out[i] = out[j]!;
          out[j] = t;
        }
      } else {
        // An open prefix: wherever a word of the text begins with it.
        const word = fw.word;
        if (word.length >= 3 && !grams.mayHave(word)) continue;
        for (let at = lower.indexOf(word); at !== -1; at = lower.indexOf(word, at + 1)) {
          if (at === 0 || !isWordCode(lower.charCodeAt(at - 1))) out.push(at);
        }
      }
      if (out.length > before) sources++;
    }
    // Each word's positions come in order; only several words need merging.
    if (sources > 1) out.sort((a, b) => a - b);
    return out;
  }
}
