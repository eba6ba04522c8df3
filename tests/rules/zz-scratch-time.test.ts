import { it } from 'vitest';
import { analyze } from '../../src/engine/analyze';
import { DraftSchema } from '../../src/engine/draft';
import { DEFAULT_POLICY } from '../../src/settings/schema';
import bump from '../../src/rules/bump';
import guilt from '../../src/rules/guilt-trip';
import fu from '../../src/rules/false-urgency';
import pm from '../../src/rules/per-my-last-email';
import presumptive from '../../src/rules/presumptive-meeting';

it('timing', () => {
  const small = DraftSchema.parse({ from: 'a@x.io', to: ['b@y.com'], subject: 's', body: 'Hi Marco,\n\nFollowing up on our call yesterday: the notes are attached.\n\nBest,\nSam' });
  const para = 'I have been thinking about what you said regarding the warehouse, and my last email only covered part of it. You may have seen the numbers; only a few teams have tried it, as I said. Did you get a chance to review the proposal we sent? ';
  const big = DraftSchema.parse({ from: 'a@x.io', to: ['b@y.com'], subject: 's', body: para.repeat(Math.ceil(1e6 / para.length)) });
  analyze(small, DEFAULT_POLICY, { rules: [] });
  for (const r of [presumptive, bump, guilt, fu, pm]) {
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      analyze(small, DEFAULT_POLICY, { rules: [r] });
      const t2 = performance.now();
      analyze(big, DEFAULT_POLICY, { rules: [r] });
      const t3 = performance.now();
      console.log(`T ${r.id} small ${(t2 - t).toFixed(1)} big ${(t3 - t2).toFixed(1)}`);
    }
  }
  const t = performance.now();
  analyze(big, DEFAULT_POLICY, { rules: [] });
  console.log('T engine-only big', (performance.now() - t).toFixed(1));
});
