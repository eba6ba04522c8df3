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

export function htmlToText(html: string): string {
  const cleaned = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|head|title)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '');
  let out = '';
  let depth = 0; // blockquote nesting
  let lineStart = true;
  const emit = (text: string): void => {
    for (const ch of text) {
      if (lineStart && ch !== '\n') {
        if (depth > 0) out += `${'> '.repeat(depth)}`;
        lineStart = false;
      }
      out += ch;
      if (ch === '\n') lineStart = true;
    }
  };
  const newline = (): void => {
    if (!lineStart) emit('\n');
  };
  const tag = /<(\/?)([a-z][a-z0-9]*)\b[^>]*>/gi;
  let pos = 0;
  for (let m = tag.exec(cleaned); m; m = tag.exec(cleaned)) {
    const text = decodeEntities(cleaned.slice(pos, m.index).replace(/\s+/g, ' '));
    if (text.trim() || !lineStart) emit(lineStart ? text.trimStart() : text);
    pos = m.index + m[0].length;
    const closing = m[1] === '/';
    const name = m[2]!.toLowerCase();
    if (name === 'blockquote') {
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
  emit(decodeEntities(cleaned.slice(pos).replace(/\s+/g, ' ')));
  return out
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
