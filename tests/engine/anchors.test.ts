import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { anchorsOf, TrigramIndex } from '../../src/engine/anchors';

const list = (a: ReturnType<typeof anchorsOf>) => (a === null ? null : [...a].sort());

describe('anchors', () => {
  it('finds the literal fragments every match must contain', () => {
    expect(list(anchorsOf("\\b(?:i(?:'ve| have)?|we) (?:put|placed)[^.]{0,40}? on your (?:calendar|diary)"))).toEqual(['calendar', 'diary']);
    expect(list(anchorsOf('(?:bump(?:ing)?|circling back)|did you (?:get|see) my last'))).toEqual(['bump', 'circling back', ' my last'].sort());
  });

  it('gives up (scan always) when nothing is required or the source is beyond it', () => {
    expect(anchorsOf('[a-z]+')).toBeNull();
    expect(anchorsOf('(?:on|in) (?:it)?')).toBeNull();
    expect(anchorsOf('abc|[xyz]')).toBeNull();
  });

  it('avoids words found in nearly every email', () => {
    expect(list(anchorsOf('(?:great|good|nice) to (?:speak|talk)(?: with)? you\\b'))).toEqual(['speak', 'talk']);
  });

  it('never rules out a text that a pattern matches', () => {
    const sources = [
      "\\b(?:i(?:'ve| have)?) put (?:\\d+ minutes )?on your calendar",
      '\\b(?:per|as per) my (?:last|previous) (?:email|note)',
      '\\{\\{\\s*[\\w.]+\\s*\\}\\}',
      '\\bonly \\d+ (?:spots|seats) left',
    ];
    const words = ["I've", 'put', '30', 'minutes', 'on', 'your', 'calendar', 'per', 'as', 'my', 'last', 'email', '{{', 'first_name', '}}', 'only', '3', 'spots', 'left', 'Calendar', 'PER', '\n'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 30 }), (parts) => {
        const text = parts.join(' ');
        const index = new TrigramIndex(text);
        for (const source of sources) {
          if (new RegExp(source, 'i').test(text)) expect(index.mayContain(anchorsOf(source))).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('rules out text without any anchor', () => {
    const index = new TrigramIndex('Thanks for the report, it reads well.');
    expect(index.mayContain(new Set(['calendar', 'diary']))).toBe(false);
    expect(index.mayContain(new Set(['report']))).toBe(true);
  });
});
