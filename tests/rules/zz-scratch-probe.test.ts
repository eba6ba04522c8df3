import { it } from 'vitest';
import { analyze } from '../../src/engine/analyze';
import { DraftSchema } from '../../src/engine/draft';
import { DEFAULT_POLICY } from '../../src/settings/schema';
import bump from '../../src/rules/bump';
import guilt from '../../src/rules/guilt-trip';
import fu from '../../src/rules/false-urgency';
import pm from '../../src/rules/per-my-last-email';
import { readFileSync } from 'node:fs';

it('probe', () => {
  const lines = readFileSync('/tmp/scratch/probe.txt', 'utf8').split('\n').filter(Boolean);
  for (const line of lines) {
    const [exp, ...rest] = line.split(' ');
    const body = `Hi Dana,\n\n${rest.join(' ')}\n\nSam`;
    const d = DraftSchema.parse({ from: 'sam@vendor.io', to: ['dana@client.com'], subject: 'Hello', body });
    const f = analyze(d, DEFAULT_POLICY, { rules: [bump, guilt, fu, pm] });
    const got = f.map((x) => x.rule).join(',') || '-';
    const ok = exp === got || (exp === '-' && got === '-');
    console.log(`${ok ? 'ok ' : 'XX '} exp=${exp} got=${got} | ${rest.join(' ')}${f[0]?.suggestions[0]?.replacement && !ok ? '' : ''}`);
  }
});
