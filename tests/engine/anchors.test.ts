import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { anchorsOf, TrigramIndex, type Anchors } from '../../src/engine/anchors';

/** The requirements as sorted lists, for comparison. */
const shape = (a: Anchors) => (a === null ? null : a.map((c) => [...c].sort()));
const one = (...fragments: string[]): Anchors => [new Set(fragments)];

describe('anchors', () => {
  it('finds the literal fragments every match must contain, all of them', () => {
    // Selective requirements first; one made of common words (" on your ") is kept, but last.
    expect(shape(anchorsOf("\\b(?:i(?:'ve| have)?|we) (?:put|placed)[^.]{0,40}? on your (?:calendar|diary)"))).toEqual([
      ['calendar', 'diary'],
      ['placed', 'put'],
      [' on your '],
    ]);
    expect(shape(anchorsOf("\\b(?:haven't|hasn't) (?:heard|replied)"))).toEqual([
      ["hasn't", "haven't"],
      ['heard', 'replied'],
    ]);
  });

  it('keeps one requirement per branch of an alternation', () => {
    expect(shape(anchorsOf('(?:bump(?:ing)?|circling back)|did you (?:get|see) my last'))).toEqual([[' my last', 'bump', 'circling back']]);
  });

  it('gives up (scan always) when nothing is required or the source is beyond it', () => {
    expect(anchorsOf('[a-z]+')).toBeNull();
    expect(anchorsOf('(?:on|in) (?:it)?')).toBeNull();
    expect(anchorsOf('abc|[xyz]')).toBeNull();
  });

  it('ranks words found in nearly every email last', () => {
    const clauses = shape(anchorsOf('(?:great|good|nice) to (?:speak|talk)(?: with)? you\\b'))!;
    expect(clauses.slice(0, 2)).toEqual([
      ['speak', 'talk'],
      ['good', 'great', 'nice'],
    ]);
    expect(clauses.slice(2).flat().every((f) => ['you', 'to', ' to ', ' you'].includes(f))).toBe(true);
  });

  it('uses two-character punctuation such as "{{" and "*|"', () => {
    expect(shape(anchorsOf('\\{\\{\\s*[\\w.]{1,40}\\s*\\}\\}'))).toEqual([['{{'], ['}}']]);
    const index = new TrigramIndex('Hi {{first_name}}, and *|FNAME|*'.toLowerCase());
    expect(index.mayContain(one('{{'))).toBe(true);
    expect(index.mayContain(one('*|'))).toBe(true);
    expect(new TrigramIndex('hi dana, plain text here.').mayContain(one('{{'))).toBe(false);
  });

  it('rules out a text that lacks any one requirement', () => {
    const index = new TrigramIndex("thanks for the report; i haven't read it yet.");
    expect(index.mayContain(one('calendar', 'diary'))).toBe(false);
    expect(index.mayContain(one('report'))).toBe(true);
    expect(index.mayContain([new Set(["haven't"]), new Set(['heard', 'replied'])])).toBe(false);
    expect(index.mayContain([new Set(["haven't"]), new Set(['read'])])).toBe(true);
  });

  it('never rules out a text that a pattern matches', () => {
    const sources = [
      "\\b(?:i(?:'ve| have)?) put (?:\\d+ minutes )?on your calendar",
      '\\b(?:per|as per) my (?:last|previous) (?:email|note)',
      '\\{\\{\\s*[\\w.]+\\s*\\}\\}',
      '\\bonly \\d+ (?:spots|seats) left',
      "\\b(?:haven't|hasn't) (?:yet )?(?:heard|replied)\\b",
    ];
    const words = ["I've", 'put', '30', 'minutes', 'on', 'your', 'calendar', 'per', 'as', 'my', 'last', 'email', '{{', 'first_name', '}}', 'only', '3', 'spots', 'left', 'Calendar', 'PER', '\n', "haven't", 'yet', 'heard', 'replied'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 30 }), (parts) => {
        const text = parts.join(' ');
        const index = new TrigramIndex(text.toLowerCase());
        for (const source of sources) {
          if (new RegExp(source, 'i').test(text)) expect(index.mayContain(anchorsOf(source))).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
