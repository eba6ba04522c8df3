/**
 * Where each pattern can begin in a text, worked out for every pattern at once.
 *
 * starts.ts gives each pattern its possible first words, most often with the second words that
 * may follow ("i have", "i've", "we have"...). Asked pattern by pattern, that means looking up
 * each of a pattern's first words in the text (a few hundred look-ups a draft) even though most
 * patterns have no candidate at all. Here the patterns' first words and word pairs are gathered
 * into one table (the registry), and a text's words are read once against it: each word, and
 * each word with the one after it, is looked up, and every pattern it can begin gets the
 * position. A pattern with no candidate then costs one array read.
 *
 * Whole first words go in the registry, with or without punctuation before them ("'ll"). What
 * is left of a pattern's first words (prefixes, numbers, "{{") is still looked up on its own
 * (WordIndex.positions), and merged with what the registry found.
 *
 * Keys are hashes: two keys that collide only give a pattern a candidate it does not match,
 * which the match at that position rejects; so do the few checks left undone (after
 * punctuation, the second word is known only by its first three letters). A pattern registered
 * after a text was read is looked up on its own in that text.
 */
import { beginsWith, pairKey, wordHash, type FirstWord } from './starts';
import { doubled, type Arena } from './arena';

/** A text's words as TrigramIndex (anchors.ts) reads them. */
interface TextWords {
  readonly wordStarts: Int32Array;
  readonly wordHashes: Int32Array;
  readonly wordThrees: Int32Array;
  readonly wordSeps: Int32Array;
}

/** The registry key of a first word alone (`second` 0), or with the word after it (`second`: its `secondPart`). */
function keyOf(first: number, second: number): number {
  const k = Math.imul(first ^ Math.imul(second, 0x85ebca6b), 0xc2b2ae35);
  return (k ^ (k >>> 15)) | 1; // never 0, the empty slot
}

/** A quick "no" before the table is probed: one bit per key, folded into 64 K bits (8 KB). */
const FILTER_BITS = 1 << 16;
const filterBit = (key: number): number => (key >>> 7) & (FILTER_BITS - 1);
/** The same for first words: a word of the text that begins no pattern is passed over at once. */
const wordBit = (hash: number): number => (hash ^ (hash >>> 16)) & (FILTER_BITS - 1);

/** More patterns than every rule's data holds: custom phrases come and go, so the registry starts again. */
const MAX_PATTERNS = 20000;

/**
 * The second word is looked up by its first three letters (when it has three), so each word of
 * a text is looked up twice at most: alone, and with the beginning of the next. Whatever that
 * leaves open is checked by the entry:
 */
const PREFIX = 3;
/** Nothing to check: anything may follow the first word, or the key says all there is. */
const ANY = -1;
/** The next word must be the entry's whole word (its hash is the entry's `value`). */
const WHOLE = -2;
/** (Zero and up: the `Check` of that index must hold.) */

/**
 * What an entry checks in the text when its key is found: punctuation just before the word,
 * where the match begins ("'" of "'ll"; '' for none), and a beginning of the next word after a
 * separator (`sep` -1: none).
 */
interface Check {
  lead: string;
  sep: number;
  prefix: string;
}

/** The key part of a second word by its separator and its hash (of the whole word when shorter than PREFIX letters, of those letters otherwise). */
const secondPart = (sep: number, hash: number, short: boolean): number => pairKey(short ? sep : sep | 0x10000, hash);

class Registry {
  /** Changes when the registry starts again: an id from another generation is void. */
  generation = 0;
  /** Patterns registered: their ids are 0 to count - 1. */
  count = 0;
  /** Slots of two: a key (0: empty) and its first entry (+1). */
  table = new Int32Array(1 << 13);
  private keys = 0;
  /** Entries of four: the pattern, what to check (ANY, WHOLE or a Check's index), the key's next entry (+1), a value. */
  entries = new Int32Array(4 << 12);
  private entryCount = 0;
  readonly checks: Check[] = [];
  readonly filter = new Int32Array(FILTER_BITS >>> 5);
  readonly words = new Int32Array(FILTER_BITS >>> 5);

  /**
   * Registers a pattern's first words; returns its id and the first words left to look up on
   * their own (null: none).
   */
  register(words: readonly FirstWord[]): { id: number; rest: FirstWord[] | null } {
    if (this.count >= MAX_PATTERNS) this.clear();
    const id = this.count++;
    let rest: FirstWord[] | null = null;
    for (const w of words) {
      if (!w.exact || w.digit) {
        (rest ??= []).push(w);
        continue;
      }
      const bit = wordBit(w.hash);
      this.words[bit >>> 5]! |= 1 << (bit & 31);
      // After punctuation, the punctuation is checked (and a whole second word is not: a few
      // more candidates, each rejected by its match).
      const { lead, then } = w;
      const leadOnly = lead === '' ? ANY : this.check(lead, -1, '');
      if (then === null) {
        this.add(keyOf(w.hash, 0), id, leadOnly, 0);
        continue;
      }
      for (const { sep, word } of then.whole) {
        const short = word.length < PREFIX;
        const key = keyOf(w.hash, secondPart(sep, wordHash(short ? word : word.slice(0, PREFIX)), short));
        this.add(key, id, short || lead !== '' ? leadOnly : WHOLE, wordHash(word));
      }
      for (const o of then.open) {
        // A shorter beginning is checked wherever the first word occurs.
        if (o.prefix.length < PREFIX) this.add(keyOf(w.hash, 0), id, this.check(lead, o.sep, o.prefix), 0);
        else this.add(keyOf(w.hash, secondPart(o.sep, wordHash(o.prefix.slice(0, PREFIX)), false)), id, o.prefix.length > PREFIX ? this.check(lead, o.sep, o.prefix) : leadOnly, 0);
      }
    }
    return { id, rest };
  }

  private check(lead: string, sep: number, prefix: string): number {
    return this.checks.push({ lead, sep, prefix }) - 1;
  }

  /** The first entry under `key` (+1), or 0. */
  entriesOf(key: number): number {
    const table = this.table;
    const mask = table.length - 2;
    for (let s = key & mask; table[s] !== 0; s = (s + 2) & mask) if (table[s] === key) return table[s + 1]!;
    return 0;
  }

  private add(key: number, pattern: number, check: number, value: number): void {
    if ((this.keys + 1) * 4 > this.table.length) this.grow();
    const table = this.table;
    const mask = table.length - 2;
    let s = key & mask;
    while (table[s] !== 0 && table[s] !== key) s = (s + 2) & mask;
    if (table[s] === 0) {
      table[s] = key;
      this.keys++;
    }
    if ((this.entryCount + 1) * 4 > this.entries.length) this.entries = doubled(this.entries);
    const e = this.entryCount++;
    this.entries[e * 4] = pattern;
    this.entries[e * 4 + 1] = check;
    this.entries[e * 4 + 2] = table[s + 1]!;
    this.entries[e * 4 + 3] = value;
    table[s + 1] = e + 1;
    const bit = filterBit(key);
    this.filter[bit >>> 5]! |= 1 << (bit & 31);
  }

  /** Twice the slots, every key moved to its new place. */
  private grow(): void {
    const old = this.table;
    const table = (this.table = new Int32Array(old.length * 2));
    const mask = table.length - 2;
    for (let i = 0; i < old.length; i += 2) {
      if (old[i] === 0) continue;
      let s = old[i]! & mask;
      while (table[s] !== 0) s = (s + 2) & mask;
      table[s] = old[i]!;
      table[s + 1] = old[i + 1]!;
    }
  }

  private clear(): void {
    this.generation++;
    this.count = 0;
    this.table = new Int32Array(1 << 13);
    this.keys = 0;
    this.entryCount = 0;
    this.checks.length = 0;
    this.filter.fill(0);
    this.words.fill(0);
  }
}

export const registry = new Registry();

/** Reused while a text is read; its candidates are then copied to the arena at their final size. */
let scratchAt = new Int32Array(1024);
let scratchNext = new Int32Array(1024);

/**
 * Adds word n's position to the list of each pattern registered under `key` whose check holds
 * (`sep`: the character between it and the next word, -1 when they are further apart), once;
 * returns the new count of candidates.
 */
function gather(key: number, n: number, sep: number, lower: string, starts: Int32Array, hashes: Int32Array, heads: Int32Array, found: number): number {
  const bit = filterBit(key);
  if ((registry.filter[bit >>> 5]! & (1 << (bit & 31))) === 0) return found;
  const entries = registry.entries;
  const start = starts[n]!;
  for (let e = registry.entriesOf(key); e !== 0; e = entries[(e - 1) * 4 + 2]!) {
    const pattern = entries[(e - 1) * 4]!;
    const check = entries[(e - 1) * 4 + 1]!;
    let at = start;
    if (check === WHOLE) {
      if (hashes[n + 1] !== entries[(e - 1) * 4 + 3]) continue;
    } else if (check !== ANY) {
      const c = registry.checks[check]!;
      if (c.sep !== -1 && (sep !== c.sep || !beginsWith(lower, starts[n + 1]!, c.prefix))) continue;
      at = start - c.lead.length;
      if (c.lead !== '' && (at < 0 || !lower.startsWith(c.lead, at))) continue;
    }
    // Words are read last to first, so a pattern's list is built front first: a new position
    // goes first, once. (A word can give a position with the punctuation before it and one
    // without: the later of the two is put in its place.)
    const head = heads[pattern]!;
    if (head !== 0 && scratchAt[head - 1]! <= at) {
      if (scratchAt[head - 1] !== at) found = insert(head, at, found);
      continue;
    }
    if (found === scratchAt.length) grow();
    scratchAt[found] = at;
    scratchNext[found] = head;
    heads[pattern] = ++found;
  }
  return found;
}

/** Puts `at` in its place, once, in the list that begins at `head` (whose first position is smaller). */
function insert(head: number, at: number, found: number): number {
  let k = head;
  while (scratchNext[k - 1] !== 0 && scratchAt[scratchNext[k - 1]! - 1]! <= at) k = scratchNext[k - 1]!;
  if (scratchAt[k - 1] === at) return found;
  if (found === scratchAt.length) grow();
  scratchAt[found] = at;
  scratchNext[found] = scratchNext[k - 1]!;
  scratchNext[k - 1] = ++found;
  return found;
}

/** Every registered pattern's candidate positions in one text: one list per pattern, in text order. */
export class Candidates {
  /** Patterns registered when the text was read: ids from `count` on were not looked for. */
  readonly count: number;
  /** The registry's generation then. */
  readonly generation: number;
  /** Pattern -> its first candidate (+1; 0: none). */
  private readonly heads: Int32Array;
  /** Candidate -> its position and the pattern's next candidate (+1). */
  private readonly at: Int32Array;
  private readonly next: Int32Array;

  /** `words`: the text's words in text order, as TrigramIndex reads them. */
  constructor(lower: string, words: TextWords, arena: Arena) {
    const { wordStarts: starts, wordHashes: hashes, wordThrees: threes, wordSeps: seps } = words;
    const r = registry;
    const count = (this.count = r.count);
    this.generation = r.generation;
    const heads = (this.heads = arena.carve(count).fill(0));
    const firstWords = r.words;
    let found = 0;
    // Read from the last word back, so each pattern's list, built newest first, ends up in text order.
    for (let n = starts.length - 1; n >= 0; n--) {
      const hash = hashes[n]!;
      const bit = wordBit(hash);
      if ((firstWords[bit >>> 5]! & (1 << (bit & 31))) === 0) continue;
      const sep = seps[n]!;
      found = gather(keyOf(hash, 0), n, sep, lower, starts, hashes, heads, found);
      if (sep === -1) continue;
      // With the next word: whole when it is shorter than three letters, else its first three.
      const three = threes[n + 1]!;
      const short = three === 0;
      found = gather(keyOf(hash, secondPart(sep, short ? hashes[n + 1]! : three, short)), n, sep, lower, starts, hashes, heads, found);
    }
    (this.at = arena.carve(found)).set(scratchAt.subarray(0, found));
    (this.next = arena.carve(found)).set(scratchNext.subarray(0, found));
  }

  /** The pattern has a candidate here (id < count). */
  has(id: number): boolean {
    return this.heads[id] !== 0;
  }

  /** Writes the pattern's candidates, in text order, to out[from..); returns the new end. */
  write(id: number, out: number[], from: number): number {
    let n = from;
    for (let k = this.heads[id]!; k !== 0; k = this.next[k - 1]!) out[n++] = this.at[k - 1]!;
    return n;
  }
}

function grow(): void {
  scratchAt = doubled(scratchAt);
  scratchNext = doubled(scratchNext);
}
