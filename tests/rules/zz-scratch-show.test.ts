import { it } from 'vitest';
import { analyze } from '../../src/engine/analyze';
import { DraftSchema } from '../../src/engine/draft';
import { DEFAULT_POLICY } from '../../src/settings/schema';
import bump from '../../src/rules/bump';
import guilt from '../../src/rules/guilt-trip';
import fu from '../../src/rules/false-urgency';
import pm from '../../src/rules/per-my-last-email';
import { readFileSync } from 'node:fs';

it('show', () => {
  const lines = readFileSync('/tmp/scratch/show.txt', 'utf8').split('\n').filter(Boolean);
  const out: string[] = [];
  for (const line of lines) {
    const [subject, text] = line.includes(' || ') ? line.split(' || ') : ['Hello', line];
    const body = `Hi Dana,\n\n${text}\n\nSam`;
    const d = DraftSchema.parse({ from: 'sam@vendor.io', to: ['dana@client.com'], subject, body });
    const f = analyze(d, DEFAULT_POLICY, { rules: [bump, guilt, fu, pm] });
    out.push(`# ${line}`);
    for (const x of f) {
      const src = x.field === 'subject' ? subject! : body;
      const rep = x.suggestions.find((s) => s.replacement !== undefined)?.replacement;
      const applied = rep === undefined ? '' : src.slice(0, x.start) + rep + src.slice(x.end);
      out.push(`   ${x.rule} [${x.field}] ${JSON.stringify(x.excerpt)} -> ${JSON.stringify(rep)}\n      MSG ${x.message}\n      NEW ${JSON.stringify(x.field === 'subject' ? applied : applied.split('\n\n')[1])}`);
    }
  }
  console.log(out.join('\n'));
});
