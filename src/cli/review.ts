// `tactful review`: the manager's report on how a team writes to customers, from exported sent
// mail. Reads one message at a time and keeps counts, never mail text: the HTML drill-down
// goes to a temporary file as it is written, JSON and CSV rows straight to the output, so a
// mailbox of any size is reviewed in flat memory.
import { createWriteStream, type WriteStream } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { constants } from 'node:fs';
import { once } from 'node:events';
import { analyze } from '../engine/analyze';
import type { Draft } from '../engine/draft';
import { parseEml } from '../mail/eml';
import { CSV_HEADER, csvField, csvRows, isAlarm, isFromTeam, parseTeam, recordOf, ReviewAccumulator, type Report } from '../review/report';
import { emailFragment, HtmlReportWriter, type Sink } from '../review/html';
import { inert } from './format';
import { readRaw, type RawInput } from './inputs';
import type { Io } from './main';
import { loadPolicy, parseOptions, UsageError } from './options';
import { progressBar } from './progress';

declare const TACTFUL_VERSION: string;
const VERSION = typeof TACTFUL_VERSION === 'string' ? TACTFUL_VERSION : 'dev';

export const REVIEW_USAGE = `Usage:
  tactful review FILE ... --from TEAM [--out FILE|-] [--format html|json|csv] [--policy FILE]

Reviews a team's sent mail (.mbox, .eml, .json, .jsonl files) for what may put customers off,
and writes a report a manager can read in a minute and drill into.

  --from TEAM      the team's addresses and/or domains, comma-separated
                   (sam@vendor.io,@vendor.io); a domain covers its subdomains.
                   Mail from anyone else is skipped and counted.
  --format         html (default): one self-contained page with headline, categories, rules,
                   senders, weekly trend, phrases, and every flagged email with its marked
                   text, the reason and a rewrite;
                   json: the report and the flagged emails' records;
                   csv: one row per finding.
  --out FILE       where to write it (default tactful-review.html, .json or .csv); - for
                   standard output.
  --policy FILE    a policy file, as for tactful check.

Messages that cannot be read are counted and listed by file:line. Files of any size are
read as a stream. A progress bar is shown on a terminal.
Exit status: 0 when the report was written, 2 on a usage error or an unreadable file (the
other files are still reviewed).`;

const FORMATS = ['html', 'json', 'csv'];

/**
 * Bodies longer than this are analysed up to here. The engine needs some tens of bytes per
 * character of body, so one pathological message (a 20 MB log pasted into an email) would
 * otherwise cost more memory than the whole rest of the review; people do not write emails
 * this long.
 */
export const REVIEW_BODY_MAX = 1 << 20;

/** How many unreadable messages the closing line names (the report lists more). */
const MALFORMED_NAMED = 5;

interface Output extends Sink {
  close(): Promise<void>;
}

/** A file written in order, waiting when the disk is slower than the review. */
async function fileOutput(path: string): Promise<Output> {
  const stream: WriteStream = createWriteStream(path, { encoding: 'utf8' });
  let failure: Error | undefined;
  try {
    await once(stream, 'open');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`${path}: cannot write the report (${code === 'ENOENT' ? 'no such folder' : code === 'EACCES' ? 'permission denied' : code ?? String(error)})`);
  }
  // Kept so a later write error (disk full) ends the review instead of crashing it.
  stream.on('error', (error) => (failure = error));
  return {
    async write(text) {
      if (failure) throw failure;
      if (!stream.write(text)) await once(stream, 'drain');
    },
    async close() {
      stream.end();
      if (!stream.writableFinished) await once(stream, 'finish');
      if (failure) throw failure;
    },
  };
}

/** Standard output through the caller's `out` (synchronous for files and pipes on Linux). */
const stdoutOutput = (io: Io): Output => ({ write: (text) => io.out(text), close: async () => {} });

/** The files that can be read, with their sizes; the others are named on standard error. */
async function readableFiles(files: string[], io: Io): Promise<{ path: string; size: number }[]> {
  const ok: { path: string; size: number }[] = [];
  for (const path of files) {
    try {
      const info = await stat(path);
      if (info.isDirectory()) throw Object.assign(new Error('is a folder; name the files in it (for example folder/*.eml)'), { code: 'EISDIR' });
      await access(path, constants.R_OK);
      ok.push({ path, size: info.size });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const reason = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
      io.err(`tactful: ${inert(path)}: ${reason}\n`);
    }
  }
  return ok;
}

/** The draft of an item (mail is parsed here), or undefined after counting it as unreadable. */
async function draftOf(item: RawInput, accumulator: ReviewAccumulator): Promise<Draft | undefined> {
  if (item.mail === undefined) {
    if (!item.draft) accumulator.malformed(item.source, item.error ?? 'unreadable');
    return item.draft;
  }
  try {
    return await parseEml(item.mail);
  } catch (error) {
    accumulator.malformed(item.source, error instanceof Error ? error.message : String(error));
    return undefined;
  }
}

/** The draft as analysed: its body cut at REVIEW_BODY_MAX, saying so. */
function reviewable(draft: Draft, source: string, io: Io): Draft {
  if (draft.body.length <= REVIEW_BODY_MAX) return draft;
  io.err(`tactful: ${inert(source)}: body is ${(draft.body.length / 1048576).toFixed(1)} MB; its first ${REVIEW_BODY_MAX / 1048576} MB was reviewed\n`);
  return { ...draft, body: draft.body.slice(0, REVIEW_BODY_MAX) };
}

/** The files named in a report: all of them up to a handful. */
function fileList(files: string[]): string[] {
  return files.length <= 10 ? files : [...files.slice(0, 10), `and ${files.length - 10} more`];
}

function summary(report: Report, out: string, format: string): string {
  const share = report.total ? Math.round((report.flagged.length / report.total) * 100) : 0;
  const parts = [
    `Reviewed ${report.total} email${report.total === 1 ? '' : 's'} from ${report.team.join(', ')}: ${report.flagged.length} (${share}%) with a warning or error`,
    `${report.otherSenders} from other senders skipped`,
  ];
  if (report.total === 0 && report.otherSenders > 0) parts.push(`none was from ${report.team.join(', ')}: check --from`);
  if (report.malformedCount) {
    const named = report.malformed.slice(0, MALFORMED_NAMED).map((m) => inert(m.source));
    parts.push(`${report.malformedCount} could not be read (${named.join(', ')}${report.malformedCount > named.length ? ', …' : ''})`);
  }
  return `${parts.join('; ')}.${out === '-' ? '' : ` ${format.toUpperCase()} report: ${inert(out)}`}\n`;
}

export async function review(args: string[], io: Io): Promise<number> {
  const dashDash = args.indexOf('--');
  if (args.slice(0, dashDash === -1 ? undefined : dashDash).some((a) => a === '--help' || a === '-h')) {
    io.out(`${REVIEW_USAGE}\n`);
    return 0;
  }
  const options = parseOptions(args, FORMATS, ['--from', '--out'], 'html');
  const teamSpec = options.values['--from'];
  if (!teamSpec) throw new UsageError('--from is required: the team\'s addresses and/or domains, comma-separated (for example --from vendor.io,kim@partner.com)');
  const team = parseTeam(teamSpec);
  if (!team) throw new UsageError(`--from takes addresses and domains separated by commas (got "${inert(teamSpec)}")`);
  if (options.files.length === 0) throw new UsageError('name at least one file to review (.mbox, .eml, .json or .jsonl)');
  if (options.files.includes('-')) throw new UsageError('tactful review reads files, not standard input (save the mail to a file first)');
  const policy = await loadPolicy(options.policy);
  const format = options.format;
  const outPath = options.values['--out'] ?? `tactful-review.${format}`;

  const files = await readableFiles(options.files, io);
  const unreadable = options.files.length - files.length;
  if (files.length === 0) {
    io.err('tactful: no file could be read; no report written\n');
    return 2;
  }

  const output = outPath === '-' ? stdoutOutput(io) : await fileOutput(outPath);
  const html = format === 'html' ? await HtmlReportWriter.create() : undefined;
  const meta = { files: fileList(files.map((f) => f.path)), generatedAt: new Date(), version: VERSION };
  const accumulator = new ReviewAccumulator(team);
  const totalBytes = files.reduce((sum, f) => sum + f.size, 0);
  const progress = progressBar(io.err, io.errIsTerminal ?? false, totalBytes);
  let position = 0;
  let emails = 0;
  try {
    if (format === 'json') {
      await output.write(`{"generator":"tactful review","version":${JSON.stringify(VERSION)},"generatedAt":${JSON.stringify(meta.generatedAt.toISOString())},"files":${JSON.stringify(meta.files)},"emails":[`);
    } else if (format === 'csv') {
      await output.write(`${CSV_HEADER.map(csvField).join(',')}\r\n`);
    }
    let doneBytes = 0;
    for (const file of files) {
      let fileBytes = 0;
      for await (const item of readRaw(file.path, io.stdin, (bytes) => (fileBytes = bytes))) {
        position++;
        const draft = await draftOf(item, accumulator);
        progress.update(doneBytes + fileBytes, position);
        if (!draft) continue;
        if (!isFromTeam(draft.from ?? '', team)) {
          accumulator.skipOther();
          continue;
        }
        const findings = analyze(reviewable(draft, item.source, io), policy, {
          onRuleError: (rule, error) => io.err(`tactful: ${inert(item.source)}: rule ${rule} failed (${inert(String(error))}); other rules still ran\n`),
        });
        const record = recordOf(draft, findings, position, item.source);
        accumulator.add(record);
        if (format === 'csv') {
          for (const row of csvRows(record)) await output.write(`${row}\r\n`);
        } else if (findings.some(isAlarm)) {
          if (html) await html.add(emailFragment(record, draft));
          else await output.write(`${emails ? ',' : ''}\n${JSON.stringify(record)}`);
          emails++;
        }
      }
      doneBytes += file.size;
    }
    progress.done();
    const report = accumulator.report();
    if (html) await html.finish(report, meta, output);
    else if (format === 'json') await output.write(`\n],\n"report":${JSON.stringify(report)}}\n`);
    await output.close();
    io.err(summary(report, outPath, format));
  } finally {
    progress.done();
    await html?.dispose();
  }
  return unreadable > 0 ? 2 : 0;
}
