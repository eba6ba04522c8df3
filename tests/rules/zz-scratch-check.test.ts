import { it, expect } from 'vitest';
import * as bump from '../../src/rules/data/bump';
import * as guilt from '../../src/rules/data/guilt-trip';
import * as fu from '../../src/rules/data/false-urgency';
import * as pm from '../../src/rules/data/per-my-last-email';
import { prepareText } from '../../src/engine/text';

it('examples match', () => {
  const mods = { bump, guilt, fu, pm } as Record<string, Record<string, unknown>>;
  const bad: string[] = [];
  for (const [m, mod] of Object.entries(mods)) for (const [k, v] of Object.entries(mod)) {
    if (!Array.isArray(v)) continue;
    for (const e of v as { pattern: string; example: string }[]) {
      const re = new RegExp(e.pattern, 'i');
      const ex = prepareText(e.example).flat;
      if (!re.test(ex)) bad.push(`${m}.${k}: ${e.example}`);
    }
  }
  expect(bad).toEqual([]);
});

it('linear time', () => {
  const mods = [bump, guilt, fu, pm] as Record<string, unknown>[];
  const samples = ['a ', 'I ', 'you ', 'my last email ', 'only 3 ', 'as I ', "haven't ", 'bumping ', 'x'.repeat(50)+' ', ' ', '\'', '-', 'a-', "I've put ", 'this is my last ', 'did you see ', 'following up ', 'prices ', 'as I said ', 'per my ', 'the below ', 'not heard back  ', 'I\n', 'x'];
  for (const mod of mods) for (const [k, v] of Object.entries(mod)) {
    if (!Array.isArray(v)) continue;
    const re = new RegExp((v as {pattern:string}[]).map((e) => `(?:${e.pattern})`).join('|'), 'gi');
    for (const s of samples) {
      const text = s.repeat(Math.ceil(200000 / s.length));
      const t = performance.now();
      re.lastIndex = 0; let n = 0;
      while (re.exec(text)) { n++; if (n > 1e6) break; }
      const dt = performance.now() - t;
      if (dt > 8) console.log(k, JSON.stringify(s), dt.toFixed(0));
    }
  }
});
