import { it } from 'vitest';
import * as bump from '../../src/rules/data/bump';
import * as guilt from '../../src/rules/data/guilt-trip';
import * as fu from '../../src/rules/data/false-urgency';
import * as pm from '../../src/rules/data/per-my-last-email';
import * as pres from '../../src/rules/data/presumptive-meeting';

it('prof', () => {
  const para = 'I have been thinking about what you said regarding the warehouse, and my last email only covered part of it. You may have seen the numbers; only a few teams have tried it, as I said. Did you get a chance to review the proposal we sent? ';
  const text = para.repeat(Math.ceil(1e6 / para.length));
  const rows: [string, number][] = [];
  for (const [m, mod] of Object.entries({ bump, guilt, fu, pm, pres })) for (const [k, v] of Object.entries(mod as Record<string, unknown>)) {
    if (!Array.isArray(v)) continue;
    (v as { pattern: string }[]).forEach((e, i) => {
      const re = new RegExp(e.pattern, 'gi');
      re.exec(text); re.lastIndex = 0;
      const t = performance.now();
      for (let mm = re.exec(text); mm; mm = re.exec(text)) if (mm[0].length === 0) re.lastIndex++;
      rows.push([`${m}.${k}[${i}]`, performance.now() - t]);
    });
  }
  rows.sort((a, b) => b[1] - a[1]);
  for (const [n, t] of rows.slice(0, 30)) console.log('P', n, t.toFixed(1));
  const sums: Record<string, number> = {};
  for (const [n, t] of rows) { const k = n.split('[')[0]!; sums[k] = (sums[k] ?? 0) + t; }
  console.log('P sums', JSON.stringify(sums));
});
