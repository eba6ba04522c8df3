/**
 * The review's reading and analysis, as plain code with no page or worker around it: files in
 * (anything with a name, a size and a byte stream, such as a File), progress and then the
 * result out. The worker (worker.ts) runs it and posts what it yields; tests call it directly.
 *
 * Every message read gets a position (1-based, in reading order, other senders and unreadable
 * messages included), so the report's drill-down links stay valid however the page filters.
 * Only the team's mail is analysed. Bodies are kept only for flagged emails, capped, for the
 * detail view; every other email keeps its lightweight record.
 */
import { analyze } from '../../engine/analyze';
import type { Draft } from '../../engine/draft';
import { MAX_MESSAGE_BYTES, looksBinary, parseEml } from '../../mail/eml';
import { readJson, readJsonLine, type ReadItem } from '../../mail/json';
import { byteText, messageBytes, MboxSplitter } from '../../mail/mbox';
import { isAlarm, isFromTeam, recordOf, type ReviewRecord } from '../../review/report';
import { rules as registry } from '../../rules/index';
import type { Policy } from '../../settings/schema';

/** A flagged email's body is kept up to this many characters for the detail view. */
export const BODY_KEPT_CHARS = 20_000;
/** Unreadable messages listed one by one (all are counted); the report lists as many. */
export const MALFORMED_LISTED = 200;
/** A .json file (one draft or an array) is read whole; larger ones are refused. */
export const MAX_JSON_BYTES = 256 * 1024 * 1024;

/** What the reader needs of a file: a File or a Blob with a name. */
export interface ReviewFile {
  readonly name: string;
  readonly size: number;
  stream(): ReadableStream<Uint8Array>;
}

export interface MalformedEntry {
  /** The message's position among those read. */
  position: number;
  /** File and line ("sent.mbox:1234"), or file name. */
  source: string;
  error: string;
}

export interface KeptBody {
  text: string;
  /** The body was longer than BODY_KEPT_CHARS and is cut there. */
  truncated: boolean;
}

export interface ReviewResult {
  team: string[];
  /** Every email from the team, in position order. */
  records: ReviewRecord[];
  /** Bodies of flagged emails, by position. */
  bodies: Record<number, KeptBody>;
  /** Emails from anyone else: read, not counted. */
  otherSenders: number;
  malformedCount: number;
  /** The first MALFORMED_LISTED unreadable messages. */
  malformed: MalformedEntry[];
  /** Messages read in all (team, others and unreadable). */
  messages: number;
  files: number;
  bytes: number;
  /** What each rule looks for, in a line, by rule id (the page shows it without loading the rules). */
  rules: Record<string, string>;
}

/** Every rule's one-line description, by id. */
export function ruleDescriptions(): Record<string, string> {
  return Object.fromEntries(registry.map((r) => [r.id, r.description]));
}

export interface ReviewProgress {
  type: 'progress';
  /** Bytes read so far, of all files. */
  bytes: number;
  totalBytes: number;
  /** Messages read so far, and of those the team's. */
  messages: number;
  teamEmails: number;
  /** The file being read. */
  file: string;
}

export type ReviewEvent = ReviewProgress | { type: 'done'; result: ReviewResult };

type Format = 'eml' | 'mbox' | 'json' | 'jsonl';

const BY_EXTENSION: Record<string, Format> = {
  eml: 'eml',
  txt: 'eml',
  mbox: 'mbox',
  mbx: 'mbox',
  json: 'json',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
};

/** A file's format by its extension, else by how it starts. */
export function formatOf(name: string, head: string): Format {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  const known = ext ? BY_EXTENSION[ext] : undefined;
  if (known) return known;
  const t = head.replace(/^\uFEFF/, '').trimStart();
  if (t.startsWith('[')) return 'json';
  if (t.startsWith('{')) {
    try {
      JSON.parse(t.split('\n', 1)[0]!.trim());
      return 'jsonl';
    } catch {
      return 'json';
    }
  }
  return t.startsWith('From ') ? 'mbox' : 'eml';
}

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));
const mb = (n: number) => (n / 1048576).toFixed(1);

/** One message to parse (raw) or an already read draft, at its position. */
export interface Job {
  position: number;
  source: string;
  raw?: string | Uint8Array;
  draft?: Draft;
}

/** What became of a message. */
export type Outcome =
  | { position: number; source: string; kind: 'other' }
  | { position: number; source: string; kind: 'malformed'; error: string }
  | { position: number; source: string; kind: 'team'; record: ReviewRecord; body?: KeptBody };

/** Parses (when raw) and, for the team's mail, analyses one message. Never throws. */
export async function runJob(job: Job, team: readonly string[], policy: Policy): Promise<Outcome> {
  const { position, source } = job;
  let draft = job.draft;
  if (!draft) {
    try {
      draft = await parseEml(job.raw ?? '');
    } catch (error) {
      return { position, source, kind: 'malformed', error: errorText(error) };
    }
  }
  if (!isFromTeam(draft.from ?? '', team)) return { position, source, kind: 'other' };
  // (analyze never throws: a rule that fails is skipped.)
  const findings = analyze(draft, policy);
  const record = recordOf(draft, findings, position, source);
  return findings.some(isAlarm)
    ? { position, source, kind: 'team', record, body: { text: draft.body.slice(0, BODY_KEPT_CHARS), truncated: draft.body.length > BODY_KEPT_CHARS } }
    : { position, source, kind: 'team', record };
}

/**
 * Runs batches of jobs and hands each outcome to `apply`, in any order. `submit` settles once the
 * batch is taken (the reader waits there when the executor is busy); `drain` once all are done.
 */
export interface Executor {
  submit(jobs: Job[]): Promise<void>;
  drain(): Promise<void>;
}

export type ExecutorFactory = (apply: (outcome: Outcome) => void, team: readonly string[], policy: Policy) => Executor;

/** Runs every batch here, one job after another. */
export const localExecutor: ExecutorFactory = (apply, team, policy) => ({
  async submit(jobs) {
    for (const job of jobs) apply(await runJob(job, team, policy));
  },
  async drain() {},
});

/** Jobs go to the executor in batches of this many messages, or fewer adding up to BATCH_CHARS. */
export const BATCH_MESSAGES = 32;
export const BATCH_CHARS = 2 * 1024 * 1024;

export interface ReviewOptions {
  /** How batches of messages are parsed and analysed (here, by default; a worker pool in the browser). */
  executor?: ExecutorFactory;
}

/** Reads files in order and yields progress after every chunk, then the result. */
export async function* reviewFiles(files: readonly ReviewFile[], team: readonly string[], policy: Policy, options: ReviewOptions = {}): AsyncGenerator<ReviewEvent> {
  const review = new Review(team, policy, options.executor ?? localExecutor);
  const totalBytes = files.reduce((sum, f) => sum + f.size, 0);
  let before = 0;
  for (const file of files) {
    for await (const read of review.readFile(file)) {
      yield { type: 'progress', bytes: before + read, totalBytes, messages: review.position, teamEmails: review.teamEmails, file: file.name };
    }
    before += file.size;
  }
  await review.finish();
  yield { type: 'progress', bytes: totalBytes, totalBytes, messages: review.position, teamEmails: review.teamEmails, file: '' };
  yield { type: 'done', result: review.result(files.length, totalBytes) };
}

/** One review's state: positions, records, kept bodies, the counts of the rest. */
class Review {
  position = 0;
  private readonly records: ReviewRecord[] = [];
  private readonly bodies: Record<number, KeptBody> = {};
  private otherSenders = 0;
  private malformedCount = 0;
  private malformed: MalformedEntry[] = [];
  private readonly executor: Executor;
  private batch: Job[] = [];
  private batchChars = 0;

  constructor(
    private readonly team: readonly string[],
    policy: Policy,
    executor: ExecutorFactory,
  ) {
    this.executor = executor((outcome) => this.apply(outcome), team, policy);
  }

  get teamEmails(): number {
    return this.records.length;
  }

  async finish(): Promise<void> {
    await this.flush();
    await this.executor.drain();
  }

  result(files: number, bytes: number): ReviewResult {
    // Outcomes may arrive out of order from a pool: the report wants positions ascending.
    this.records.sort((a, b) => a.position - b.position);
    this.trimMalformed();
    return {
      team: [...this.team],
      records: this.records,
      bodies: this.bodies,
      otherSenders: this.otherSenders,
      malformedCount: this.malformedCount,
      malformed: this.malformed,
      messages: this.position,
      files,
      bytes,
      rules: ruleDescriptions(),
    };
  }

  private apply(outcome: Outcome): void {
    if (outcome.kind === 'other') this.otherSenders++;
    else if (outcome.kind === 'malformed') {
      this.malformedCount++;
      this.malformed.push({ position: outcome.position, source: outcome.source, error: outcome.error });
      if (this.malformed.length >= MALFORMED_LISTED * 2) this.trimMalformed();
    } else {
      this.records.push(outcome.record);
      if (outcome.body) this.bodies[outcome.position] = outcome.body;
    }
  }

  /** Keeps the first MALFORMED_LISTED by position (those dropped have that many before them). */
  private trimMalformed(): void {
    this.malformed.sort((a, b) => a.position - b.position);
    if (this.malformed.length > MALFORMED_LISTED) this.malformed = this.malformed.slice(0, MALFORMED_LISTED);
  }

  private unreadable(source: string, error: string): void {
    this.apply({ position: ++this.position, source, kind: 'malformed', error });
  }

  private async queue(job: Omit<Job, 'position'>, chars: number): Promise<void> {
    this.batch.push({ ...job, position: ++this.position });
    this.batchChars += chars;
    if (this.batch.length >= BATCH_MESSAGES || this.batchChars >= BATCH_CHARS) await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.batch.length === 0) return;
    const jobs = this.batch;
    this.batch = [];
    this.batchChars = 0;
    await this.executor.submit(jobs);
  }

  private async message(raw: string | Uint8Array, source: string): Promise<void> {
    // Another sender's message, plainly so by its From header, is counted without parsing it.
    const from = typeof raw === 'string' ? plainFrom(raw) : undefined;
    if (from !== undefined && !isFromTeam(from, this.team)) {
      this.apply({ position: ++this.position, source, kind: 'other' });
      return;
    }
    await this.queue({ source, raw }, raw.length);
  }

  private async item(item: ReadItem): Promise<void> {
    if (!item.draft) this.unreadable(item.source, item.error ?? 'unreadable');
    else if (!isFromTeam(item.draft.from ?? '', this.team)) this.apply({ position: ++this.position, source: item.source, kind: 'other' });
    else await this.queue({ source: item.source, draft: item.draft }, item.draft.body.length);
  }

  /** Reads one file; yields the bytes of it read so far after each chunk. */
  async *readFile(file: ReviewFile): AsyncGenerator<number> {
    let read = 0;
    let reader: ReadableStreamDefaultReader<Uint8Array>;
    try {
      reader = file.stream().getReader();
    } catch (error) {
      this.unreadable(file.name, errorText(error));
      return;
    }
    let format: Format | undefined;
    const decoder = new TextDecoder('utf-8');
    // Per format: an mbox splitter, a JSON Lines tail, or whole-file bytes (eml, json).
    const splitter = new MboxSplitter(MAX_MESSAGE_BYTES);
    let jsonlTail = '';
    let jsonlLine = 0;
    const whole: Uint8Array[] = [];
    let refused = '';

    const jsonlLines = async (text: string, end: boolean) => {
      const lines = (jsonlTail + text).split('\n');
      jsonlTail = end ? '' : lines.pop()!;
      for (const raw of lines) {
        jsonlLine++;
        const line = raw.trim();
        if (!line) continue;
        if (line.length > MAX_MESSAGE_BYTES) this.unreadable(`${file.name}:${jsonlLine}`, `record is ${mb(line.length)} MB; Tactful reads messages up to ${mb(MAX_MESSAGE_BYTES)} MB`);
        else await this.item(readJsonLine(line, file.name, jsonlLine));
      }
      // A line that never ends is refused once it is too long to be a message.
      if (jsonlTail.length > MAX_MESSAGE_BYTES + 1024) {
        jsonlLine++;
        this.unreadable(`${file.name}:${jsonlLine}`, `record is over ${mb(MAX_MESSAGE_BYTES)} MB; Tactful reads messages up to ${mb(MAX_MESSAGE_BYTES)} MB`);
        jsonlTail = '';
        refused = 'line';
      }
    };
    const mboxMessages = async (messages: ReturnType<MboxSplitter['push']>) => {
      for (const m of messages) {
        const source = `${file.name}:${m.line}`;
        if (m.oversize) this.unreadable(source, `message is ${mb(m.size)} MB; Tactful reads messages up to ${mb(MAX_MESSAGE_BYTES)} MB`);
        else await this.message(messageBytes(m.text), source);
      }
    };

    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        read += value.length;
        if (format === undefined) {
          if (looksBinary(value)) {
            this.unreadable(file.name, 'binary data, not an email, mbox or JSON file');
            await reader.cancel().catch(() => undefined);
            yield file.size;
            return;
          }
          format = formatOf(file.name, new TextDecoder().decode(value.subarray(0, 4096)));
        }
        if (format === 'mbox') await mboxMessages(splitter.push(byteText(value)));
        else if (format === 'jsonl') {
          if (refused !== 'line') await jsonlLines(decoder.decode(value, { stream: true }), false);
          else if (value.includes(10)) {
            // Back on track after the next line break.
            refused = '';
            const text = decoder.decode(value, { stream: true });
            jsonlTail = '';
            await jsonlLines(text.slice(text.indexOf('\n') + 1), false);
          }
        } else if (!refused) {
          const limit = format === 'eml' ? MAX_MESSAGE_BYTES : MAX_JSON_BYTES;
          if (read > limit) {
            refused = format === 'eml' ? `message is ${mb(file.size)} MB; Tactful reads messages up to ${mb(MAX_MESSAGE_BYTES)} MB` : `file is ${mb(file.size)} MB; Tactful reads .json files up to ${mb(MAX_JSON_BYTES)} MB (use .jsonl for more)`;
            whole.length = 0;
          } else whole.push(value);
        }
        yield read;
      }
    } catch (error) {
      this.unreadable(file.name, errorText(error));
      yield file.size;
      return;
    }

    switch (format) {
      case undefined:
        // An empty file: nothing in it.
        break;
      case 'mbox':
        await mboxMessages(splitter.end());
        break;
      case 'jsonl':
        await jsonlLines(decoder.decode(), true);
        break;
      case 'eml':
        if (refused) this.unreadable(file.name, refused);
        else await this.message(concat(whole, read), file.name);
        break;
      case 'json':
        if (refused) this.unreadable(file.name, refused);
        else for (const item of readJson(new TextDecoder().decode(concat(whole, read)), file.name)) await this.item(item);
        break;
    }
    yield read;
  }
}

/**
 * The From header of a raw message when it names one plain address (unfolded), read without
 * parsing the message; undefined when it is absent, encoded (=?...?=) or a list, so the full
 * parse decides.
 */
export function plainFrom(raw: string): string | undefined {
  const end = raw.search(/\r?\n\r?\n/);
  const head = end === -1 ? raw.slice(0, 65536) : raw.slice(0, end);
  const m = /^from:[ \t]*(.*(?:\r?\n[ \t].*)*)/im.exec(head);
  if (!m) return undefined;
  const value = m[1]!.replace(/\r?\n[ \t]+/g, ' ').trim();
  if (!value || value.includes('=?') || value.includes(',') || !/@/.test(value)) return undefined;
  return value;
}

function concat(parts: Uint8Array[], length: number): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
