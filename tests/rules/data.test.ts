import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/analyze';
import { DraftSchema } from '../../src/engine/draft';
import { rules } from '../../src/rules/index';

interface Entry {
  pattern: string;
  example: string;
}

const modules = import.meta.glob('../../src/rules/data/*.ts', { eager: true }) as Record<string, Record<string, unknown>>;
const isEntryList = (v: unknown): v is Entry[] =>
  Array.isArray(v) && v.length > 0 && v.every((e) => typeof e === 'object' && e !== null && typeof (e as Entry).pattern === 'string' && typeof (e as Entry).example === 'string');

const lists: [string, Entry[]][] = [];
for (const [path, mod] of Object.entries(modules)) {
  for (const [name, value] of Object.entries(mod)) {
    if (isEntryList(value)) lists.push([`${path.split('/').pop()} ${name}`, value]);
  }
}

describe('phrase data', () => {
  it('has phrase lists to check', () => {
    expect(lists.length).toBeGreaterThan(5);
  });

  it.each(lists)('%s: every pattern compiles and matches its own example', (_name, entries) => {
    for (const e of entries) {
      const re = new RegExp(e.pattern, 'i');
      // Examples are written as people type; the engine sees them with typographic quotes made plain.
      expect(re.test(e.example.replace(/[\u2018\u2019]/g, "'")), `${e.pattern}\n  should match: ${e.example}`).toBe(true);
    }
  });
});

/**
 * Inputs built to make a backtracking pattern blow up: long runs of a phrase's near-matches
 * (its example cut short, so the expensive tail never succeeds) without sentence breaks.
 * A linear engine handles 100 KB of this in milliseconds; catastrophic backtracking takes
 * minutes, so the generous bound below cannot be hit by a slow machine alone.
 */
function adversarialBodies(): string[] {
  const near = lists.flatMap(([, entries]) => entries.map((e) => e.example.replace(/[.!?]+$/, '').slice(0, -2)));
  const joined = near.join(' and ');
  return [
    joined.repeat(Math.ceil(100_000 / joined.length)).slice(0, 100_000),
    'I '.repeat(50_000),
    "I've put ".repeat(12_000),
    'your calendar your calendar '.repeat(4_000),
    'on '.repeat(30_000) + 'Thursday at 10',
    '{{'.repeat(30_000) + '[['.repeat(20_000) + '%'.repeat(20_000),
    ' '.repeat(100_000),
    'a'.repeat(100_000),
    `${'Re: '.repeat(20_000)}x`,
  ];
}

describe('regular expressions stay linear on adversarial input', () => {
  const bodies = adversarialBodies();
  it.each(rules.map((r) => [r.id, r] as const))('%s', (_id, rule) => {
    for (const body of bodies) {
      const draft = DraftSchema.parse({ from: 'sam@vendor.io', to: ['dana@acme.com'], subject: body.slice(0, 5000), body });
      const started = performance.now();
      analyze(draft, undefined, { rules: [rule] });
      expect(performance.now() - started, `${rule.id} on ${JSON.stringify(body.slice(0, 40))}…`).toBeLessThan(3000);
    }
  });
});
