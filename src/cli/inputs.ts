import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Field } from '../engine/draft';
import { MAX_MESSAGE_BYTES, looksBinary, parseEml } from '../mail/eml';
import { MboxSplitter } from '../mail/mbox';
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

async function readMessage(raw: string | Uint8Array, source: string, line: number): Promise<Input> {
  try {
    const draft = await parseEml(raw);
    const text = typeof raw === 'string' ? raw : new TextDecoder().decode(raw);
    return { source, line, draft, fieldLines: locateFields(text, line, draft.body) };
  } catch (error) {
    return { source, line, error: message(error) };
  }
}

async function* readMbox(path: string, source: string): AsyncGenerator<Input> {
  const splitter = new MboxSplitter(MAX_MESSAGE_BYTES);
  const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 });
  const emit = async function* (messages: ReturnType<MboxSplitter['push']>): AsyncGenerator<Input> {
    for (const m of messages) {
      const where = `${source}:${m.line}`;
      if (m.oversize) {
        yield { source: where, line: m.line, error: `message is ${(m.size / 1048576).toFixed(1)} MB; Tactful reads messages up to ${MAX_MESSAGE_BYTES / 1048576} MB` };
      } else {
        // The "From " separator line is not part of the message: its headers start one line below.
        yield await readMessage(m.text, where, m.line + 1);
      }
    }
  };
  for await (const chunk of stream) yield* emit(splitter.push(chunk as string));
  yield* emit(splitter.end());
}

/** Reads one named input (a path, or '-' for standard input) into drafts or per-message errors, in file order. */
export async function* readInput(path: string, stdin: () => Promise<Buffer>): AsyncGenerator<Input> {
  const source = path === '-' ? '<stdin>' : path;
  let format = BY_EXTENSION[extname(path).toLowerCase()];
  if (path !== '-' && extname(path).toLowerCase() === '.msg') {
    yield { source, line: 1, error: 'Outlook .msg files are not supported; save the message as .eml' };
    return;
  }
  let bytes: Uint8Array | undefined;
  try {
    if (path === '-') {
      bytes = await stdin();
    } else {
      const info = await stat(path);
      if (info.isDirectory()) throw new Error('is a folder; name the files in it (for example folder/*.eml)');
      if (format !== 'mbox' && format !== 'jsonl' && info.size > MAX_MESSAGE_BYTES) {
        throw new Error(`file is ${(info.size / 1048576).toFixed(1)} MB; Tactful reads messages up to ${MAX_MESSAGE_BYTES / 1048576} MB (use .mbox or .jsonl for many messages)`);
      }
      if (format === 'mbox') {
        yield* readMbox(path, source);
        return;
      }
      bytes = await readFile(path);
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : message(error);
    yield { source, line: 1, error: reason };
    return;
  }
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
      for (const m of [...splitter.push(text), ...splitter.end()]) {
        yield await readMessage(m.text, `${source}:${m.line}`, m.line + 1);
      }
      return;
    }
    case 'eml':
      yield await readMessage(bytes, source, 1);
  }
}
