import { createReadStream } from 'node:fs';
import { open, readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Field } from '../engine/draft';
import { MAX_MESSAGE_BYTES, looksBinary, parseEml } from '../mail/eml';
import { byteText, messageBytes, MboxSplitter } from '../mail/mbox';
import { readJson, readJsonLine, type ReadItem } from '../mail/json';

export interface Input extends ReadItem {
  /** File line where each field's text starts, when it can be known (mail files). */
  fieldLines?: Partial<Record<Field, number>>;
}

type Format = 'eml' | 'mbox' | 'json' | 'jsonl';

const BY_EXTENSION: Record<string, Format> = {
  '.eml': 'eml', '.txt': 'eml', '.mbox': 'mbox', '.mbx': 'mbox', '.json': 'json', '.jsonl': 'jsonl', '.ndjson': 'jsonl',
};

function sniff(head: string): Format {
  const t = head.replace(/^\uFEFF/, '').trimStart();
  if (t.startsWith('[')) return 'json';
  if (t.startsWith('{')) {
    const firstLine = t.split('\n', 1)[0]!.trim();
    try {
      JSON.parse(firstLine);
      return 'jsonl';
    } catch {
      return 'json';
    }
  }
  return t.startsWith('From ') ? 'mbox' : 'eml';
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Where the subject, recipients and body of a raw message sit in the file, for file:line:col output. */
function locateFields(raw: string, firstLine: number, body: string): Partial<Record<Field, number>> {
  const lines: Partial<Record<Field, number>> = {};
  const headerEnd = raw.search(/\r?\n\r?\n/);
  const headers = headerEnd === -1 ? raw : raw.slice(0, headerEnd);
  const headerKeys: [RegExp, Field][] = [[/^subject:/im, 'subject'], [/^to:/im, 'to'], [/^cc:/im, 'cc'], [/^bcc:/im, 'bcc']];
  for (const [re, field] of headerKeys) {
    const m = re.exec(headers);
    if (m) lines[field] = firstLine + countLines(headers, m.index);
  }
  if (headerEnd !== -1) {
    // The body's first line appears verbatim in the file for plain (not encoded) bodies.
    const probe = body.split('\n', 1)[0]!.slice(0, 60);
    const at = probe.trim() ? raw.indexOf(probe, headerEnd) : -1;
    if (at !== -1) lines.body = firstLine + countLines(raw, at);
  }
  return lines;
}

function countLines(text: string, end: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** A mail message parsed into a draft, with where its fields sit in the file (for file:line:col). */
export async function readMessage(raw: string | Uint8Array, source: string, line: number): Promise<Input> {
  try {
    const draft = await parseEml(raw);
    const text = typeof raw === 'string' ? raw : new TextDecoder().decode(raw);
    return { source, line, draft, fieldLines: locateFields(text, line, draft.body) };
  } catch (error) {
    return { source, line, error: message(error) };
  }
}

/** Called as a file is read, with the bytes of it read so far (for a progress bar). */
export type OnRead = (bytesRead: number) => void;

/**
 * An mbox file, streamed: one chunk of the file and the message being assembled are all that
 * is held, however large the file.
 */
async function* readMbox(path: string, source: string, onRead?: OnRead): AsyncGenerator<RawInput> {
  const splitter = new MboxSplitter(MAX_MESSAGE_BYTES);
  // One character per byte (node's latin1 is exactly that): see src/mail/mbox.ts.
  const stream = createReadStream(path, { encoding: 'latin1', highWaterMark: 1 << 16 });
  const emit = function* (messages: ReturnType<MboxSplitter['push']>): Generator<RawInput> {
    for (const m of messages) {
      const where = `${source}:${m.line}`;
      if (m.oversize) {
        yield { source: where, line: m.line, error: `message is ${(m.size / 1048576).toFixed(1)} MB; Tactful reads messages up to ${MAX_MESSAGE_BYTES / 1048576} MB` };
      } else {
        // The "From " separator line is not part of the message: its headers start one line below.
        yield { source: where, line: m.line + 1, mail: messageBytes(m.text) };
      }
    }
  };
  try {
    for await (const chunk of stream) {
      onRead?.(stream.bytesRead);
      yield* emit(splitter.push(chunk as string));
    }
    yield* emit(splitter.end());
  } finally {
    // The reader may stop early (an error, or a consumer that has seen enough).
    stream.destroy();
  }
}

/**
 * A JSON Lines file, streamed line by line, with the numbering and errors of reading it whole.
 * A line longer than the limit is counted, not kept.
 */
async function* readJsonl(path: string, source: string, onRead?: OnRead): AsyncGenerator<RawInput> {
  const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 16 });
  let pending = '';
  let pendingLength = 0;
  let lineNo = 0;
  const finish = (line: string, length: number): RawInput | undefined => {
    lineNo++;
    if (length > MAX_MESSAGE_BYTES) {
      return { source: `${source}:${lineNo}`, line: lineNo, error: `record is ${(length / 1048576).toFixed(1)} MB; Tactful reads messages up to ${MAX_MESSAGE_BYTES / 1048576} MB` };
    }
    const trimmed = line.trim();
    return trimmed ? readJsonLine(trimmed, source, lineNo) : undefined;
  };
  try {
    for await (const chunk of stream) {
      onRead?.(stream.bytesRead);
      const text = chunk as string;
      let start = 0;
      for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', start)) {
        const part = text.slice(start, nl);
        const item = finish(pending + part, pendingLength + part.length);
        pending = '';
        pendingLength = 0;
        start = nl + 1;
        if (item) yield item;
      }
      const rest = text.slice(start);
      pendingLength += rest.length;
      // Past the limit the record is refused anyway: keep its length, not its text.
      pending = pendingLength > MAX_MESSAGE_BYTES ? '' : pending + rest;
    }
    if (pendingLength > 0) {
      const item = finish(pending, pendingLength);
      if (item) yield item;
    }
  } finally {
    stream.destroy();
  }
}

/** The first bytes of a file, to tell its format and binary junk apart without reading it all. */
async function readHead(path: string, bytes: number): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buffer = new Uint8Array(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/**
 * One item of an input before any mail is parsed: a draft (JSON), the raw text or bytes of a
 * mail message (`mail`, parsed by `readMessage`), or what was wrong (`error`).
 */
export interface RawInput extends ReadItem {
  mail?: string | Uint8Array;
}

/**
 * Reads one named input (a path, or '-' for standard input) into drafts or per-message errors,
 * in file order. Mbox and JSON Lines files are streamed, so their size does not matter; other
 * files hold one message and are read whole (up to the message limit).
 */
export async function* readInput(path: string, stdin: () => Promise<Buffer>, onRead?: OnRead): AsyncGenerator<Input> {
  for await (const item of readRaw(path, stdin, onRead)) {
    yield item.mail === undefined ? item : await readMessage(item.mail, item.source, item.line);
  }
}

/** `readInput` without parsing mail messages: `tactful review` parses them in worker threads. */
export async function* readRaw(path: string, stdin: () => Promise<Buffer>, onRead?: OnRead): AsyncGenerator<RawInput> {
  const source = path === '-' ? '<stdin>' : path;
  let format = BY_EXTENSION[extname(path).toLowerCase()];
  if (path !== '-' && extname(path).toLowerCase() === '.msg') {
    yield { source, line: 1, error: 'Outlook .msg files are not supported; save the message as .eml' };
    return;
  }
  let bytes: Uint8Array | undefined;
  let streamed: 'mbox' | 'jsonl' | undefined;
  try {
    if (path === '-') {
      bytes = await stdin();
    } else {
      const info = await stat(path);
      if (info.isDirectory()) throw new Error('is a folder; name the files in it (for example folder/*.eml)');
      if (format !== 'mbox') {
        // Binary junk is refused before anything else; a file of unknown kind is told by its start,
        // so a large mbox without an extension (Thunderbird's "Sent") is streamed like any mbox.
        const head = await readHead(path, 8192);
        if (looksBinary(head)) {
          yield { source, line: 1, error: 'binary data, not an email, mbox or JSON file' };
          return;
        }
        format ??= sniff(new TextDecoder().decode(head).slice(0, 4096));
      }
      if (format === 'mbox' || format === 'jsonl') {
        streamed = format;
      } else {
        if (info.size > MAX_MESSAGE_BYTES) {
          throw new Error(`file is ${(info.size / 1048576).toFixed(1)} MB; Tactful reads messages up to ${MAX_MESSAGE_BYTES / 1048576} MB (use .mbox or .jsonl for many messages)`);
        }
        bytes = await readFile(path);
        onRead?.(bytes.length);
      }
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : message(error);
    yield { source, line: 1, error: reason };
    return;
  }
  if (streamed === 'mbox') {
    yield* readMbox(path, source, onRead);
    return;
  }
  if (streamed === 'jsonl') {
    yield* readJsonl(path, source, onRead);
    return;
  }
  if (!bytes) return;
  if (looksBinary(bytes)) {
    yield { source, line: 1, error: 'binary data, not an email, mbox or JSON file' };
    return;
  }
  const text = new TextDecoder().decode(bytes);
  format ??= sniff(text.slice(0, 4096));
  switch (format) {
    case 'json':
      yield* readJson(text, source);
      return;
    case 'jsonl': {
      const lines = text.split('\n');
      for (let i = 0; i < lines.length; i++) {
        const line = lines[i]!.trim();
        if (line.length > MAX_MESSAGE_BYTES) {
          yield { source: `${source}:${i + 1}`, line: i + 1, error: `record is ${(line.length / 1048576).toFixed(1)} MB; Tactful reads messages up to ${MAX_MESSAGE_BYTES / 1048576} MB` };
        } else if (line) {
          yield readJsonLine(line, source, i + 1);
        }
      }
      return;
    }
    case 'mbox': {
      const splitter = new MboxSplitter(MAX_MESSAGE_BYTES);
      for (const m of [...splitter.push(byteText(bytes)), ...splitter.end()]) {
        yield { source: `${source}:${m.line}`, line: m.line + 1, mail: messageBytes(m.text) };
      }
      return;
    }
    case 'eml':
      yield { source, line: 1, mail: bytes };
  }
}
