/**
 * Finding phrases in a draft, fast, with the same results as a plain case-insensitive scan
 * (tests/engine/match.test.ts checks that for every phrase in the data).
 *
 * For each pattern, and per draft at most once:
 * 1. candidates.ts: once a pattern has been scanned, its first words (and what may follow them)
 *    are known for every text at once; a pattern with no candidate position is done;
 * 2. anchors.ts: if a literal fragment every match needs is absent, there is nothing to scan;
 * 3. starts.ts: otherwise the pattern is tried only where one of its possible first words
 *    begins (a sticky match), or scanned whole when its first words cannot be known;
 * 4. caseless patterns run without the i flag over a lower-cased copy of the same length, with
 *    plain-word alternations factored into prefix trees (factor.ts).
 */
import type { PreparedText, Sentence } from './text';
import { anchorsOf, poolAnchors, TrigramIndex } from './anchors';
import { factorSource } from './factor';
import { firstWordsOf, WordIndex, type FirstWord } from './starts';
import { Candidates, registry } from './candidates';
import { keepShape } from './keep';
import { draftArena, generation, lastingArena, type Arena } from './arena';

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
/** True when the source has an upper-case letter outside escapes such as \B or \p{Lu}: it needs the i flag. */
function needsCaseFlag(source: string): boolean {
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      if (source[i + 1] === 'p' || source[i + 1] === 'P' || source[i + 1] === 'k') i = source.indexOf('}', i) === -1 ? i + 1 : source.indexOf('}', i);
      else if (source[i + 1] === 'u' || source[i + 1] === 'x') i += source[i + 1] === 'u' ? 5 : 3;
      else i++;
    } else if (c >= 'A' && c <= 'Z') {
      return true;
    }
  }
  return false;
}

let textCount = 0;

/** How a pattern is searched: tried at each word it can begin with, or scanned whole when those cannot be known. */
type Scanning = { sticky: RegExp; firstWords: readonly FirstWord[] } | { whole: RegExp; firstWords: null };

/**
 * One pattern, ready to search with. Only the anchors are worked out at once, because every
 * search asks for them; the scanning expressions and first words are built the first time a
 * text gets past the anchors, which for many patterns is rarely.
 */
class Compiled {
  /** Where the literal fragments every match needs (anchors.ts) are kept, hashed for the n-gram test. */
  readonly anchors: number;
  /**
   * The source has no upper-case letter, so it runs without the i flag over lower-cased text:
   * V8 scans case-insensitive alternations at about half the speed.
   */
  readonly caseless: boolean;
  /**
   * Where it matched in the last two texts searched (by TextState serial): rules ask about the
   * same text in turn, and a text asked about again after two others is simply searched again.
   */
  private lastText = -1;
  private lastSpans: readonly number[] = [];
  private priorText = -1;
  private priorSpans: readonly number[] = [];
  /** The expression has run (see `beforeFirstRun`). */
  ran = false;
  private scan?: Scanning;
  /**
   * A pattern tried at its first words is registered with candidates.ts once it is first
   * scanned: its id there, in the registry's generation `registeredIn` (-1: not registered),
   * and its first words the registry does not hold (null: none), looked up on their own.
   */
  id = -1;
  registeredIn = -1;
  rest: readonly FirstWord[] | null = null;

  constructor(private readonly source: string) {
    this.anchors = poolAnchors(anchorsOf(source));
    this.caseless = !needsCaseFlag(source);
  }

  spansIn(serial: number): readonly number[] | undefined {
    return this.lastText === serial ? this.lastSpans : this.priorText === serial ? this.priorSpans : undefined;
  }

  remember(serial: number, spans: readonly number[]): readonly number[] {
    this.priorText = this.lastText;
    this.priorSpans = this.lastSpans;
    this.lastText = serial;
    this.lastSpans = spans;
    return spans;
  }

  /** Built on first use. */
  get scanning(): Scanning {
    if (!this.scan) {
      const body = this.caseless ? factorSource(this.source) : this.source;
      const firstWords = firstWordsOf(this.source);
      const flags = this.caseless ? '' : 'i';
      this.scan = firstWords
        ? { sticky: new RegExp(body, `y${flags}`), firstWords }
        : { whole: new RegExp(body, `g${flags}`), firstWords };
    }
    // Registered when first scanned, and again if the registry started again.
    if (this.scan.firstWords && this.registeredIn !== registry.generation) {
      const { id, rest } = registry.register(this.scan.firstWords);
      this.id = id;
      this.rest = rest;
      this.registeredIn = registry.generation;
    }
    return this.scan;
  }
}

/** Lower-cases one-for-one, so offsets into the result are offsets into the original. */
export function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  // A few characters lower-case to two (İ -> i̇): keep the first unit of each.
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : l.slice(0, ch.length).padEnd(ch.length, l[0]);
  }
  return out;
}
/**
 * Each pattern is compiled once, by its source text (callers may build a fresh list per call,
 * `[PERMISSION_CUE]`) and by its data entry. Policies add custom phrases, so the cache is
 * emptied if it ever grows past what the rules' data can account for.
 */
const bySource = new Map<string, Compiled>();
const byEntry = new WeakMap<object, Compiled>();

function compiledOf(pattern: Pattern): Compiled {
  if (typeof pattern !== 'string') {
    let c = byEntry.get(pattern);
    if (!c) byEntry.set(pattern, (c = compiledOf(pattern.pattern)));
    return c;
  }
  let c = bySource.get(pattern);
  if (!c) {
    if (bySource.size > 5000) bySource.clear();
    bySource.set(pattern, (c = new Compiled(`(?:${pattern})`)));
  }
  return c;
}

const joined = new WeakMap<object, RegExp>();

/** One case-insensitive global expression for a list of alternatives, for callers who run it themselves. */
export function compile(patterns: Patterns): RegExp {
  const key = typeof patterns === 'string' ? compiledOf(patterns) : patterns;
  let re = joined.get(key);
  if (!re) {
    const source = listOf(patterns)
      .map((p) => `(?:${typeof p === 'string' ? p : p.pattern})`)
      .join('|');
    joined.set(key, (re = new RegExp(source, 'gi')));
  }
  return re;
}

/** Work done once per text searched, whichever rule asks first; looked up once per search. */
class TextState {
  private lowerText?: string;
  private grams?: TrigramIndex;
  private words?: WordIndex;
  private found?: Candidates;
  /** Tells this text apart from every other searched, for the patterns' memory of their spans. */
  readonly serial = textCount++;
  /** Made in this generation: in the draft arena, its indexes are valid only until the next draft (arena.ts). */
  private readonly generation = generation();

  constructor(
    readonly flat: string,
    /** Where its indexes are carved. */
    private readonly arena: Arena,
  ) {}

  /** Its indexes are valid: kept in the lasting arena, or made for the draft being checked. */
  get current(): boolean {
    return this.arena === lastingArena || this.generation === generation();
  }

  get lower(): string {
    return (this.lowerText ??= lowerSameLength(this.flat));
  }

  get ngrams(): TrigramIndex {
    return (this.grams ??= new TrigramIndex(this.lower, this.arena));
  }

  get wordIndex(): WordIndex {
    const grams = this.ngrams;
    return (this.words ??= new WordIndex(this.lower, grams.wordStarts, grams.wordHashes, this.arena));
  }

  /** Read once, and again if the registry started again since. */
  get candidates(): Candidates {
    let found = this.found;
    if (!found || found.generation !== registry.generation) found = this.found = new Candidates(this.lower, this.ngrams, this.arena);
    return found;
  }
}

// Kept with its indexes built, so their shapes are kept too (keep.ts).
const sample = keepShape(new TextState(' ', lastingArena));
void sample.wordIndex, sample.candidates;

/**
 * Plain strings (a sentence, the thread's text) are asked about by several rules in a row, so
 * the last few are kept by content; the cache is emptied before it grows. A long one (a long
 * thread, whose words stay the same from one draft to the next while a reply is written) keeps
 * its indexes in the lasting arena, to be read again with the next draft; a short one is
 * indexed again from draft to draft, in the draft arena: cheaper than a lasting block, which
 * costs a fresh buffer every few texts.
 */
const stringStates = new Map<string, TextState>();
const LASTING = 2000;

function stateOf(text: PreparedText | string): TextState {
  if (typeof text === 'string') {
    let state = stringStates.get(text);
    if (!state || !state.current) {
      if (stringStates.size >= 64) stringStates.clear();
      stringStates.set(text, (state = new TextState(text, text.length >= LASTING ? lastingArena : draftArena)));
    }
    return state;
  }
  const state = text.searchState as TextState | undefined;
  if (state && state.current) return state;
  return (text.searchState = new TextState(text.flat, draftArena));
}

/** The text a compiled pattern runs over: lower-cased for caseless ones. */
function subject(part: Compiled, state: TextState): string {
  return part.caseless ? state.lower : state.flat;
}

/** Index of the sentence containing `offset` (binary search; sentences are sorted and disjoint), or -1. */
function sentenceIndex(prepared: PreparedText, offset: number): number {
  const list = prepared.sentences;
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = list[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The sentence containing `offset`. */
export function sentenceAt(prepared: PreparedText, offset: number): Sentence | undefined {
  return prepared.sentences[sentenceIndex(prepared, offset)];
}

/** The text of the sentence just before (-1) or after (+1) the given one, or ''. */
export function sentenceNear(prepared: PreparedText, sentence: Sentence, step: -1 | 1): string {
  const i = sentenceIndex(prepared, sentence.start);
  return i === -1 ? '' : prepared.sentences[i + step]?.text ?? '';
}

function listOf(patterns: Patterns): PatternList {
  return typeof patterns === 'string' || !Array.isArray(patterns) ? [patterns as Pattern] : (patterns as PatternList);
}

/** Each alternative on its own, with its own anchors: findAll scans only those that may match. */
const partsOf = new WeakMap<PatternList, readonly Compiled[]>();

function partsFor(patterns: Patterns): readonly Compiled[] {
  if (!Array.isArray(patterns)) return [compiledOf(patterns as Pattern)];
  let parts = partsOf.get(patterns);
  if (!parts) partsOf.set(patterns, (parts = (patterns as PatternList).map(compiledOf)));
  return parts;
}

/**
 * Every non-empty match of the patterns in the author's own words, leftmost first and not
 * overlapping, as one alternation of them would give. Each alternative is scanned separately,
 * and only when its anchors may be in the text: V8 scans a single phrase much faster than a
 * long alternation, and most phrases are absent from most emails.
 */
export function findAll(prepared: PreparedText, patterns: Patterns): Match[] {
  const state = stateOf(prepared);
  const parts = partsFor(patterns);
  // Most searches find nothing: that answer allocates nothing but the empty result.
  let found: { start: number; end: number; order: number }[] | undefined;
  for (let order = 0; order < parts.length; order++) {
    const spans = spansOf(state, parts[order]!);
    for (let i = 0; i < spans.length; i += 2) (found ??= []).push({ start: spans[i]!, end: spans[i + 1]!, order });
  }
  if (!found) return [];
  const text = prepared.flat;
  const list = listOf(patterns);
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
 * V8 compiles an expression to bytecode the first time it runs on a text shorter than 1,000
 * characters, and again to machine code when it runs a second time; on a longer text it
 * compiles machine code at once. For the largest expressions (a few dozen, of more than 1,000
 * characters) the bytecode costs several times what the machine code does, and nearly all of
 * them run more than once, so before the first run of one on a short text it is run once on a
 * long string, and compiled to machine code there (the result is ignored): about 40 ms less
 * over the first 400 messages of the real-mail corpus. Doing the same for every expression
 * costs more than it saves: many of the smaller ones run only once or twice.
 */
const LONG_TEXT = '\u0000'.repeat(1000);
const LARGE = 1000;

function beforeFirstRun(part: Compiled, re: RegExp, input: string): void {
  part.ran = true;
  if (input.length >= LONG_TEXT.length || re.source.length < LARGE) return;
  re.lastIndex = LONG_TEXT.length - 1; // one position to try: only the compiling costs
  re.exec(LONG_TEXT);
}

const NO_SPANS: readonly number[] = [];
/** Candidate positions, reused (see WordIndex.positions): each list is consumed before the next is asked for. */
const scratch: number[] = [];
/**
 * Where one alternative matches in a prepared text, as [start, end, start, end, ...]. Rules share
 * phrases (and the engine reads some twice), so each alternative remembers its spans in the last
 * two texts it searched.
 */
function spansOf(state: TextState, part: Compiled): readonly number[] {
  const grams = state.ngrams;
  // A registered pattern with no candidate in the text (most of them) is ruled out at once.
  let candidates: Candidates | undefined;
  if (part.registeredIn === registry.generation) {
    candidates = state.candidates;
    if (part.id >= candidates.count) candidates = undefined;
    else if (part.rest === null && !candidates.has(part.id)) return NO_SPANS;
  }
  // Most others are ruled out here, at the cost of a few bit tests: less than remembering it.
  if (!grams.mayContainAt(part.anchors)) return NO_SPANS;
  const known = part.spansIn(state.serial);
  if (known) return known;
  // Made at the first match: most scans find none.
  let out: number[] | undefined;
  const input = subject(part, state);
  const scanning = part.scanning;
  if (scanning.firstWords) {
    // Try only where a match can begin, left to right, as a global scan would.
    const sticky = scanning.sticky;
    let lastEnd = 0;
    let count: number;
    if (candidates) {
      // Registered and read with the text: its other first words, if any, are looked up on their own.
      count = candidates.write(part.id, scratch, 0);
      if (part.rest) count = state.wordIndex.positions(part.rest, grams, scratch, count);
    } else {
      count = state.wordIndex.positions(scanning.firstWords, grams, scratch);
    }
    if (!part.ran && count > 0) beforeFirstRun(part, sticky, input);
    for (let k = 0; k < count; k++) {
      const at = scratch[k]!;
      if (at < lastEnd) continue;
      sticky.lastIndex = at;
      // test() makes no result array; a match leaves lastIndex at its end.
      if (sticky.test(input) && sticky.lastIndex > at) {
        (out ??= []).push(at, sticky.lastIndex);
        lastEnd = sticky.lastIndex;
      }
    }
  } else {
    const re = scanning.whole;
    if (!part.ran) beforeFirstRun(part, re, input);
    re.lastIndex = 0;
    for (let m = re.exec(input); m; m = re.exec(input)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      (out ??= []).push(m.index, m.index + m[0].length);
    }
  }
  return part.remember(state.serial, out ?? NO_SPANS);
}

/**
 * True when any of the patterns occurs in the text: in the author's own words for a prepared
 * text (ctx.body). Only the alternatives whose anchors may be present are scanned.
 */
export function matchesAny(text: string | PreparedText, patterns: Patterns): boolean {
  if (text === '') return false;
  const state = stateOf(text);
  return partsFor(patterns).some((part) => spansOf(state, part).length > 0);
}

/**
 * True when the patterns occur in a long text read only once per draft (the raw body, footers
 * included): one pass of a single expression, which costs less there than indexing the text.
 */
export function occursIn(text: string, patterns: Patterns): boolean {
  const re = compile(patterns);
  re.lastIndex = 0;
  return re.test(text);
}

/** The first occurrence of the patterns in the text (as written there), or undefined. */
export function firstMatch(text: string, patterns: Patterns): string | undefined {
  if (text === '') return undefined;
  const state = stateOf(text);
  // The leftmost match; at the same start, the earlier alternative, as one alternation would give.
  let start = -1;
  let end = -1;
  for (const part of partsFor(patterns)) {
    const spans = spansOf(state, part);
    if (spans.length && (start === -1 || spans[0]! < start)) {
      start = spans[0]!;
      end = spans[1]!;
    }
  }
  return start === -1 ? undefined : text.slice(start, end);
}
