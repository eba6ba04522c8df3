/**
 * Rewrites groups of plain-word alternatives, `(?:call|chat|catch up)`, as a prefix tree,
 * `(?:c(?:all|hat|atch up))`. V8 tries the alternatives of a group one after another at every
 * position; sharing prefixes lets it reject most positions after a character or two. The
 * rewritten group matches exactly what the original does, in the same order of preference:
 * alternatives that share a first character keep their relative order, and alternatives that
 * do not can never both match at the same position.
 */

/** Characters that may appear in a literal alternative (with `\` escapes of punctuation). */
const LITERAL = /^(?:[a-z0-9 ',&@#%:;=_!"~<>-]|\\[.\-/$^*+?()[\]{}|\\])+$/;

const BACKSLASH = 92;

/** The alternatives of a group's body, split at each `|` outside escapes; null when it has groups or classes. */
function splitTopLevel(body: string): string[] | null {
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c === BACKSLASH) {
      i++;
    } else if (c === 124 /* | */) {
      parts.push(body.slice(from, i));
      from = i + 1;
    } else if (c === 40 /* ( */ || c === 41 /* ) */ || c === 91 /* [ */ || c === 93 /* ] */) {
      return null;
    }
  }
  parts.push(body.slice(from));
  return parts;
}

/** One branch of a trie node, in order: a unit (a character or an escape) and what follows it, or (node null) the end of an alternative. */
interface Entry {
  unit: string;
  /** The character the unit stands for. */
  char: string;
  node: TrieNode | null;
}

interface TrieNode {
  entries: Entry[];
}

const branch = (e: Entry): string => (e.node === null ? '' : e.unit + emit(e.node));

function emit(node: TrieNode): string {
  const entries = node.entries;
  if (entries.length === 1) return branch(entries[0]!);
  let out = '(?:';
  for (let i = 0; i < entries.length; i++) out += (i > 0 ? '|' : '') + branch(entries[i]!);
  return `${out})`;
}

/**
 * Adds an alternative to the trie. At each node it joins an earlier branch with the same
 * character only when no alternative ends at that node after the branch: an alternative that
 * ends there is tried before anything added later, and merging past it would let a later
 * alternative win.
 */
function insert(root: TrieNode, literal: string): void {
  let node = root;
  for (let i = 0; i < literal.length; i++) {
    let unit = literal[i]!;
    if (unit === '\\') {
      // An escape is one unit.
      unit = literal.slice(i, i + 2);
      i++;
    }
    const char = unit.length === 2 ? unit[1]! : unit;
    let joinable: TrieNode | null = null;
    for (let j = node.entries.length - 1; j >= 0; j--) {
      const e = node.entries[j]!;
      if (e.node === null) break;
      if (e.char === char) {
        joinable = e.node;
        break;
      }
    }
    if (joinable === null) {
      joinable = { entries: [] };
      node.entries.push({ unit, char, node: joinable });
    }
    node = joinable;
  }
  // A repeated alternative can never win: the first one already matched.
  for (const e of node.entries) if (e.node === null) return;
  node.entries.push({ unit: '', char: '', node: null });
}

function factorAlternatives(literals: string[]): string {
  const root: TrieNode = { entries: [] };
  for (const literal of literals) insert(root, literal);
  const out = emit(root);
  return out.startsWith('(?:') ? out : `(?:${out})`;
}

/**
 * A group's body, factored, or null when it is not made only of literal alternatives. The rules
 * build many patterns from the same pieces (days, months, "i have|we have"), so each body is
 * worked out once.
 */
const factoredBodies = new Map<string, string | null>();

function factorBody(body: string): string | null {
  let factored = factoredBodies.get(body);
  if (factored === undefined) {
    const parts = splitTopLevel(body);
    factored = parts && parts.length > 1 && parts.every((p) => p.length > 0 && LITERAL.test(p)) ? factorAlternatives(parts) : null;
    if (factoredBodies.size >= 10000) factoredBodies.clear();
    factoredBodies.set(body, factored);
  }
  return factored;
}

/**
 * Factors every innermost `(?:...)` group made only of literal alternatives. Case-sensitive
 * sources (with upper-case letters) are left alone: under the i flag, "A" and "a" would be
 * two branches that can match at the same position.
 */
export function factorSource(source: string): string {
  if (/[A-Z]/.test(source.replace(/\\[A-Za-z]/g, ''))) return source;
  // The source is copied in runs, between the groups that are rewritten.
  let out = '';
  let copied = 0;
  let i = 0;
  while (i < source.length) {
    const c = source.charCodeAt(i);
    if (c === BACKSLASH) {
      i += 2;
    } else if (c === 91 /* [ */) {
      // Skip a character class whole: "(?:" inside it is not a group.
      i++;
      if (source[i] === '^') i++;
      if (source[i] === ']') i++;
      while (i < source.length && source[i] !== ']') i += source.charCodeAt(i) === BACKSLASH ? 2 : 1;
      i++;
    } else if (c === 40 /* ( */ && source.startsWith('?:', i + 1)) {
      const close = source.indexOf(')', i + 3);
      const factored = close === -1 ? null : factorBody(source.slice(i + 3, close));
      if (factored === null) {
        i++;
        continue;
      }
      // A quantifier after the group applies to the whole factored group, as before.
      out += source.slice(copied, i) + factored;
      i = copied = close + 1;
    } else {
      i++;
    }
  }
  return copied === 0 ? source : out + source.slice(copied);
}
