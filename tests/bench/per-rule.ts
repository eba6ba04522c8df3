/** Time per rule, to find what to optimise (node build.mjs --bench builds it too). */
import { analyze, createContext } from '../../src/engine/analyze';
import { DraftSchema } from '../../src/engine/draft';
import { DEFAULT_POLICY } from '../../src/settings/schema';
import { rules } from '../../src/rules/index';
import { readFileSync } from 'node:fs';

const bodies = [readFileSync('examples/bad-presumptive-meeting.eml', 'utf8').split('\n\n').slice(1).join('\n\n'), readFileSync('examples/good-asks-first.eml', 'utf8').split('\n\n').slice(1).join('\n\n')];
const typical = bodies.map((b) => DraftSchema.parse({ from: 'sam@brightledger.io', to: ['Dana <dana@northwind.com>'], subject: 'Close', body: (b + '\n\n').repeat(2) }));
let big = '';
while (big.length < 1_000_000) big += bodies.join('\n\n') + '\n\n';
const large = DraftSchema.parse({ from: 'sam@brightledger.io', to: ['dana@northwind.com'], subject: 'x', body: big.slice(0, 1_000_000) });

function t(fn: () => void, n: number): number {
  for (let i = 0; i < Math.min(n, 50); i++) fn();
  const s = performance.now();
  for (let i = 0; i < n; i++) fn();
  return ((performance.now() - s) / n) * 1000;
}
const rows: [string, number, number][] = [];
rows.push(["(context only)", t(() => typical.forEach((d) => createContext(d, DEFAULT_POLICY, () => {})), 500) / 2, t(() => createContext(large, DEFAULT_POLICY, () => {}), 3) / 1000]);
for (const r of rules) {
  rows.push([r.id, t(() => typical.forEach((d) => analyze(d, DEFAULT_POLICY, { rules: [r] })), 500) / 2 - rows[0]![1], t(() => analyze(large, DEFAULT_POLICY, { rules: [r] }), 3) / 1000 - rows[0]![2]]);
}
for (const [id, a, b] of rows.sort((x, y) => y[2] - x[2])) console.log(id.padEnd(24), `${a.toFixed(1).padStart(7)} µs/email`, `${b.toFixed(1).padStart(7)} ms/MB`);
