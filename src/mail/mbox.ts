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
  private pending = '';
  private lines: string[] = [];
  private size = 0;
  private startLine = 0;
  private lineNo = 0;
  private started = false;

  constructor(private readonly maxMessageChars: number) {}

  /** Feeds a chunk; returns the messages completed by it. */
  push(chunk: string): MboxMessage[] {
    const out: MboxMessage[] = [];
    const text = this.pending + chunk;
    let start = 0;
    for (let nl = text.indexOf('\n', start); nl !== -1; nl = text.indexOf('\n', start)) {
      this.line(text.slice(start, nl), out);
      start = nl + 1;
    }
    this.pending = text.slice(start);
    return out;
  }

  /** Ends the stream; returns the last message (a truncated one is returned as it is). */
  end(): MboxMessage[] {
    const out: MboxMessage[] = [];
    if (this.pending) this.line(this.pending, out);
    this.pending = '';
    this.flush(out);
    return out;
  }

  private line(raw: string, out: MboxMessage[]): void {
    this.lineNo++;
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.startsWith('From ') && (this.lineNo === 1 || this.lastWasBlank())) {
      this.flush(out);
      this.started = true;
      this.startLine = this.lineNo;
      return;
    }
    if (!this.started) {
      // Text before the first "From " line: not an mbox separator; treat as a message start.
      this.started = true;
      this.startLine = this.lineNo;
    }
    this.size += line.length + 1;
    if (this.size <= this.maxMessageChars) this.lines.push(/^>+From /.test(line) ? line.slice(1) : line);
    else this.lines = [];
  }

  private lastWasBlank(): boolean {
    return this.lines.length === 0 || this.lines[this.lines.length - 1] === '';
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
