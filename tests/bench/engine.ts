/**
 * Engine speed (npm run bench). Not a test: figures vary with the machine and its load, so
 * they are printed for the notes, never asserted.
 *  - median time to analyze a typical 200-400 word sales email (budget: 0.2 ms): ordinary
 *    prose with none, one or two problems, as most drafts are
 *  - the same for "dense" emails where every third sentence is a problem (a stress figure)
 *  - time to analyze a 1 MB body (budget: under 100 ms), typical and dense
 *  - time on adversarial near-match input of 1 MB (must stay the same order as plain text)
 *  - against peers (tests/bench/peers.ts): messages per second of Tactful, write-good and alex
 *    on the SpamAssassin corpus's bodies, in this process, and the ratios against the targets
 *  - bundle sizes of every entry point in dist/chrome, dist/firefox and dist/cli.js
 */
import { analyze } from '../../src/engine/analyze';
import { DraftSchema, type Draft } from '../../src/engine/draft';
import { DEFAULT_POLICY } from '../../src/settings/schema';
import { rules } from '../../src/rules/index';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchPeers, bundleSizes } from './peers';

/** Ordinary sales prose: what most of any draft is made of. */
const PROSE = [
  'I read your interview about bringing month-end close down from ten days to five, and it stayed with me.',
  'Two hospital groups of a similar size worked through the same problem with us last year.',
  'The attached summary covers what worked for them, what did not, and what it cost in staff time.',
  'Most of the effort went into matching invoices to purchase orders across sites with different approval rules.',
  'Their finance teams kept their existing ERP; we sat alongside it and handled the matching and exceptions.',
  'The first month is usually spent mapping approval chains, which is where most of the surprises come from.',
  'One of them, a network of nine clinics, now closes in four working days.',
  'I have kept the summary short, with the numbers on the second page.',
  'If any of it is useful for the board pack you mentioned, feel free to use it as you like.',
  'Your note about duplicate supplier payments is something we hear often from teams after an acquisition.',
  'There is also a short recorded walkthrough, about eight minutes long, if reading is not convenient.',
  'Our security review pack, including the SOC 2 report, is ready whenever your IT team wants it.',
  'Pricing depends on invoice volume, and I am happy to send a range once I know roughly where you are.',
  'Several customers started with a single site for a quarter before deciding on anything wider.',
  'Whatever you decide, I hope the write-up is a useful comparison for your own plans.',
  'The implementation team is small, and the same two people stay with a customer from start to finish.',
  'I can also put you in touch with the controller at one of those groups, if a peer conversation would help.',
  'We publish our uptime and incident history openly, so there is no need to take our word for it.',
];

/** Problems of every kind, for the dense stress set and to sprinkle into typical drafts. */
const SENTENCES = [
  'I noticed Northwind opened two new clinics this year, which usually means many more supplier invoices.',
  'Our customers in healthcare typically cut their month-end close from ten days to five within a quarter.',
  'The attached case study covers how Mercy Regional handled approvals across twelve sites.',
  'We integrate with Epic, Workday and NetSuite, so nobody on your team has to learn a new screen.',
  'Pricing depends on invoice volume; for a team of your size it usually lands between two and four thousand a month.',
  'If it would help, I can share the checklist we use to plan a pilot with finance teams.',
  "I've put 30 minutes on your calendar for Thursday at 10 to walk you through it.",
  'Just bumping this to the top of your inbox in case it got buried.',
  'Our records show you are in our Eastern Region group for support.',
  'Would a short call next week be useful, or would a recorded demo suit you better?',
  'Your team mentioned duplicate payments as a concern during the audit last spring.',
  'Let me know which of these matters most to you and I will send only what is relevant.',
  'We only have three onboarding spots left this quarter, so I need an answer by Friday.',
  'The security review pack, including our SOC 2 report, is ready whenever your team wants it.',
  'Several of your peers asked about multi-entity consolidation, which shipped in March.',
];

const PROBLEMS = SENTENCES.filter((_, i) => [6, 7, 8, 12].includes(i));

/** A draft of about `words` words: ordinary prose, with `problems` problem sentences placed among it. */
function email(words: number, seed: number, dense = false): Draft {
  const parts: string[] = [];
  let count = 0;
  const problems = dense ? Infinity : seed % 3; // 0, 1 or 2 problems
  let placed = 0;
  for (let i = seed; count < words; i += 7) {
    const bank = dense ? SENTENCES : placed < problems && parts.length % 4 === 2 ? PROBLEMS : PROSE;
    if (bank === PROBLEMS) placed++;
    const s = bank[i % bank.length]!;
    parts.push(s);
    count += s.split(' ').length;
    if (parts.length % 3 === 0) parts.push('\n\n');
  }
  return DraftSchema.parse({
    from: 'Sam Ortiz <sam@brightledger.io>',
    to: ['Dana Whitfield <dana.whitfield@northwind-health.com>'],
    subject: 'Month-end close at Northwind',
    body: `Hi Dana,\n\n${parts.join(' ').replace(/ \n\n /g, '\n\n')}\n\nBest regards,\nSam Ortiz\nAccount Executive\n`,
    thread: seed % 2 ? [{ from: 'dana.whitfield@northwind-health.com', body: 'Thanks, could you send more detail on pricing?' }] : undefined,
  });
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time(fn: () => void): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const typical = Array.from({ length: 60 }, (_, i) => email(200 + ((i * 37) % 200), i));
const dense = Array.from({ length: 40 }, (_, i) => email(200 + ((i * 37) % 200), i, true));
const wordCounts = typical.map((d) => d.body.split(/\s+/).length);

// Warm up: compile every rule's expressions and let the JIT settle.
for (let i = 0; i < 300; i++) analyze(typical[i % typical.length]!, DEFAULT_POLICY);
for (let i = 0; i < 100; i++) analyze(dense[i % dense.length]!, DEFAULT_POLICY);

/** CPU time of the call in ms (this process only; microsecond resolution). */
function cpuTime(fn: () => void): number {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e3;
}

interface Rounds {
  best: number;
  typical: number;
  p90: number;
  cpuBest: number;
  cpuTypical: number;
}
/**
 * Per-email times in rounds. The host is shared and noisy, so each figure is reported as the
 * best round's median (what the code costs when the machine is quiet) and the median across
 * rounds (what it costs as it is), in wall-clock time and in this process's CPU time (which
 * leaves out the time other processes hold the core).
 */
function perEmailRounds(set: Draft[], rounds = 7, repeat = 8): Rounds {
  const medians: number[] = [];
  const cpuMedians: number[] = [];
  const all: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const times: number[] = [];
    const cpu: number[] = [];
    // Separate passes, so neither measure runs right after the other on the same draft.
    for (let k = 0; k < repeat; k++) for (const d of set) times.push(time(() => analyze(d, DEFAULT_POLICY)));
    for (let k = 0; k < repeat; k++) for (const d of set) cpu.push(cpuTime(() => analyze(d, DEFAULT_POLICY)));
    medians.push(median(times));
    cpuMedians.push(median(cpu));
    all.push(...times);
  }
  return {
    best: Math.min(...medians),
    typical: median(medians),
    p90: [...all].sort((a, b) => a - b)[Math.floor(all.length * 0.9)]!,
    cpuBest: Math.min(...cpuMedians),
    cpuTypical: median(cpuMedians),
  };
}
const perEmail = perEmailRounds(typical);
const perDense = perEmailRounds(dense);

function megabyte(bank: readonly string[], problemEvery: number): Draft {
  let body = '';
  let i = 0;
  while (body.length < 1_000_000) {
    const s = problemEvery && i % problemEvery === problemEvery - 1 ? PROBLEMS[i % PROBLEMS.length]! : bank[i % bank.length]!;
    body += `${s} ${++i % 4 === 0 ? '\n\n' : ''}`;
  }
  return DraftSchema.parse({ from: 'sam@brightledger.io', to: ['dana@northwind-health.com'], subject: 'x', body: body.slice(0, 1_000_000) });
}
const big = megabyte(PROSE, 40);
const bigDense = megabyte(SENTENCES, 0);
const bigTimes = Array.from({ length: 9 }, () => time(() => analyze(big, DEFAULT_POLICY)));
const bigDenseTimes = Array.from({ length: 7 }, () => time(() => analyze(bigDense, DEFAULT_POLICY)));

const adversarial = DraftSchema.parse({
  from: 'sam@brightledger.io',
  to: ['dana@northwind-health.com'],
  subject: 'x',
  body: "I've put on your and just bumping this to the on Thursday at and your calendar {{ [[ %% ".repeat(13_000).slice(0, 1_000_000),
});
const advTimes = Array.from({ length: 5 }, () => time(() => analyze(adversarial, DEFAULT_POLICY)));

const count = (set: Draft[]) => set.reduce((n, d) => n + analyze(d, DEFAULT_POLICY).length, 0);
const rounds = (r: Rounds) =>
  `wall ${r.best.toFixed(3)} ms best round, ${r.typical.toFixed(3)} ms across rounds (p90 ${r.p90.toFixed(3)} ms); ` +
  `CPU ${r.cpuBest.toFixed(3)} ms best round, ${r.cpuTypical.toFixed(3)} ms across rounds`;
const rows: [string, string][] = [
  ['rules', String(rules.length)],
  ['typical emails', `${typical.length} drafts, ${Math.min(...wordCounts)}-${Math.max(...wordCounts)} words, ${count(typical)} findings in all`],
  ['median per typical email', `${rounds(perEmail)} (budget 0.2 ms)`],
  ['dense emails (stress)', `${dense.length} drafts, ${count(dense)} findings in all`],
  ['median per dense email', rounds(perDense)],
  ['1 MB body, typical mix', `median ${median(bigTimes).toFixed(1)} ms, best ${Math.min(...bigTimes).toFixed(1)} ms of ${bigTimes.length} runs (budget 100 ms), ${analyze(big).length} findings`],
  ['1 MB body, dense (stress)', `median ${median(bigDenseTimes).toFixed(1)} ms, best ${Math.min(...bigDenseTimes).toFixed(1)} ms of ${bigDenseTimes.length} runs, ${analyze(bigDense).length} findings`],
  ['1 MB adversarial near-matches', `median ${median(advTimes).toFixed(1)} ms of ${advTimes.length} runs`],
  ['node', process.version],
];
for (const [k, v] of rows) console.log(`${k.padEnd(32)} ${v}`);

await benchPeers();
// dist/bench.js runs from dist/, next to the bundles it measures.
bundleSizes(dirname(fileURLToPath(import.meta.url)));
