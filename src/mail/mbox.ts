/**
 * Splits an mbox stream into messages without holding more than one message in memory.
 * Messages start at lines beginning with "From " (mboxo/mboxrd); ">From " quoting in bodies
 * is undone (mboxrd). Chunks may split lines and messages anywhere.
 */
export interface MboxMessage {
  /** 1-based line in the file where the message's "From " line is. */
  line: number;
  text: string;
  /** Bytes seen for this message (approximate for multi-byte text); oversize messages keep no text. */
  size: number;
  oversize: boolean;
}

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
