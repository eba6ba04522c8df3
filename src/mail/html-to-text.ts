/**
 * HTML mail bodies as the reader would see them, as plain text, without a DOM (the CLI runs
 * in Node). Blockquotes become "> " lines so the engine recognises them as quoted history.
 * Every expression here is linear: tags are matched by [^>] runs, never nested quantifiers.
 */

const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0', rsquo: '\u2019', lsquo: '\u2018',
  rdquo: '\u201D', ldquo: '\u201C', mdash: '\u2014', ndash: '\u2013', hellip: '\u2026', copy: '\u00A9',
  reg: '\u00AE', trade: '\u2122', euro: '\u20AC', pound: '\u00A3', bull: '\u2022', middot: '\u00B7',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : whole;
    }
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

const BLOCK = /^(?:p|div|br|tr|li|h[1-6]|table|ul|ol|section|article|header|footer|pre|hr)$/;
/**
 * Quote markers written before a line, at most: deeper nesting is still quoted history, and
 * thousands of nested blockquotes (a few KB of HTML) would otherwise write depth x lines markers.
 */
const MAX_QUOTE_MARKERS = 20;
const SKIP_CONTENT = new Set(['script', 'style', 'head', 'title', 'template']);
const TAG_NAME = /^<(\/?)([a-z][a-z0-9]*)/i;

/**
 * One left-to-right pass with indexOf: every character is looked at a bounded number of times,
 * so unclosed tags, comments or scripts cannot make it quadratic.
 */
export function htmlToText(html: string): string {
  const parts: string[] = [];
  let depth = 0; // blockquote nesting
  let lineStart = true;
  const emit = (text: string): void => {
    if (!text) return;
    const lines = text.split('\n');
    lines.forEach((line, i) => {
      if (i > 0) {
        parts.push('\n');
        lineStart = true;
      }
      if (!line) return;
      if (lineStart) {
        if (depth > 0) parts.push('> '.repeat(Math.min(depth, MAX_QUOTE_MARKERS)));
        lineStart = false;
      }
      parts.push(line);
    });
  };
  const newline = (): void => {
    if (!lineStart) emit('\n');
  };
  const text = (raw: string): void => {
    const t = decodeEntities(raw.replace(/\s+/g, ' '));
    emit(lineStart ? t.trimStart() : t);
  };

  let pos = 0;
  // The next '>' at or after some point, found once and reused while it lies ahead: searching
  // again from every '<' of a text with no '>' left would read the rest of it each time.
  let nextGt = -1;
  let gtFrom = Infinity;
  while (pos < html.length) {
    const lt = html.indexOf('<', pos);
    if (lt === -1) break;
    text(html.slice(pos, lt));
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      pos = close === -1 ? html.length : close + 3;
      continue;
    }
    if (lt + 1 < gtFrom || (nextGt !== -1 && nextGt < lt + 1)) {
      nextGt = html.indexOf('>', lt + 1);
      gtFrom = lt + 1;
    }
    const gt = nextGt;
    const nextLt = html.indexOf('<', lt + 1);
    const m = TAG_NAME.exec(html.slice(lt, lt + 40));
    if (!m || gt === -1 || (nextLt !== -1 && nextLt < gt)) {
      // Not a tag: a lone "<" is text.
      text('<');
      pos = lt + 1;
      continue;
    }
    pos = gt + 1;
    const closing = m[1] === '/';
    const name = m[2]!.toLowerCase();
    if (!closing && SKIP_CONTENT.has(name)) {
      const closer = new RegExp(`</${name}`, 'gi');
      closer.lastIndex = pos;
      const end = closer.exec(html)?.index ?? -1;
      const endGt = end === -1 ? -1 : html.indexOf('>', end);
      pos = endGt === -1 ? html.length : endGt + 1;
    } else if (name === 'blockquote') {
      newline();
      depth = Math.max(0, depth + (closing ? -1 : 1));
    } else if (name === 'br') {
      emit('\n');
    } else if (name === 'li' && !closing) {
      newline();
      emit('- ');
    } else if (name === 'p' || name === 'table' || /^h[1-6]$/.test(name)) {
      newline();
      if (closing || name === 'p') emit('\n');
    } else if (BLOCK.test(name)) {
      newline();
    }
  }
  text(html.slice(pos));
  return trimLineEnds(parts.join(''))
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Drops spaces and tabs at the end of each line. (A regular expression such as /[ \t]+\n/g
 * would scan each long run of spaces again from every one of its positions: entities such as
 * &#32; are decoded after whitespace is collapsed, so such runs can be as long as the input.)
 */
function trimLineEnds(text: string): string {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    let end = line.length;
    while (end > 0 && (line.charCodeAt(end - 1) === 32 || line.charCodeAt(end - 1) === 9)) end--;
    if (end < line.length) lines[i] = line.slice(0, end);
  }
  return lines.join('\n');
}
