/**
 * Engine speed (npm run bench). Not a test: figures vary with the machine and its load, so
 * they are printed for the notes, never asserted.
 *  - median time to analyze a typical 200-400 word sales email (budget: 0.2 ms)
 *  - time to analyze a 1 MB body (budget: under 100 ms)
 *  - time on adversarial near-match input of 1 MB (must stay the same order as plain text)
 */
import { analyze } from '../../src/engine/analyze';
import { DraftSchema, type Draft } from '../../src/engine/draft';
import { DEFAULT_POLICY } from '../../src/settings/schema';
import { rules } from '../../src/rules/index';

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

function email(words: number, seed: number): Draft {
  const parts: string[] = [];
  let count = 0;
  for (let i = seed; count < words; i += 7) {
    const s = SENTENCES[i % SENTENCES.length]!;
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

const typical = Array.from({ length: 40 }, (_, i) => email(200 + ((i * 37) % 200), i));
const wordCounts = typical.map((d) => d.body.split(/\s+/).length);

// Warm up: compile every rule's expressions and let the JIT settle.
for (let i = 0; i < 300; i++) analyze(typical[i % typical.length]!, DEFAULT_POLICY);

const perEmail: number[] = [];
for (let round = 0; round < 50; round++) {
  for (const d of typical) perEmail.push(time(() => analyze(d, DEFAULT_POLICY)));
}

const big = (() => {
  let body = '';
  let i = 0;
  while (body.length < 1_000_000) body += `${SENTENCES[i++ % SENTENCES.length]} ${i % 4 === 0 ? '\n\n' : ''}`;
  return DraftSchema.parse({ from: 'sam@brightledger.io', to: ['dana@northwind-health.com'], subject: 'x', body: body.slice(0, 1_000_000) });
})();
const bigTimes = Array.from({ length: 7 }, () => time(() => analyze(big, DEFAULT_POLICY)));

const adversarial = DraftSchema.parse({
  from: 'sam@brightledger.io',
  to: ['dana@northwind-health.com'],
  subject: 'x',
  body: "I've put on your and just bumping this to the on Thursday at and your calendar {{ [[ %% ".repeat(13_000).slice(0, 1_000_000),
});
const advTimes = Array.from({ length: 5 }, () => time(() => analyze(adversarial, DEFAULT_POLICY)));

const findings = typical.reduce((n, d) => n + analyze(d, DEFAULT_POLICY).length, 0);
const rows: [string, string][] = [
  ['rules', String(rules.length)],
  ['typical emails', `${typical.length} drafts, ${Math.min(...wordCounts)}-${Math.max(...wordCounts)} words, ${findings} findings in all`],
  ['median per typical email', `${median(perEmail).toFixed(3)} ms (budget 0.2 ms); p90 ${[...perEmail].sort((a, b) => a - b)[Math.floor(perEmail.length * 0.9)]!.toFixed(3)} ms`],
  ['1 MB body', `median ${median(bigTimes).toFixed(1)} ms of ${bigTimes.length} runs (budget 100 ms)`],
  ['1 MB adversarial near-matches', `median ${median(advTimes).toFixed(1)} ms of ${advTimes.length} runs`],
  ['node', process.version],
];
for (const [k, v] of rows) console.log(`${k.padEnd(32)} ${v}`);
