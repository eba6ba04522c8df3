/**
 * npm run eval: Tactful's accuracy on the labeled corpus (tests/corpus/*.jsonl). Prints, per
 * category, TP/FP/FN, precision, recall and F1, then the macro-F1, the benign false-positive
 * rate, and every miss and false alarm with its id and the reason written in the corpus, so the
 * next improvement is obvious. Exit code 1 when a floor of corpus.test.ts is not met.
 *   --category C   list mistakes of one category only
 *   --holdout      score the held-out set (tests/corpus/holdout/) instead: drafts written
 *                  after the rules were tuned, by someone who never saw the rules or the corpus
 */
import { fileURLToPath } from 'node:url';
import { CATEGORIES, type Category } from '../../src/engine/draft';
import { FLOORS, loadCorpus, scoreCorpus } from './score';

const args = process.argv.slice(2);
const only = args.includes('--category') ? (args[args.indexOf('--category') + 1] as Category) : undefined;
if (only !== undefined && !CATEGORIES.includes(only)) {
  console.error(`eval: unknown category "${only}" (one of ${CATEGORIES.join(', ')})`);
  process.exit(2);
}

let rows;
try {
  // Run from dist/eval.js: the corpus is in the source tree beside it.
  rows = loadCorpus(fileURLToPath(new URL(args.includes('--holdout') ? '../tests/corpus/holdout/' : '../tests/corpus/', import.meta.url)));
} catch (error) {
  console.error(`eval: ${(error as Error).message}`);
  process.exit(2);
}
const score = scoreCorpus(rows);

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
const pad = (s: string | number, n: number): string => String(s).padStart(n);

console.log(`corpus: ${score.drafts} drafts, ${score.benign} benign; analyzed in ${score.analyzeMs.toFixed(0)} ms\n`);
console.log(`${'category'.padEnd(26)}${pad('pos', 5)}${pad('TP', 5)}${pad('FP', 5)}${pad('FN', 5)}${pad('precision', 11)}${pad('recall', 8)}${pad('F1', 7)}`);
for (const c of CATEGORIES) {
  const s = score.perCategory[c];
  console.log(
    `${c.padEnd(26)}${pad(score.positives[c], 5)}${pad(s.tp, 5)}${pad(s.fp, 5)}${pad(s.fn, 5)}${pad(s.precision.toFixed(3), 11)}${pad(s.recall.toFixed(3), 8)}${pad(s.f1.toFixed(3), 7)}`,
  );
}
const macroOk = score.macroF1 >= FLOORS.macroF1;
const benignOk = score.benignFalsePositiveRate <= FLOORS.benignFalsePositiveRate;
console.log(`\nmacro-F1                  ${score.macroF1.toFixed(3)}  (floor ${FLOORS.macroF1}) ${macroOk ? 'ok' : 'BELOW FLOOR'}`);
console.log(
  `benign false-positive rate ${pct(score.benignFalsePositiveRate)} (${score.benignFlagged} of ${score.benign} benign drafts with a warning or error; ceiling ${pct(FLOORS.benignFalsePositiveRate)}) ${benignOk ? 'ok' : 'ABOVE CEILING'}`,
);

const mistakes = score.mistakes.filter((m) => only === undefined || m.category === only);
for (const kind of ['miss', 'false alarm'] as const) {
  const list = mistakes.filter((m) => m.kind === kind);
  console.log(`\n${kind === 'miss' ? 'Misses' : 'False alarms'} (${list.length}):`);
  for (const m of list) {
    console.log(`  ${m.id.padEnd(10)} ${m.category.padEnd(24)} ${m.where}`);
    console.log(`             why: ${m.why}`);
    for (const f of m.findings) console.log(`             got: ${f}`);
  }
}
process.exitCode = macroOk && benignOk ? 0 : 1;
