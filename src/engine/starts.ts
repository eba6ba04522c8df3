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
import { groupEnds, plainRunEnd } from './anchors';
import type { Arena } from './arena';

export interface FirstWord {
  word: string;
  /** The word must be all of the text's word (false: the text's word need only begin with it). */
  exact: boolean;
  /** wordHash(word), for exact look-ups. */
  hash: number;
  /**
   * For an exact first word: what can follow it, by separator (the one character between the
   * two words, such as " " or "'"); null when anything may. A candidate whose next word is not
   * one of these cannot begin a match.
   */
  then: SecondWords | null;
  /**
   * Every whole second word `then` allows, whatever the separator; null when one may be a
   * prefix. When none of them is in the text, the first word's occurrences need not be read.
   */
  seconds: Int32Array | null;
  /**
   * Punctuation a match begins with, just before the word ("'" of "'ll"), or ''. With an empty
   * `word` and no digit, a match begins wherever the lead occurs ("[", "{{").
   */
  lead: string;
  /** The word is any that begins with a digit (`word` is then empty). */
  digit: boolean;
}

export interface SecondWords {
  /**
   * Whole second words with their separator, as `pairKey(separator, wordHash(word))`, in an
   * open-addressing table (0: empty slot) of `mask + 1` slots.
   */
  table: Int32Array;
  mask: number;
  /** Prefixes the second word may begin with, each after its separator (NUMBER: any digit). */
  open: readonly { sep: number; prefix: string }[];
  /** The whole second words in `table`, each with its separator. */
  whole: readonly { sep: number; word: string }[];
}

/** A separator and second word as one table key, never 0 (the empty slot). */
export function pairKey(sep: number, hash: number): number {
  return (Math.imul(hash ^ sep, 0x9e3779b1) | 1) | 0;
}

function pairSlot(key: number, mask: number): number {
  return (key ^ (key >>> 16)) & mask;
}

function secondWords(whole: ReadonlyMap<number, { sep: number; word: string }>, open: { sep: number; prefix: string }[]): SecondWords {
  let size = 4;
  while (size < whole.size * 2) size <<= 1;
  const table = new Int32Array(size);
  const mask = size - 1;
  for (const key of whole.keys()) {
    let slot = pairSlot(key, mask);
    while (table[slot] !== 0) slot = (slot + 1) & mask;
    table[slot] = key;
  }
  return { table, mask, open, whole: [...whole.values()] };
}

/**
 * An open "prefix" that stands for any digit: a number as the second word ("the 14th", "in 3
 * days"). No prefix read from a pattern can be it: "#" is not a word character.
 */
export const NUMBER = '#';

/** The text's word at `at` begins with the second word's prefix (a digit, for NUMBER). */
export function beginsWith(lower: string, at: number, prefix: string): boolean {
  if (prefix === NUMBER) {
    const c = lower.charCodeAt(at);
    return c >= 48 && c <= 57;
  }
  return lower.startsWith(prefix, at);
}

/** The hash WordIndex keys words by. Collisions only cost a wasted try: each candidate is verified by matching. */
export function wordHash(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = (Math.imul(h, 31) + word.charCodeAt(i)) | 0;
  return h;
}

/** The possible first words, or null when they cannot be known (then the whole text is scanned). */
export type FirstWords = readonly FirstWord[] | null;

/**
 * At most this many distinct ways a match can begin, and this many paths followed to find them.
 * The calendar patterns (a day, a date or a time, each with "on", "this", "next"...) reach about
 * a thousand with their second words; with fewer allowed, they would keep only their first.
 */
const MAX_WORDS = 1600;
const MAX_STEPS = 20000;

type Node =
  | { kind: 'char'; ch: string }
  | { kind: 'group'; alternatives: Item[][] }
  | { kind: 'boundary' } // \b
  | { kind: 'lookaround' }
  | { kind: 'digit' } // \d
  | { kind: 'other' }; // a class, ., an escape class, anything else

interface Item {
  node: Node;
  min: number;
  max: number;
}

class GiveUp extends Error {}

function isWordChar(ch: string): boolean {
  return ch.length === 1 && isWordCode(ch.charCodeAt(0));
}

const OTHER: Node = { kind: 'other' };
const BOUNDARY: Node = { kind: 'boundary' };
const LOOKAROUND: Node = { kind: 'lookaround' };
const DIGIT: Node = { kind: 'digit' };

/** A character once, as an item (once, unquantified): most of a source is plain characters. Items are never changed. */
const charItems = new Map<string, Item>();

function charItem(ch: string): Item {
  let item = charItems.get(ch);
  if (!item) charItems.set(ch, (item = { node: { kind: 'char', ch }, min: 1, max: 1 }));
  return item;
}

/**
 * Groups by their source text, parsed once: the rules build many patterns from the same pieces
 * (a day, a time, "I have"). A group's parse depends on its text alone; only groups read to
 * their end are kept.
 */
const groups = new Map<string, Node>();

/** A small parser for the regular-expression sources the rules use. */
function parse(source: string): Item[][] {
  const ends = groupEnds(source);
  let i = 0;
  /** The repetition the last quantifier read allows. */
  let min = 1;
  let max = 1;
  const alternation = (): Item[][] => {
    const alternatives: Item[][] = [sequence()];
    while (i < source.length && source.charCodeAt(i) === 124 /* | */) {
      i++;
      alternatives.push(sequence());
    }
    return alternatives;
  };
  const sequence = (): Item[] => {
    const items: Item[] = [];
    while (i < source.length && source[i] !== '|' && source[i] !== ')') {
      const run = plainRunEnd(source, i);
      if (run > i) {
        for (; i < run; i++) items.push(charItem(source[i]!));
        continue;
      }
      const node = atom();
      quantifier();
      items.push(node.kind === 'char' && min === 1 && max === 1 ? charItem(node.ch) : { node, min, max });
    }
    return items;
  };
  const quantifier = (): void => {
    const c = source[i];
    min = 1;
    max = 1;
    if (c === '?') {
      min = 0;
    } else if (c === '*') {
      min = 0;
      max = Infinity;
    } else if (c === '+') {
      max = Infinity;
    } else if (c === '{') {
      const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(source.slice(i, i + 16));
      if (!m) return;
      min = Number(m[1]);
      max = m[2] ? (m[3] ? Number(m[3]) : Infinity) : min;
      i += m[0].length - 1;
    } else {
      return;
    }
    i++;
    if (source[i] === '?') i++;
  };
  const group = (): Node => {
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
    return lookaround ? LOOKAROUND : { kind: 'group', alternatives };
  };
  const atom = (): Node => {
    const c = source[i]!;
    if (c === '(') {
      const start = i;
      const end = ends[start]!;
      const key = end > start ? source.slice(start, end + 1) : '';
      let node = groups.get(key);
      if (node) {
        i = end + 1;
        return node;
      }
      node = group();
      if (key !== '' && i === end + 1) {
        if (groups.size >= 20000) groups.clear();
        groups.set(key, node);
      }
      return node;
    }
    if (c === '[') {
      i++;
      if (source[i] === '^') i++;
      if (source[i] === ']') i++;
      while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
      i++;
      return OTHER;
    }
    if (c === '\\') {
      const e = source[i + 1] ?? '';
      i += 2;
      if (e === 'b') return BOUNDARY;
      if (e === 'u' || e === 'x') {
        const len = e === 'u' ? 4 : 2;
        const code = parseInt(source.slice(i, i + len), 16);
        i += len;
        return Number.isNaN(code) ? OTHER : charItem(String.fromCharCode(code).toLowerCase()).node;
      }
      if (e === 'd') return DIGIT;
      if ((e >= 'a' && e <= 'z') || (e >= 'A' && e <= 'Z') || (e >= '0' && e <= '9')) {
        if (e === 'p' || e === 'P' || e === 'k') i = source.indexOf('}', i) + 1 || source.length;
        return OTHER;
      }
      return charItem(e).node;
    }
    i++;
    if (c === '.' || c === '^' || c === '$') return OTHER;
    return charItem(c.toLowerCase()).node;
  };
  const result = alternation();
  if (i !== source.length) throw new GiveUp();
  return result;
}

/**
 * What has been read of a match's beginning while expanding the pattern. A derivation has one
 * cursor: each step changes it, expands, and puts it back (rather than copying it).
 */
interface Cursor {
  first: string;
  /** A \b stands before the first word, so a match starts a word. */
  bounded: boolean;
  /** Punctuation the match begins with, just before its first word ("'" of "'ll", "@ " of "@ 10am"), or ''. */
  lead: string;
  /** The first word is complete (a \b followed it); its separator comes next. */
  closed: boolean;
  /** The character after the first word, once read; then the second word so far. */
  sep: string | undefined;
  second: string;
  /** Read the second word too (false: stop at the end of the first). */
  readonly wantSecond: boolean;
  /** Stop reading the first word at this length, as a prefix (patterns with very many first words). */
  readonly limit: number;
}

/** One way a match can begin: its first word, and what is known of the second. */
interface Start {
  lead: string;
  /** The first word begins with a digit (then `first` is empty). */
  digit: boolean;
  first: string;
  exact: boolean;
  sep: string | undefined;
  second: string | undefined;
  secondExact: boolean;
}

/**
 * The ways a match can begin, each kept once: a pattern reaches the same start by many paths
 * (a repeated group, "(?: could| can){0,3}", reads "could" first in every repetition count), and
 * counting the paths rather than the starts gave up on patterns with only a few dozen.
 */
class Starts {
  readonly list: Start[] = [];
  private readonly seen = new Set<string>();
  /** Paths followed, repeated or not: bounds the time spent on a pattern. */
  steps = 0;

  push(s: Start): void {
    const key = `${s.lead}\u0001${s.digit}\u0001${s.first}\u0001${s.exact}\u0001${s.sep ?? '\u0002'}\u0001${s.second ?? '\u0002'}\u0001${s.secondExact}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.list.push(s);
  }

  get length(): number {
    return this.list.length;
  }
}

function finishFirst(first: string, lead: string, exact: boolean, out: Starts): void {
  // Punctuation alone ("[", "{{"): a match begins wherever it occurs.
  if (!first && !lead) throw new GiveUp(); // cannot tell where a match starts
  out.push({ lead, digit: false, first, exact: exact && first !== '', sep: undefined, second: undefined, secondExact: false });
}

function finishSecond(c: Cursor, exact: boolean, out: Starts): void {
  // An empty second word (two separators, a class...) says nothing about what follows.
  const { lead, first, second } = c;
  out.push(
    second
      ? { lead, digit: false, first, exact: true, sep: c.sep, second, secondExact: exact }
      : { lead, digit: false, first, exact: true, sep: undefined, second: undefined, secondExact: false },
  );
}

/** What remains of the pattern: items[at..], then what follows the enclosing groups. */
interface Rest {
  items: readonly Item[];
  at: number;
  next: Rest | null;
}

const after = (rest: Rest): Rest => ({ items: rest.items, at: rest.at + 1, next: rest.next });

/** Expands the beginning of a pattern into the ways a match can begin. */
function expand(rest: Rest | null, c: Cursor, out: Starts): void {
  if (out.length > MAX_WORDS || ++out.steps > MAX_STEPS) throw new GiveUp();
  while (rest !== null && rest.at === rest.items.length) rest = rest.next;
  const inSecond = c.sep !== undefined;
  if (rest === null) {
    // The pattern ends here: a match may end inside a longer word of the text.
    if (inSecond) finishSecond(c, false, out);
    else finishFirst(c.first, c.lead, c.closed, out);
    return;
  }
  const { node, min, max } = rest.items[rest.at]!;
  if (node.kind === 'lookaround') {
    expand(after(rest), c, out);
    return;
  }
  if (node.kind === 'boundary') {
    if (inSecond) {
      if (c.second) finishSecond(c, true, out);
      else expand(after(rest), c, out);
    } else if (c.first) {
      if (c.wantSecond) {
        const was = c.closed;
        c.closed = true;
        expand(after(rest), c, out);
        c.closed = was;
      } else {
        finishFirst(c.first, c.lead, true, out);
      }
    } else {
      const was = c.bounded;
      c.bounded = true;
      expand(after(rest), c, out);
      c.bounded = was;
    }
    return;
  }
  if (node.kind === 'digit' && !inSecond && !c.first && min >= 1) {
    // A number at a word start ("24 hours", "3pm"): the match begins at a word starting with a digit.
    if (!c.bounded) throw new GiveUp();
    out.push({ lead: c.lead, digit: true, first: '', exact: false, sep: undefined, second: undefined, secondExact: false });
    return;
  }
  if (node.kind === 'digit' && inSecond && !c.second && min >= 1) {
    // A number as the second word: it begins with a digit, whatever follows.
    c.second = NUMBER;
    finishSecond(c, false, out);
    c.second = '';
    return;
  }
  if (node.kind === 'other' || node.kind === 'digit' || max === Infinity || max > 3) {
    // A class or a long repetition: stop at what is known so far.
    if (inSecond) finishSecond(c, false, out);
    else finishFirst(c.first, c.lead, c.closed, out);
    return;
  }
  if (node.kind === 'char' && min === 1 && max === 1 && isWordChar(node.ch) && !c.closed && (c.first || c.bounded || inSecond)) {
    // A run of letters read at once (most of a pattern's words), as `single` would one by one.
    let run = node.ch;
    let at = rest.at + 1;
    for (; at < rest.items.length; at++) {
      const item = rest.items[at]!;
      if (item.node.kind !== 'char' || item.min !== 1 || item.max !== 1 || !isWordChar(item.node.ch)) break;
      run += item.node.ch;
    }
    const next: Rest = { items: rest.items, at, next: rest.next };
    if (inSecond) {
      const was = c.second;
      c.second += run;
      expand(next, c, out);
      c.second = was;
    } else if (c.first.length + run.length <= c.limit) {
      const was = c.first;
      c.first += run;
      expand(next, c, out);
      c.first = was;
    } else {
      finishFirst(c.first + run.slice(0, Math.max(0, c.limit - c.first.length)), c.lead, false, out);
    }
    return;
  }
  // Repeat the node between min and max times (small counts), then go on.
  for (let count = min; count <= max; count++) {
    if (count === 0) expand(after(rest), c, out);
    else if (count === 1) single(node, after(rest), c, out);
    else expand({ items: Array.from({ length: count }, () => ({ node, min: 1, max: 1 })), at: 0, next: after(rest) }, c, out);
  }
}

function single(node: Node, rest: Rest, c: Cursor, out: Starts): void {
  if (node.kind === 'group') {
    for (const alternative of node.alternatives) expand({ items: alternative, at: 0, next: rest }, c, out);
    return;
  }
  if (node.kind !== 'char') {
    expand({ items: [{ node, min: 1, max: 1 }], at: 0, next: rest }, c, out);
    return;
  }
  const wordChar = isWordChar(node.ch);
  if (c.sep !== undefined) {
    if (wordChar) {
      const was = c.second;
      c.second += node.ch;
      expand(rest, c, out);
      c.second = was;
    } else {
      finishSecond(c, true, out);
    }
    return;
  }
  if (wordChar) {
    if (c.closed) return; // a word character right after \b and a word: this branch never matches
    // Without a \b before it, a match could begin inside a longer word ("bump" in "rebump").
    if (!c.first && !c.bounded) throw new GiveUp();
    if (c.first.length >= c.limit) {
      finishFirst(c.first, c.lead, false, out);
    } else {
      const was = c.first;
      c.first += node.ch;
      expand(rest, c, out);
      c.first = was;
    }
  } else if (!c.first) {
    // A match may begin with a character or two of punctuation if a word follows at once.
    if (c.lead.length >= 2) throw new GiveUp();
    const { lead, bounded } = c;
    c.lead += node.ch;
    c.bounded = true;
    expand(rest, c, out);
    c.lead = lead;
    c.bounded = bounded;
  } else if (c.wantSecond) {
    const was = c.sep;
    c.sep = node.ch;
    expand(rest, c, out);
    c.sep = was;
  } else {
    finishFirst(c.first, c.lead, true, out);
  }
}

/** Groups the ways a match can begin by first word; a first word that may be followed by anything gets no `then`. */
function combine(starts: Start[]): FirstWord[] {
  interface Entry {
    lead: string;
    digit: boolean;
    word: string;
    exact: boolean;
    /** Separators and whole second words by key, prefixes, and the whole second words' hashes; null: anything may follow. */
    then: { keys: Map<number, { sep: number; word: string }>; open: { sep: number; prefix: string }[]; seconds: Set<number> } | null;
  }
  const byFirst = new Map<string, Entry>();
  for (const s of starts) {
    const key = `${s.lead}${s.digit ? '#' : ''}${s.exact ? '=' : '~'}${s.first}`;
    let entry = byFirst.get(key);
    if (!entry) {
      const then = s.exact ? { keys: new Map<number, { sep: number; word: string }>(), open: [], seconds: new Set<number>() } : null;
      byFirst.set(key, (entry = { lead: s.lead, digit: s.digit, word: s.first, exact: s.exact, then }));
    }
    if (!entry.then) continue;
    if (s.second === undefined) {
      entry.then = null;
      continue;
    }
    const sep = s.sep!.charCodeAt(0);
    const then = entry.then;
    if (s.secondExact) {
      then.keys.set(pairKey(sep, wordHash(s.second)), { sep, word: s.second });
      then.seconds.add(wordHash(s.second));
    } else if (!then.open.some((o) => o.sep === sep && o.prefix === s.second)) {
      then.open.push({ sep, prefix: s.second });
    }
  }
  const out: FirstWord[] = [];
  for (const { lead, digit, word, exact, then } of byFirst.values()) {
    out.push({
      word,
      exact,
      hash: wordHash(word),
      then: then && secondWords(then.keys, then.open),
      seconds: then && then.open.length === 0 ? Int32Array.from(then.seconds) : null,
      lead,
      digit,
    });
  }
  // An open prefix covers an exact word of the same spelling.
  return out.filter((w) => !w.exact || !out.some((o) => !o.exact && !o.digit && o.word === w.word && o.lead === w.lead));
}

function derive(alternatives: Item[][], wantSecond: boolean, limit: number): FirstWord[] {
  const out = new Starts();
  const cursor: Cursor = { first: '', bounded: false, lead: '', closed: false, sep: undefined, second: '', wantSecond, limit };
  for (const alternative of alternatives) expand({ items: alternative, at: 0, next: null }, cursor, out);
  return combine(out.list);
}

export function firstWordsOf(source: string): FirstWords {
  try {
    const alternatives = parse(source);
    // Whole first and second words; whole first words; failing those, their first three letters.
    for (const [wantSecond, limit] of [[true, Infinity], [false, Infinity], [false, 3]] as const) {
      try {
        return derive(alternatives, wantSecond, limit);
      } catch (error) {
        if (!(error instanceof GiveUp)) throw error;
      }
    }
  } catch (error) {
    if (!(error instanceof GiveUp)) throw error;
  }
  return null;
}

/** Chains are read newest first: puts out[from..to) back in text order. */
function reverse(out: number[], from: number, to: number): void {
  for (let i = from, j = to - 1; i < j; i++, j--) {
    const t = out[i]!;
    out[i] = out[j]!;
    out[j] = t;
  }
}

/** A table not built yet. */
const NONE: Int32Array = new Int32Array(0);

/** Sorts out[0..n) ascending in place: an insertion sort, quicker than Array#sort for the few candidates a text has. */
function sortSmall(out: number[], n: number): void {
  if (n > 64) {
    const sorted = out.slice(0, n).sort((a, b) => a - b);
    for (let i = 0; i < n; i++) out[i] = sorted[i]!;
    return;
  }
  for (let i = 1; i < n; i++) {
    const v = out[i]!;
    let j = i - 1;
    while (j >= 0 && out[j]! > v) {
      out[j + 1] = out[j]!;
      j--;
    }
    out[j + 1] = v;
  }
}

function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95;
}

/**
 * The words of a lower-cased text, as `\b` sees them, by hash, with their start offsets: an
 * open-addressing table in typed arrays, so indexing an email allocates almost nothing. Its
 * words are found in the same pass over the text as its n-grams (TrigramIndex).
 */
export class WordIndex {
  /**
   * Slot -> word hash; slot -> first occurrence (+1, 0 = empty slot); occurrence -> the next
   * occurrence of the same word (+1). Built when a whole first word is first looked up.
   */
  private keys = NONE;
  private heads = NONE;
  private next = NONE;
  /** The same occurrences chained by their first two letters, for words given only by a prefix: built when first needed. */
  private prefixHeads = NONE;
  private prefixNext = NONE;
  private readonly count: number;
  private readonly mask: number;
  private digits: number[] | undefined;

  /**
   * `starts` and `hashes`: each occurrence's start offset and word hash, in text order, as
   * TrigramIndex finds them (wordStarts, wordHashes). Its tables are carved from `arena` when
   * first needed: a text is most often asked about only some kinds of first word (once the
   * patterns are registered with candidates.ts, only words given by a prefix).
   */
  constructor(
    private readonly lower: string,
    private readonly starts: Int32Array,
    private readonly hashes: Int32Array,
    private readonly arena: Arena,
  ) {
    const count = (this.count = starts.length);
    // A table twice the number of words stays at most half full.
    let size = 16;
    while (size < count) size <<= 1;
    size <<= 1;
    this.mask = size - 1;
  }

  /** Each word's occurrences as a list, newest first (read back in reverse). */
  private exact(): void {
    if (this.heads !== NONE) return;
    // From the arena (arena.ts): allocating typed arrays costs more than filling them.
    this.keys = this.arena.carve(this.mask + 1);
    this.heads = this.arena.carve(this.mask + 1).fill(0);
    this.next = this.arena.carve(this.count);
    for (let n = 0; n < this.count; n++) {
      const h = this.hashes[n]!;
      const slot = this.slot(h);
      this.keys[slot] = h;
      this.next[n] = this.heads[slot]!;
      this.heads[slot] = n + 1;
    }
  }

  /** The occurrences by their first two letters, newest first. */
  private prefixes(): void {
    if (this.prefixHeads !== NONE) return;
    this.prefixHeads = this.arena.carve(this.mask + 1).fill(0);
    this.prefixNext = this.arena.carve(this.count);
    for (let n = 0; n < this.count; n++) {
      const start = this.starts[n]!;
      const second = this.lower.charCodeAt(start + 1);
      const p = this.prefixSlot(this.lower.charCodeAt(start), isWordCode(second) ? second : 0);
      this.prefixNext[n] = this.prefixHeads[p]!;
      this.prefixHeads[p] = n + 1;
    }
  }

  /** Occurrence n of a first word `length` long is followed by a separator and second word the pattern allows. */
  private followedBy(n: number, length: number, then: SecondWords): boolean {
    const end = this.starts[n]! + length;
    // The next word must begin one separator after this one.
    if (n + 1 >= this.count || this.starts[n + 1] !== end + 1) return false;
    const sep = this.lower.charCodeAt(end);
    const { table, mask } = then;
    const key = pairKey(sep, this.hashes[n + 1]!);
    for (let slot = pairSlot(key, mask); table[slot] !== 0; slot = (slot + 1) & mask) if (table[slot] === key) return true;
    for (const o of then.open) if (o.sep === sep && beginsWith(this.lower, end + 1, o.prefix)) return true;
    return false;
  }

  /** Keeps the word starts in out[from..to) preceded by the lead, moved back onto it; returns the new end. */
  private keepLed(out: number[], from: number, to: number, lead: string): number {
    let kept = from;
    for (let i = from; i < to; i++) {
      const at = out[i]! - lead.length;
      if (at >= 0 && this.lower.startsWith(lead, at)) out[kept++] = at;
    }
    return kept;
  }

  /** Where the words that begin with a digit start, in text order: read once, when a pattern first asks. */
  private digitWords(): readonly number[] {
    if (!this.digits) {
      this.digits = [];
      for (let k = 0; k < this.count; k++) {
        const c = this.lower.charCodeAt(this.starts[k]!);
        if (c >= 48 && c <= 57) this.digits.push(this.starts[k]!);
      }
    }
    return this.digits;
  }

  /** Some word of the text has one of these hashes. */
  private hasAny(hashes: Int32Array): boolean {
    for (let i = 0; i < hashes.length; i++) if (this.heads[this.slot(hashes[i]!)] !== 0) return true;
    return false;
  }

  private prefixSlot(a: number, b: number): number {
    return (a * 37 + b) & this.mask;
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
   * They are written to out[from..n), and n is returned: the caller reuses one array, which is never
   * shortened (V8 gives up an array's storage when its length is cut, and it would grow again).
   * Positions already in out[0..from) (in order) are merged with them.
   */
  positions(words: readonly FirstWord[], grams: { mayHave(fragment: string): boolean }, out: number[], from = 0): number {
    const lower = this.lower;
    let n = from;
    let sources = from > 0 ? 1 : 0;
    for (let w = 0; w < words.length; w++) {
      const fw = words[w]!;
      const before = n;
      if (fw.exact) {
        const then = fw.then;
        this.exact();
        const head = this.heads[this.slot(fw.hash)]!;
        if (head === 0 || (fw.seconds !== null && this.next[head - 1] !== 0 && !this.hasAny(fw.seconds))) continue;
        for (let k = head; k !== 0; k = this.next[k - 1]!) {
          if (then === null || this.followedBy(k - 1, fw.word.length, then)) out[n++] = this.starts[k - 1]!;
        }
        reverse(out, before, n);
      } else if (fw.word === '' && !fw.digit) {
        for (let at = lower.indexOf(fw.lead); at !== -1; at = lower.indexOf(fw.lead, at + 1)) out[n++] = at;
        if (n > before) sources++;
        continue;
      } else if (fw.digit) {
        const digits = this.digitWords();
        for (let k = 0; k < digits.length; k++) out[n++] = digits[k]!;
      } else {
        // An open prefix: wherever a word of the text begins with it.
        const word = fw.word;
        if (word.length >= 3 && !grams.mayHave(word)) continue;
        const a = word.charCodeAt(0);
        const b = word.charCodeAt(1);
        if (isWordCode(a) && isWordCode(b)) {
          this.prefixes();
          for (let k = this.prefixHeads[this.prefixSlot(a, b)]!; k !== 0; k = this.prefixNext[k - 1]!) {
            if (lower.startsWith(word, this.starts[k - 1]!)) out[n++] = this.starts[k - 1]!;
          }
          reverse(out, before, n);
        } else {
          for (let at = lower.indexOf(word); at !== -1; at = lower.indexOf(word, at + 1)) {
            if (at === 0 || !isWordCode(lower.charCodeAt(at - 1))) out[n++] = at;
          }
        }
      }
      if (fw.lead !== '') n = this.keepLed(out, before, n, fw.lead);
      if (n > before) sources++;
    }
    // Each word's positions come in order; only several words need merging.
    if (sources > 1) sortSmall(out, n);
    return n;
  }
}
