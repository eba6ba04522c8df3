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

function splitTopLevel(body: string): string[] | null {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === '\\') {
      current += c + (body[i + 1] ?? '');
      i++;
    } else if (c === '|') {
      parts.push(current);
      current = '';
    } else if (c === '(' || c === ')' || c === '[' || c === ']') {
      return null;
    } else {
      current += c;
    }
  }
  parts.push(current);
  return parts;
}

/** Splits a literal alternative into its characters, keeping escapes whole. */
function units(literal: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < literal.length; i++) {
    if (literal[i] === '\\') {
      out.push(literal.slice(i, i + 2));
      i++;
    } else {
      out.push(literal[i]!);
    }
  }
  return out;
}

interface TrieNode {
  order: string[]; // child units in order of first appearance; '' marks "an alternative ends here"
  kids: Map<string, TrieNode>;
}

function emit(node: TrieNode): string {
  const alternatives = node.order.map((u) => (u === '' ? '' : u + emit(node.kids.get(u)!)));
  return alternatives.length === 1 ? alternatives[0]! : `(?:${alternatives.join('|')})`;
}

function factorAlternatives(literals: string[]): string {
  const root: TrieNode = { order: [], kids: new Map() };
  for (const literal of literals) {
    let node = root;
    for (const u of units(literal)) {
      let kid = node.kids.get(u);
      if (!kid) {
        kid = { order: [], kids: new Map() };
        node.kids.set(u, kid);
        node.order.push(u);
      }
      node = kid;
    }
    // A repeated alternative changes nothing; the first one counts.
    if (!node.order.includes('')) node.order.push('');
  }
  const out = emit(root);
  return out.startsWith('(?:') ? out : `(?:${out})`;
}

/**
 * Factors every innermost `(?:...)` group made only of literal alternatives. Case-sensitive
 * sources (with upper-case letters) are left alone: under the i flag, "A" and "a" would be
 * two branches that can match at the same position.
 */
export function factorSource(source: string): string {
  if (/[A-Z]/.test(source.replace(/\\[A-Za-z]/g, ''))) return source;
  let out = '';
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    if (c === '\\') {
      out += source.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (c === '[') {
      // Copy a character class whole: "(?:" inside it is not a group.
      let j = i + 1;
      if (source[j] === '^') j++;
      if (source[j] === ']') j++;
      while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
      out += source.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (source.startsWith('(?:', i)) {
      const close = source.indexOf(')', i + 3);
      const body = close === -1 ? null : source.slice(i + 3, close);
      const parts = body === null ? null : splitTopLevel(body);
      if (parts && parts.length > 1 && parts.every((p) => p.length > 0 && LITERAL.test(p))) {
        // A quantifier after the group applies to the whole factored group, as before.
        out += factorAlternatives(parts);
        i = close + 1;
        continue;
      }
    }
    out += c;
    i++;
  }
  return out;
}
