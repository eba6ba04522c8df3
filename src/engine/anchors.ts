/**
 * A cheap test that a pattern cannot match, so most rules skip their scan of a draft.
 *
 * From a pattern's source we derive its anchors: literal fragments of which every match must
 * contain at least one ("calendar" or "diary" or "invite"...). From a text we build a bitmap of
 * the trigrams it contains. A fragment whose trigrams are not all in the text is certainly
 * absent, and when every anchor is absent, so is every match. The test only ever says "maybe"
 * or "no", never a wrong "no", so it changes no result, only the time spent.
 */

/** null: nothing is required (or the source is beyond this small parser): always scan. */
export type Anchors = ReadonlySet<string> | null;

const MIN_FRAGMENT = 3;

/** Fragments found in nearly every email make poor anchors: a requirement built on them is avoided. */
const COMMON = new Set([
  'you', 'your', 'the', 'and', 'for', 'with', 'this', 'that', 'our', 'are', 'have', 'will', 'can',
  "i'm", "i've", "i'll", 'was', 'not', 'all', 'but', 'any', 'just', 'from', 'they', 'them', 'one',
]);

/** True when every word of the fragment is short or one of the commonest words. */
function isCommon(fragment: string): boolean {
  return fragment.split(/[^a-z']+/).every((w) => w.length <= 3 || COMMON.has(w));
}

function score(candidate: Set<string>): number {
  let shortest = Infinity;
  let common = 0;
  for (const s of candidate) {
    shortest = Math.min(shortest, s.length);
    if (isCommon(s)) common++;
  }
  if (shortest < MIN_FRAGMENT) return -Infinity;
  return Math.min(shortest, 8) * 10 - candidate.size - common * 100;
}

interface Atom {
  need: Anchors;
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
    return this.i === this.src.length ? need : null;
  }

  private alternation(): Anchors {
    const branches = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      branches.push(this.sequence());
    }
    if (branches.some((b) => b === null)) return null;
    const union = new Set<string>();
    for (const b of branches) for (const s of b!) union.add(s);
    return union;
  }

  private sequence(): Anchors {
    const candidates: Set<string>[] = [];
    let fragment = '';
    const endFragment = () => {
      if (fragment.length >= MIN_FRAGMENT) candidates.push(new Set([fragment]));
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
      if (min === 0 || atom.need === null) continue;
      candidates.push(new Set(atom.need));
    }
    endFragment();
    // The most selective requirement: long fragments, few alternatives.
    let best: Set<string> | null = null;
    let bestScore = -Infinity;
    for (const c of candidates) {
      const value = score(c);
      if (value > bestScore) {
        bestScore = value;
        best = c;
      }
    }
    return best;
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
      return { need: null };
    }
    if (c === '\\') return this.escape();
    this.i++;
    if (c === '.') return { need: null };
    if (c === '^' || c === '$') return { need: null, zeroWidth: true };
    return { need: null, literal: c.toLowerCase() };
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
      return { need: null };
    }
    this.i++;
    return lookaround ? { need: null, zeroWidth: true } : { need };
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
    if (c === 'b' || c === 'B') return { need: null, zeroWidth: true };
    if ('dDwWsSnrtfv0'.includes(c) || /[1-9kpP]/.test(c)) {
      if (c === 'p' || c === 'P' || c === 'k') this.i = this.src.indexOf('}', this.i) + 1 || this.src.length;
      return { need: null };
    }
    if (c === 'u' || c === 'x') {
      const len = c === 'u' ? 4 : 2;
      const code = parseInt(this.src.slice(this.i, this.i + len), 16);
      this.i += len;
      return Number.isNaN(code) ? { need: null } : { need: null, literal: String.fromCharCode(code).toLowerCase() };
    }
    return { need: null, literal: c.toLowerCase() };
  }
}

export function anchorsOf(source: string): Anchors {
  try {
    return new SourceParser(source).parse();
  } catch {
    return null;
  }
}

const SIZE_WORDS = 2048; // 65,536 bits

function trigram(a: number, b: number, c: number): number {
  return ((a * 961 + b * 31 + c) ^ (a >>> 5)) & 0xffff;
}

/** The trigrams of a text, for `mayContain`. Built once per text: a few microseconds for an email. */
export class TrigramIndex {
  private readonly bits = new Uint32Array(SIZE_WORDS);

  constructor(text: string) {
    const lower = text.toLowerCase();
    let a = lower.charCodeAt(0);
    let b = lower.charCodeAt(1);
    for (let i = 2; i < lower.length; i++) {
      const c = lower.charCodeAt(i);
      const h = trigram(a, b, c);
      this.bits[h >>> 5]! |= 1 << (h & 31);
      a = b;
      b = c;
    }
  }

  private hasFragment(fragment: string): boolean {
    for (let i = 2; i < fragment.length; i++) {
      const h = trigram(fragment.charCodeAt(i - 2), fragment.charCodeAt(i - 1), fragment.charCodeAt(i));
      if ((this.bits[h >>> 5]! & (1 << (h & 31))) === 0) return false;
    }
    return true;
  }

  /** False only when no fragment of the anchors can be in the text. */
  mayContain(anchors: Anchors): boolean {
    if (anchors === null) return true;
    for (const fragment of anchors) if (this.hasFragment(fragment)) return true;
    return false;
  }
}
