import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { factorSource } from '../../src/engine/factor';

describe('factorSource', () => {
  it('shares prefixes of plain-word alternatives and keeps their order', () => {
    expect(factorSource('\\b(?:call|chat|catch up|meet|meeting)\\b')).toBe('\\b(?:c(?:a(?:ll|tch up)|hat)|meet(?:|ing))\\b');
  });

  it('never lets a later alternative win over an earlier one that ends sooner', () => {
    // Found by the property below: "''" must not be tried before "'" here.
    const source = "(?:''a|'|''|a)";
    const matches = (re: RegExp) => [..."''".matchAll(re)].map((m) => [m.index, m[0]]);
    expect(matches(new RegExp(factorSource(source), 'g'))).toEqual(matches(new RegExp(source, 'g')));
  });

  it('leaves groups with classes, nested groups or upper-case letters alone', () => {
    for (const source of ['(?:a[bc]|ad)', '(?:a(?:b)|ac)', '(?:Hi|Hello)', '(?:x)']) expect(factorSource(source)).toBe(source);
  });

  it('matches exactly what the original matches, at the same places', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' ', "'"), minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(fc.array(word, { minLength: 2, maxLength: 6 }), fc.constantFrom('', '\\b', 'x', '(?:y|z)?'), fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' ', "'", 'x', 'y'), maxLength: 40 }), (alternatives, tail, text) => {
        const escaped = alternatives.map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
        const source = `(?:${escaped.join('|')})${tail}`;
        const all = (re: RegExp) => [...text.matchAll(re)].map((m) => [m.index, m[0]]);
        expect(all(new RegExp(factorSource(source), 'g'))).toEqual(all(new RegExp(source, 'g')));
      }),
      { numRuns: 5000 },
    );
  });
});
