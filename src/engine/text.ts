/**
 * Text preparation. The engine never copies or re-flows the user's text: it builds strings
 * of exactly the same length as the original, so every offset a rule finds is an offset into
 * what the user wrote.
 *
 * - `own`: the author's own words. Quoted history, signatures, legal footers and speech the
 *   author quotes from someone else are replaced by MASK (newlines kept), so no pattern can
 *   match inside them or across them. Typographic quotes and non-breaking spaces are
 *   normalised one-for-one so phrase data can be written with plain ASCII.
 * - `flat`: `own` with single line breaks turned into spaces, so a phrase wrapped across two
 *   lines of a plain-text email still matches; blank lines stay as paragraph breaks.
 */

import { keepShape } from './keep';
import { firstWordsOf } from './starts';

export const MASK = '\u0000';

export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  /** The sentence as it appears in `flat` (masked parts stay masked). */
  text: string;
}

export interface PreparedText {
  original: string;
  own: string;
  flat: string;
  sentences: Sentence[];
  /** Ranges of quoted history (earlier messages), in original offsets. */
  quoted: Span[];
  /** Start of the signature block, or -1 when none was found. */
  signatureStart: number;
  /** True when the body carries quoted history, i.e. it replies to or forwards something. */
  hasQuotedHistory: boolean;
  /** The quoted history as plain text with `>` markers removed, for reading the thread. */
  quotedText: string;
  /** What the search (match.ts) works out about this text, made by its first search. */
  searchState?: object;
}

/**
 * A line of a text, with its first characters read at once (most lines are told apart by them
 * alone); its text is sliced the first time it is asked for.
 */
class Line {
  /** The first character after spaces and tabs, as a char code, or -1 when there is none. */
  readonly visible: number;
  /** The first character that is not white space (what `^\s*` skips), or -1 on a blank line. */
  readonly first: number;
  /** The character after it, or -1. */
  readonly second: number;
  private sliced: string | undefined;

  constructor(
    private readonly source: string,
    readonly start: number,
    /** Exclusive, before the line break. */
    readonly end: number,
  ) {
    let i = start;
    while (i < end && (source.charCodeAt(i) === 32 || source.charCodeAt(i) === 9)) i++;
    this.visible = i < end ? source.charCodeAt(i) : -1;
    while (i < end && isSpace(source.charCodeAt(i))) i++;
    this.first = i < end ? source.charCodeAt(i) : -1;
    this.second = i + 1 < end ? source.charCodeAt(i + 1) : -1;
  }

  get text(): string {
    return (this.sliced ??= this.source.slice(this.start, this.end));
  }

  get blank(): boolean {
    return this.first === -1;
  }
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    lines.push(new Line(text, start, end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end));
    if (nl === -1) break;
    start = nl + 1;
  }
  return lines;
}
keepShape(splitLines(''));

// --- quoted history -------------------------------------------------------------------------

/** "On Tue, 3 Mar 2026 at 10:02, Jane Doe <jane@acme.com> wrote:" and its translations. */
const ATTRIBUTION_START = /^\s*(?:On|Le|Am|El|Il|Op|Em|Den|På)\s.{0,300}$/;
// German and Dutch put the verb before the name: "Am 03.03.2026 um 10:02 schrieb Dana <d@x.de>:".
const ATTRIBUTION_END =
  /(?:wrote|writes|a écrit|schrieb|escribió|ha scritto|schreef|escreveu|skrev)\b[^\n]{0,150}?:\s*$/i;
const ORIGINAL_MESSAGE =
  /^\s*-{2,}\s*(?:Original Message|Forwarded message|Mensaje original|Message d'origine|Ursprüngliche Nachricht|Weitergeleitete Nachricht|Message transféré)\s*-{2,}\s*$/i;
const BEGIN_FORWARDED = /^\s*(?:Begin forwarded message|Anfang der weitergeleiteten Nachricht)\s*:\s*$/i;
const HEADER_FROM = /^\s*\*?(?:From|De|Von|Van|Da)\s*\*?\s*:\s*\S/;
const HEADER_OTHER = /^\s*\*?(?:Sent|Date|To|Subject|Cc|Envoyé|Gesendet|Enviado|Inviato|Objet|Betreff|Asunto|À|An|Para)\s*\*?\s*:/;
const UNDERSCORE_RULE = /^\s*_{10,}\s*$/;

/** ASCII characters as a table by char code (with `anyCase`, letters in both cases): a test costs one read. */
function charTable(chars: string, anyCase = false): Uint8Array {
  const table = new Uint8Array(128);
  for (const ch of anyCase ? chars.toLowerCase() + chars.toUpperCase() : chars) table[ch.charCodeAt(0)] = 1;
  return table;
}

/** Every history marker above starts with one of these (after spaces and tabs): other lines need no test. */
const HISTORY_FIRST = charTable('OLAEIDPBbAa*FV_>-');
/** Each marker's own first characters (after white space), so a line is tested only against those it can be. */
const ATTRIBUTION_FIRST = charTable('OLAEIDP');
const ORIGINAL_FIRST = charTable('-');
const FORWARDED_FIRST = charTable('BA', true);
const HEADER_FIRST = charTable('*FDV');
const UNDERSCORE_FIRST = charTable('_');
/** A quoted line: "> text", or Supercite's initials before the marker ("MF> text"). */
const QUOTE_MARKER = /^\s*(?:>|[A-Za-z]{1,4}>(?= |$))/;

/** Outlook's header block: a From: line with Sent:/Date:, To: or Subject: lines just below it. */
function isOutlookHeader(lines: Line[], i: number): boolean {
  if (!mayOpenWith(lines[i]!, HEADER_FIRST) || !HEADER_FROM.test(lines[i]!.text)) return false;
  let others = 0;
  for (let j = i + 1; j < lines.length && j <= i + 5; j++) {
    if (HEADER_OTHER.test(lines[j]!.text)) others++;
  }
  return others >= 2;
}

/** How many lines an attribution header spans (mail clients wrap long ones), or 0. */
function attributionLength(lines: Line[], i: number): number {
  if (!mayOpenWith(lines[i]!, ATTRIBUTION_FIRST)) return 0;
  const line = lines[i]!.text;
  if (!ATTRIBUTION_START.test(line)) return 0;
  if (ATTRIBUTION_END.test(line)) return 1;
  const next = lines[i + 1]?.text;
  if (next !== undefined && next.length < 200 && ATTRIBUTION_END.test(next)) return 2;
  return 0;
}

// --- signatures and footers -------------------------------------------------------------------

const SIG_DASHES = /^\s*(?:--|—|__)\s*$/;
const SIGN_OFF =
  /^\s*(?:best(?: regards| wishes)?|kind(?:est)? regards|warm(?:est)? regards|regards|many thanks|thanks(?: again| so much| a lot)?|thank you(?: again| so much)?|cheers|sincerely|yours(?: truly| sincerely)?|all the best|talk soon|speak soon|warmly|respectfully|cordially|take care|with thanks|mit freundlichen grüßen|cordialement|saludos|un saludo|groetjes|met vriendelijke groet)\s*[,.!-]*(?:\s+\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,2})?\s*$/iu;
const MOBILE_SIG = /^\s*(?:Sent from my \w+|Get Outlook for \w+|Sent from (?:Mail|Outlook|Yahoo Mail) for \w+)/i;
const FOOTER_START =
  /^\s*(?:confidentiality notice|disclaimer|important notice|legal notice|privacy notice|this (?:e-?mail|message|communication|transmission)(?: and any (?:attachments?|files?|documents?)(?: transmitted with it)?)? (?:is|are|may (?:be|contain)|contains?)\b.{0,60}\b(?:confidential|privileged|intended)|you (?:are receiving|received) this (?:e-?mail|message) because|to unsubscribe|if you (?:are not|have received this)|unsubscribe (?:here|from (?:this|these|our|all))|manage (?:your )?(?:email )?preferences)/i;
const PS_LINE = /^\s*P\.?\s?P?\.?\s?S\b/i;

/** What `\s` and trim() take for white space. */
function isSpace(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/**
 * Whether text starting with this character can match an expression that starts with one of the
 * given letters (any case) or characters: a test that spares most texts the expression.
 * Characters past ASCII always pass (the i flag folds a few of them onto letters).
 */
function mayOpen(c: number, first: Uint8Array): boolean {
  return c >= 128 || (c >= 0 && first[c] === 1);
}

/** The same for a line and an expression that starts `^\s*`: its first visible character. */
function mayOpenWith(line: Line, first: Uint8Array): boolean {
  return line.first !== -1 && mayOpen(line.first, first);
}
/**
 * The first two characters (lower-cased) of the phrases a case-insensitive `^\s*(?:phrase|...)`
 * expression begins with, read from its first words (starts.ts), as a table by the two
 * characters' codes; null when they cannot be known.
 */
function openers(re: RegExp): Uint8Array | null {
  const words = firstWordsOf(`\\b${re.source.replace(/^\^\\s\*/, '')}`);
  if (!words || words.some((w) => w.word === '' || w.lead !== '' || w.digit || w.word.charCodeAt(0) >= 128)) return null;
  const table = new Uint8Array(128 * 128);
  for (const { word } of words) {
    if (word.length > 1) table[word.charCodeAt(0) * 128 + word.charCodeAt(1)] = 1;
    // A one-letter word: whatever follows.
    else table.fill(1, word.charCodeAt(0) * 128, word.charCodeAt(0) * 128 + 128);
  }
  return table;
}

/** ASCII lower case of a char code. */
const lowerCode = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);

/** The same test as mayOpenWith for a line and the openers of such an expression. */
function mayOpenWithPair(line: Line, pairs: Uint8Array | null): boolean {
  if (line.first === -1) return false;
  if (pairs === null || line.first >= 128 || line.second >= 128) return true;
  return pairs[lowerCode(line.first) * 128 + (line.second === -1 ? 0 : lowerCode(line.second))] === 1;
}

/** The first two letters of SIGN_OFF's and FOOTER_START's phrases, MOBILE_SIG's first letters, SIG_DASHES' first characters. */
const SIGN_OFF_OPENERS = openers(SIGN_OFF);
const FOOTER_OPENERS = openers(FOOTER_START);
const MOBILE_SIG_FIRST = charTable('sg', true);
const DASHES_FIRST = charTable('-_');

function wordCount(text: string): number {
  let n = 0;
  for (const w of text.split(/\s+/)) if (w) n++;
  return n;
}

/** A line that reads like prose rather than a name, title or phone number. */
function isProse(text: string): boolean {
  const t = text.trim();
  return wordCount(t) >= 8 && /[.!?]$/.test(t);
}

// --- masking -------------------------------------------------------------------------------------

/** Typographic characters and the plain ones they stand for, one for one. */
const PLAIN: Record<string, string> = {
  ...Object.fromEntries([...'\u2018\u2019\u201A\u2032\u00B4\u0060'].map((c) => [c, "'"])),
  ...Object.fromEntries([...'\u201C\u201D\u201E\u00AB\u00BB'].map((c) => [c, '"'])),
  ...Object.fromEntries([...'\u00A0\u2007\u202F\t\r'].map((c) => [c, ' '])),
};
const TYPOGRAPHIC = new RegExp(`[${Object.keys(PLAIN).join('')}]`, 'g');
const plain = (c: string): string => PLAIN[c]!;
/** Those within one byte, searched for one by one; the others, tested as one class. */
const ONE_BYTE = Object.keys(PLAIN).filter((c) => c.charCodeAt(0) < 256);
const TWO_BYTE = new RegExp(`[${Object.keys(PLAIN).filter((c) => c.charCodeAt(0) >= 256).join('')}]`);

/** One-for-one replacement of typographic characters: the result has the same length. */
function normalise(text: string): string {
  // Most texts have none. V8 searches for a single character fast, and rules out a class of
  // characters past one byte quickly in a text stored one byte a character: on real mail this
  // costs a tenth of one pass of the whole class over a body (0.3 against 3 us).
  for (const c of ONE_BYTE) if (text.includes(c)) return text.replace(TYPOGRAPHIC, plain);
  return TWO_BYTE.test(text) ? text.replace(TYPOGRAPHIC, plain) : text;
}

/** Runs of MASK by length, each made once: most lines are shorter than this. */
const maskRuns: string[] = [];
const SHORT_RUN = 256;
const maskRun = (n: number): string => (n < SHORT_RUN ? (maskRuns[n] ??= MASK.repeat(n)) : MASK.repeat(n));

/** text[from..end) with every character but line breaks replaced by MASK. */
function masked(text: string, from: number, end: number): string {
  let out = '';
  for (let i = from; i < end; ) {
    const nl = text.indexOf('\n', i);
    const stop = nl === -1 || nl >= end ? end : nl;
    out += maskRun(stop - i);
    if (stop < end) out += '\n';
    i = stop + 1;
  }
  return out;
}

/** Replaces the spans (sorted or not, may overlap) by MASK, keeping line breaks. */
function applyMasks(text: string, spans: Span[]): string {
  if (spans.length === 0) return text;
  const sorted = spans.slice().sort((a, b) => a.start - b.start);
  let out = '';
  let pos = 0;
  for (const { start, end } of sorted) {
    if (end <= pos) continue;
    const from = Math.max(start, pos);
    out += text.slice(pos, from) + masked(text, from, end);
    pos = end;
  }
  return out + text.slice(pos);
}

/**
 * Speech in double quotes: when the author quotes the recipient ("you said you'd rather not
 * meet"), those words are not the author's. Only short pairs within one paragraph count, so a
 * stray inch mark cannot hide a whole email.
 */
function quotedSpeech(text: string): Span[] {
  const spans: Span[] = [];
  let open = text.indexOf('"');
  // The first paragraph break at or after `open`, looked for again only once `open` passes it.
  let paragraphBreak = -2;
  while (open !== -1) {
    const close = text.indexOf('"', open + 1);
    if (close === -1) break;
    if (paragraphBreak !== -1 && paragraphBreak < open) paragraphBreak = text.indexOf('\n\n', open);
    if (close - open > 1 && close - open <= 400 && (paragraphBreak === -1 || paragraphBreak > close)) {
      spans.push({ start: open + 1, end: close });
      open = text.indexOf('"', close + 1);
    } else {
      open = close;
    }
  }
  return spans;
}

// --- sentences -------------------------------------------------------------------------------------

/** What may close a sentence after its stop: more stops, quotes, a parenthesis. */
const CLOSERS = charTable('.!?"\')');

/** Titles are always followed by a name, never a new sentence. */
const TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'sr', 'jr', 'e.g', 'i.e', 'vs', 'no', 'fig']);
const ABBREVIATIONS = new Set(['etc', 'a.m', 'p.m', 'approx', 'inc', 'ltd', 'co', 'corp', 'dept', 'est', 'min', 'max']);
const LONGEST_SHORT_FORM = Math.max(...[...TITLES, ...ABBREVIATIONS].map((w) => w.length));

/** A letter or a dot, by char code (a \\p{L} test per character costs more than the whole split). */
function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 46 || code > 191;
}

function sentenceBreakAfterPeriod(flat: string, dot: number): boolean {
  let j = dot + 1;
  while (j < flat.length && (flat[j] === '"' || flat[j] === ')' || flat[j] === "'")) j++;
  if (j < flat.length && flat[j] !== ' ' && flat[j] !== '\n') return false;
  let k = dot - 1;
  while (k >= 0 && dot - k < 12 && isWordChar(flat.charCodeAt(k))) k--;
  // No title or abbreviation is longer: most words end a sentence without being read.
  if (dot - k - 1 > LONGEST_SHORT_FORM) return true;
  const word = flat.slice(k + 1, dot).toLowerCase();
  if (TITLES.has(word)) return false;
  if (ABBREVIATIONS.has(word)) {
    // "10 a.m. Tuesday" continues; "... at 10 a.m. Does that work?" starts anew.
    let n = j;
    while (n < flat.length && flat[n] === ' ') n++;
    return n < flat.length && /\p{Lu}/u.test(flat[n]!);
  }
  return true;
}

/** "Hi Dana, ..." or "hey dana - ..." at the start of a run: the greeting stands alone. */
const GREETING = /^(?:hi|hey|hello|dear|good (?:morning|afternoon|evening)|greetings)\b[^,.!?:\n\u0000-]{0,40}?(?:,|:|\s[-–—]+)\s+/i;

/** GREETING's first letters (lower-case), tested before it runs. */
const GREETING_FIRST = charTable('hdg', true);

function pushSentence(out: Sentence[], flat: string, start: number, end: number): void {
  while (start < end && isBlank(flat.charCodeAt(start))) start++;
  while (end > start && isBlank(flat.charCodeAt(end - 1))) end--;
  if (end <= start) return;
  const greeting = mayOpen(flat.charCodeAt(start), GREETING_FIRST) ? GREETING.exec(flat.slice(start, Math.min(end, start + 60))) : null;
  if (greeting && start + greeting[0].length < end) {
    pushSentence(out, flat, start, start + greeting[0].trimEnd().length);
    start += greeting[0].length;
  }
  out.push({ start, end, text: flat.slice(start, end) });
}

/** A list item at the start of the next line ("- ", "* ", "• ", "2. ", "3) "), tried where that line begins. */
const LIST_ITEM = /[^\S\n]*(?:[-*•]|\d+[.)])[^\S\n]/y;

const isBlank = (c: number): boolean => c === 0 || isSpace(c);

/**
 * Splits `own` into sentences: at . ! ? (minding abbreviations), at blank lines, at masked
 * material, and at a line break that ends a short line (greetings, list items) or comes
 * before a list item. Long hard-wrapped lines continue the sentence.
 */
function splitSentences(own: string, flat: string): Sentence[] {
  const out: Sentence[] = [];
  const stops = /[.!?\n\u0000]/g;
  let start = 0;
  let lineStart = 0;
  // test() makes no result array: a stop is one character, just before lastIndex.
  while (stops.test(own)) {
    const i = stops.lastIndex - 1;
    const ch = own[i]!;
    if (ch === '!' || ch === '?' || (ch === '.' && sentenceBreakAfterPeriod(flat, i))) {
      let end = i + 1;
      while (end < own.length && CLOSERS[own.charCodeAt(end)] === 1) end++;
      pushSentence(out, flat, start, end);
      start = end;
      stops.lastIndex = end;
    } else if (ch === MASK) {
      // Masked lines are no sentence, and their line breaks need no test.
      pushSentence(out, flat, start, i);
      // The run is skipped whole; a line begins after its last line break, if it has one.
      let j = i + 1;
      for (let c = own.charCodeAt(j); c === 0 || c === 10; c = own.charCodeAt(++j)) {
        if (c === 10) lineStart = j + 1;
      }
      start = j;
      stops.lastIndex = j;
    } else if (ch === '\n') {
      const nextEnd = own.indexOf('\n', i + 1);
      let lineEnd = i;
      while (lineEnd > lineStart && isSpace(own.charCodeAt(lineEnd - 1))) lineEnd--;
      let next = i + 1;
      const nextStop = nextEnd === -1 ? own.length : nextEnd;
      while (next < nextStop && isSpace(own.charCodeAt(next))) next++;
      LIST_ITEM.lastIndex = i + 1;
      const breaks =
        // Short lines (blank ones too) end greetings, list items and sign-offs; hard-wrapped prose runs on.
        lineEnd - lineStart < 50 ||
        next === nextStop ||
        LIST_ITEM.test(own);
      if (breaks) {
        pushSentence(out, flat, start, i);
        start = i + 1;
      }
      lineStart = i + 1;
    }
  }
  pushSentence(out, flat, start, own.length);
  return out;
}

/**
 * Single line breaks turned into spaces, blank lines kept: `text.replace(/(?<!\n)\n(?!\n)/g, ' ')`
 * without the expression, which costs a step per line break found.
 */
function joinLines(text: string): string {
  let out = '';
  let from = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) {
    if (text.charCodeAt(at + 1) === 10) {
      // A blank line: the run of breaks stays as it is.
      while (text.charCodeAt(at + 1) === 10) at++;
      continue;
    }
    out += text.slice(from, at) + ' ';
    from = at + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

// --- the whole preparation --------------------------------------------------------------------------

/**
 * A prepared text as one class, so every one has the same shape: an object literal with a
 * getter (the lazy sentences) is kept in dictionary mode by V8, and every rule's read of it
 * was a slow look-up.
 */
class Prepared implements PreparedText {
  readonly hasQuotedHistory: boolean;
  readonly quotedText: string;
  searchState: object | undefined = undefined;
  private split: Sentence[] | undefined;

  constructor(
    readonly original: string,
    readonly own: string,
    readonly flat: string,
    readonly quoted: Span[],
    readonly signatureStart: number,
    sentences?: Sentence[],
  ) {
    this.split = sentences;
    this.hasQuotedHistory = quoted.length > 0;
    this.quotedText = quoted.map((q) => original.slice(q.start, q.end).replace(/^[ \t]*(?:>[ \t]?)+/gm, '')).join('\n');
  }

  // Split on first use: most drafts have no match, and so no sentence to look up.
  get sentences(): Sentence[] {
    return (this.split ??= splitSentences(this.own, this.flat));
  }
}

export function prepareText(original: string): PreparedText {
  const { own, flat, quoted, signatureStart } = ownWordsOf(original);
  return new Prepared(original, own, flat, quoted, signatureStart);
}

/** The author's own words of a message, flattened: `prepareText(text).flat` without the sentences. */
export function ownWords(original: string): string {
  return ownWordsOf(original).flat;
}

function ownWordsOf(original: string): Pick<PreparedText, 'own' | 'flat' | 'quoted' | 'signatureStart'> {
  const normalised = normalise(original);
  const lines = splitLines(original);
  const quoted: Span[] = [];
  let authoredEnd = original.length;

  // The next '>' at or after the line being read: a line without one needs no QUOTE_MARKER test.
  let gt = -2;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (gt !== -1 && gt < line.start) gt = original.indexOf('>', line.start);
    const mayBeQuoted = gt !== -1 && gt < line.end;
    if (!(line.visible >= 0 && line.visible < 128 && HISTORY_FIRST[line.visible] === 1) && !(mayBeQuoted && QUOTE_MARKER.test(line.text))) continue;
    const attribution = attributionLength(lines, i);
    if (attribution > 0) {
      // Interleaved replies keep writing after a block of '>' lines; top-posting clients
      // put the whole history below the attribution, often without markers.
      let j = i + attribution;
      while (j < lines.length && lines[j]!.blank) j++;
      if (j < lines.length && QUOTE_MARKER.test(lines[j]!.text)) {
        while (j < lines.length && (QUOTE_MARKER.test(lines[j]!.text) || lines[j]!.blank)) j++;
        quoted.push({ start: line.start, end: j < lines.length ? lines[j]!.start : original.length });
        i = j - 1;
        continue;
      }
      authoredEnd = line.start;
      break;
    }
    if (
      (mayOpenWith(line, ORIGINAL_FIRST) && ORIGINAL_MESSAGE.test(line.text)) ||
      (mayOpenWith(line, FORWARDED_FIRST) && BEGIN_FORWARDED.test(line.text)) ||
      isOutlookHeader(lines, i) ||
      (mayOpenWith(line, UNDERSCORE_FIRST) && UNDERSCORE_RULE.test(line.text) && i + 1 < lines.length && isOutlookHeader(lines, i + 1))
    ) {
      authoredEnd = line.start;
      break;
    }
    if (mayBeQuoted && QUOTE_MARKER.test(line.text)) {
      let j = i;
      while (j < lines.length && QUOTE_MARKER.test(lines[j]!.text)) j++;
      quoted.push({ start: line.start, end: j < lines.length ? lines[j]!.start : original.length });
      i = j - 1;
    }
  }
  if (authoredEnd < original.length) quoted.push({ start: authoredEnd, end: original.length });

  const masks: Span[] = quoted.slice();
  // (Nothing quoted: every line is the author's.)
  const ownLines =
    quoted.length === 0 ? lines : lines.filter((l) => l.start < authoredEnd && !quoted.some((q) => l.start >= q.start && l.start < q.end));

  // Signature: a "-- " line, or a sign-off followed only by short lines (name, title, phone).
  let signatureStart = -1;
  for (let i = 0; i < ownLines.length; i++) {
    const line = ownLines[i]!;
    let sigEnd = -1;
    if (mayOpenWith(line, DASHES_FIRST) && SIG_DASHES.test(line.text)) {
      sigEnd = authoredEnd;
    } else if (i > 0 && mayOpenWithPair(line, SIGN_OFF_OPENERS) && SIGN_OFF.test(line.text)) {
      let j = i + 1;
      let shortLines = 0;
      while (j < ownLines.length && shortLines <= 8 && !PS_LINE.test(ownLines[j]!.text) && !isProse(ownLines[j]!.text)) {
        if (!ownLines[j]!.blank) shortLines++;
        j++;
      }
      if (shortLines <= 8) sigEnd = j < ownLines.length ? ownLines[j]!.start : authoredEnd;
    } else if (mayOpenWith(line, MOBILE_SIG_FIRST) && MOBILE_SIG.test(line.text)) {
      masks.push({ start: line.start, end: line.end });
    }
    if (sigEnd >= 0) {
      if (signatureStart === -1) signatureStart = line.start;
      masks.push({ start: line.start, end: sigEnd });
      while (i + 1 < ownLines.length && ownLines[i + 1]!.start < sigEnd) i++;
    }
  }

  // Legal and unsubscribe footers: mask the paragraph they start.
  for (let i = 0; i < ownLines.length; i++) {
    if (!mayOpenWithPair(ownLines[i]!, FOOTER_OPENERS) || !FOOTER_START.test(ownLines[i]!.text)) continue;
    let j = i;
    while (j + 1 < ownLines.length && !ownLines[j + 1]!.blank && ownLines[j + 1]!.start === ownLines[j]!.end + 1) j++;
    masks.push({ start: ownLines[i]!.start, end: ownLines[j]!.end });
    i = j;
  }

  const withoutHistory = applyMasks(normalised, masks);
  const own = applyMasks(withoutHistory, quotedSpeech(withoutHistory));
  // Single line breaks inside a paragraph become spaces; blank lines stay paragraph breaks.
  return { own, flat: joinLines(own), quoted, signatureStart };
}

/** Prepares a one-line field such as the subject: normalised, nothing masked. */
export function prepareLine(original: string): PreparedText {
  const flat = normalise(original).replace(/\n/g, ' ');
  return new Prepared(original, flat, flat, [], -1, flat.trim() ? [{ start: 0, end: flat.length, text: flat }] : []);
}
