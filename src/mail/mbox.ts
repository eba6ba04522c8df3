/**
 * Splits an mbox stream into messages without holding more than one message in memory.
 * Messages start at lines beginning with "From " (mboxo/mboxrd); ">From " quoting in bodies
 * is undone (mboxrd). Chunks may split lines and messages anywhere.
 *
 * An mbox keeps each message's bytes as they were sent, each part in the charset its headers
 * name (ISO-8859-1 is common in older mail), so it is read one character per byte (`byteText`):
 * the "From " lines the splitter looks for are ASCII either way. `messageBytes` turns a message
 * back into its bytes, and the MIME parser decodes each part by its own charset.
 */
export interface MboxMessage {
  /** 1-based line in the file where the message's "From " line is. */
  line: number;
  /** The message as fed to the splitter: one character per byte when read with `byteText`. */
  text: string;
  /** Characters (bytes, when read with `byteText`) seen for this message; oversize messages keep no text. */
  size: number;
  oversize: boolean;
}

/**
 * Browsers decode "x-user-defined" natively: ASCII as itself and bytes 0x80-0xFF as U+F780-U+F7FF,
 * one character per byte. Node has no such decoder (its streams read 'latin1', U+0000-U+00FF).
 */
const USER_DEFINED = (() => {
  try {
    return new TextDecoder('x-user-defined');
  } catch {
    return undefined;
  }
})();

/** Bytes as text, one character per byte: lossless, unlike decoding them in any real charset. */
export function byteText(bytes: Uint8Array): string {
  if (USER_DEFINED) return USER_DEFINED.decode(bytes);
  let out = '';
  // In slices: fromCharCode takes its arguments on the stack.
  for (let i = 0; i < bytes.length; i += 0x2000) out += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x2000) as unknown as number[]);
  return out;
}

/**
 * A message from the splitter back to its bytes for the MIME parser. Text read one character per
 * byte (`byteText`, or node's 'latin1') maps back byte for byte; text holding other characters
 * was decoded already, and is encoded as UTF-8.
 */
export function messageBytes(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 0xff) bytes[i] = c;
    else if (c >= 0xf780 && c <= 0xf7ff) bytes[i] = c - 0xf700;
    else return new TextEncoder().encode(text);
  }
  return bytes;
}

/** A UTF-8 byte-order mark, read by `byteText`, as 'latin1' or as text: it would hide the first "From " line. */
const BYTE_ORDER_MARK = /^(?:\uF7EF\uF7BB\uF7BF|\u00EF\u00BB\u00BF|\uFEFF)/;

export class MboxSplitter {
  /**
   * The unfinished last line, in the pieces it arrived in: joined once its line break comes,
   * so a long line costs its length and not its length times the number of chunks.
   */
  private pending: string[] = [];
  private pendingLength = 0;
  /** The pending line grew past the limit and was dropped: what follows up to the newline continues it. */
  private continuing = false;
  private lines: string[] = [];
  private size = 0;
  private startLine = 0;
  private lineNo = 0;
  private started = false;
  /** Whether the previous line was empty: only then may a "From " line start a message. */
  private previousBlank = true;

  constructor(private readonly maxMessageChars: number) {}

  /** Feeds a chunk; returns the messages completed by it. */
  push(chunk: string): MboxMessage[] {
    const out: MboxMessage[] = [];
    if (this.lineNo === 0 && !this.pending.length && !this.continuing) chunk = chunk.replace(BYTE_ORDER_MARK, '');
    let start = 0;
    for (let nl = chunk.indexOf('\n'); nl !== -1; nl = chunk.indexOf('\n', start)) {
      const piece = chunk.slice(start, nl);
      this.line(this.pending.length ? this.pending.join('') + piece : piece, out);
      this.pending = [];
      this.pendingLength = 0;
      start = nl + 1;
    }
    if (start < chunk.length) {
      this.pending.push(chunk.slice(start));
      this.pendingLength += chunk.length - start;
    }
    // A file without line breaks (or one enormous line) must not pile up here: past the
    // limit the message is oversize anyway, so the line is counted and let go.
    if (this.pendingLength > this.maxMessageChars) {
      if (!this.started) this.begin(this.lineNo + 1);
      this.size += this.pendingLength;
      this.lines = [];
      this.pending = [];
      this.pendingLength = 0;
      this.continuing = true;
    }
    return out;
  }

  /** Ends the stream; returns the last message (a truncated one is returned as it is). */
  end(): MboxMessage[] {
    const out: MboxMessage[] = [];
    if (this.pending.length || this.continuing) this.line(this.pending.join(''), out);
    this.pending = [];
    this.pendingLength = 0;
    this.flush(out);
    return out;
  }
  private begin(line: number): void {
    this.started = true;
    this.startLine = line;
  }

  private line(raw: string, out: MboxMessage[]): void {
    this.lineNo++;
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (this.continuing) {
      // The rest of an over-long line: counted, not kept, and never a separator.
      this.continuing = false;
      this.size += line.length + 1;
      this.previousBlank = false;
      return;
    }
    if (line.startsWith('From ') && this.previousBlank) {
      this.flush(out);
      this.begin(this.lineNo);
      // The separator line itself does not count as a blank line before the next one.
      this.previousBlank = false;
      return;
    }
    // Text before the first "From " line: not an mbox separator; treat as a message start.
    if (!this.started) this.begin(this.lineNo);
    this.previousBlank = line === '';
    this.size += line.length + 1;
    if (this.size <= this.maxMessageChars) this.lines.push(/^>+From /.test(line) ? line.slice(1) : line);
    else this.lines = [];
  }

  private flush(out: MboxMessage[]): void {
    if (this.started && (this.lines.length > 0 || this.size > 0)) {
      const oversize = this.size > this.maxMessageChars;
      out.push({ line: this.startLine, text: oversize ? '' : this.lines.join('\n'), size: this.size, oversize });
    }
    this.lines = [];
    this.size = 0;
    this.started = false;
  }
}
