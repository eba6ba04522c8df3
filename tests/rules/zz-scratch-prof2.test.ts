import { it } from 'vitest';
import * as bump from '../../src/rules/data/bump';
import * as guilt from '../../src/rules/data/guilt-trip';
import * as fu from '../../src/rules/data/false-urgency';
import * as pm from '../../src/rules/data/per-my-last-email';
import * as pres from '../../src/rules/data/presumptive-meeting';

it('prof', () => {
  const para = 'I have been thinking about what you said regarding the warehouse, and my last email only covered part of it. You may have seen the numbers; only a few teams have tried it, as I said. Did you get a chance to review the proposal we sent? ';
  const text = para.repeat(Math.ceil(1e6 / para.length));
  const lists: Record<string, { pattern: string }[]> = { bump: [...bump.BUMP, ...bump.BUMP_WHEN_UNANSWERED], guilt: guilt.GUILT_TRIP, fu: fu.FALSE_URGENCY, pm: pm.PER_MY_LAST_EMAIL, pres: pres.PRESUMED_MEETING };
  for (const [k, v] of Object.entries(lists)) {
    const re = new RegExp(v.map((e) => `(?:${e.pattern})`).join('|'), 'gi');
    for (let i = 0; i < 3; i++) {
      re.lastIndex = 0;
      const t = performance.now();
      let n = 0;
      for (let mm = re.exec(text); mm; mm = re.exec(text)) { n++; if (mm[0].length === 0) re.lastIndex++; }
      console.log('C', k, n, (performance.now() - t).toFixed(1));
    }
  }
});
