import { it } from 'vitest';
import * as bump from '../../src/rules/data/bump';
import * as guilt from '../../src/rules/data/guilt-trip';
import * as fu from '../../src/rules/data/false-urgency';
import * as pm from '../../src/rules/data/per-my-last-email';

function time(re: RegExp, text: string): number {
  let best = 1e9;
  for (let i = 0; i < 3; i++) {
    re.lastIndex = 0;
    const t = performance.now();
    for (let mm = re.exec(text); mm; mm = re.exec(text)) if (mm[0].length === 0) re.lastIndex++;
    best = Math.min(best, performance.now() - t);
  }
  return best;
}
it('prof', () => {
  const para = 'I have been thinking about what you said regarding the warehouse, and my last email only covered part of it. You may have seen the numbers; only a few teams have tried it, as I said. Did you get a chance to review the proposal we sent? ';
  const text = para.repeat(Math.ceil(1e6 / para.length));
  const lists: Record<string, { pattern: string }[]> = { bump: [...bump.BUMP, ...bump.BUMP_WHEN_UNANSWERED], guilt: guilt.GUILT_TRIP, fu: fu.FALSE_URGENCY, pm: pm.PER_MY_LAST_EMAIL };
  for (const [k, v] of Object.entries(lists)) {
    const full = time(new RegExp(v.map((e) => `(?:${e.pattern})`).join('|'), 'gi'), text);
    const rows: string[] = [];
    v.forEach((_, i) => {
      const rest = v.filter((__, j) => j !== i);
      const t = time(new RegExp(rest.map((e) => `(?:${e.pattern})`).join('|'), 'gi'), text);
      rows.push(`${i}:${(full - t).toFixed(1)}`);
    });
    console.log('L', k, full.toFixed(1), rows.join(' '));
  }
});
