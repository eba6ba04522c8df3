import { describe, expect, it } from 'vitest';
import { findAll, firstMatch, matchesAny } from '../../src/engine/match';
import { prepareText } from '../../src/engine/text';
import { firstWordsOf } from '../../src/engine/starts';
import { analyze } from '../../src/engine/analyze';
import { DraftSchema } from '../../src/engine/draft';

interface Entry {
  pattern: string;
  example: string;
}

const modules = import.meta.glob('../../src/rules/data/*.ts', { eager: true }) as Record<string, Record<string, unknown>>;
const entries: Entry[] = [];
for (const mod of Object.values(modules)) {
  for (const value of Object.values(mod)) {
    if (!Array.isArray(value)) continue;
    for (const e of value) if (e && typeof e.pattern === 'string' && typeof e.example === 'string') entries.push(e);
  }
}

/** Every example, in several arrangements and cases: each phrase appears next to many others. */
const examples = entries.map((e) => e.example);
const texts = [
  examples.join('\n\n'),
  examples.join(' '),
  examples.join('. ').toUpperCase(),
  examples.map((x, i) => (i % 2 ? x.toUpperCase() : x)).join(' and then '),
  examples.slice().reverse().join(', ').replace(/'/g, '’'),
].map((t) => prepareText(t));

/** What a plain case-insensitive scan of the author's words finds: the ground truth. */
function reference(flat: string, pattern: string): [number, number][] {
  const re = new RegExp(pattern, 'gi');
  const out: [number, number][] = [];
  for (let m = re.exec(flat); m; m = re.exec(flat)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

describe('findAll', () => {
  it('has phrase data to check', () => {
    expect(entries.length).toBeGreaterThan(300);
  });

  it('finds exactly what a plain scan finds, for every phrase, however it is optimised', () => {
    let compared = 0;
    for (const text of texts) {
      for (const entry of entries) {
        const expected = reference(text.flat, entry.pattern);
        const actual = findAll(text, [entry]).map((m) => [m.start, m.end]);
        expect(actual, entry.pattern).toEqual(expected);
        compared += expected.length;
      }
    }
    // The texts really contain the phrases: the comparison is not of empty lists.
    expect(compared).toBeGreaterThan(entries.length);
  });

  it('finds matches that begin with a number, and no others', () => {
    expect(firstWordsOf('\\b(?:\\d+|one|two) hours\\b')?.find((w) => w.digit)).toBeDefined();
    expect(firstWordsOf('(?:\\bat |@ ?)\\d{1,2}\\s?[ap]m')?.map((w) => w.lead)).toEqual(['', '@', '@ ']);
    const text = prepareText('In 24 hours, or 3 hours or two hours; at 3pm, @ 4pm, @5 pm, a24 hours, x@ 6pm, 10:30 or 7:45.');
    for (const pattern of ['\\b(?:\\d+|one|two) hours\\b', '(?:\\bat |@ ?)\\d{1,2}\\s?[ap]m', '\\b\\d{1,2}:\\d{2}', '\\d+ hours']) {
      const expected = reference(text.flat, pattern);
      expect(expected.length, pattern).toBeGreaterThan(0);
      expect(findAll(text, [pattern]).map((m) => [m.start, m.end]), pattern).toEqual(expected);
    }
  });

  it('tries a first word only before a number when a number must follow it, and finds every such match', () => {
    // "the" is a candidate only where a digit begins the next word, as a second-word prefix.
    const the = firstWordsOf('\\b(?:on )?the \\d{1,2}(?:st|nd|rd|th)\\b|\\bthe call\\b')?.find((w) => w.word === 'the');
    expect(the?.then?.open.map((o) => o.prefix)).toEqual(['#']);
    expect(the?.then?.whole.map((w) => w.word)).toEqual(['call']);
    const source = 'On the 14th, the united team, the 2nd call, the call, the x3 and on the 3rd; the 1000 days. The 21st.';
    for (const pattern of ['\\b(?:on )?the \\d{1,2}(?:st|nd|rd|th)\\b|\\bthe call\\b', '\\bthe \\d+ days', '\\bon the \\d']) {
      // The first text is read before the pattern is registered (looked up on its own), the second after (candidates.ts).
      for (const text of [prepareText(source), prepareText(source)]) {
        const expected = reference(text.flat, pattern);
        expect(expected.length, pattern).toBeGreaterThan(0);
        expect(findAll(text, [pattern]).map((m) => [m.start, m.end]), pattern).toEqual(expected);
      }
    }
  });

  it('finds matches that begin with one punctuation character before a word, and no others', () => {
    // The fast path is taken: the first words are known, with the apostrophe as their lead.
    expect(firstWordsOf("\\b(?:will|'ll) go")?.map((w) => [w.word, w.lead])).toEqual([['will', ''], ['ll', "'"]]);
    expect(firstWordsOf('\\[\\s?(?:insert|add) name\\]')?.map((w) => [w.word, w.lead])).toEqual([['', '[']]);
    const text = prepareText("We'll go. I will go, we ll go, 'll go, x'll go, it'll goes, ''ll go.");
    for (const pattern of ["\\b(?:will|'ll) go\\b", "'ll go\\b", "(?:'ll|'s|-ll) go", "\\b'll go", "'\\s?ll", "''?ll go"]) {
      const expected = reference(text.flat, pattern);
      expect(expected.length, pattern).toBeGreaterThan(0);
      expect(findAll(text, [pattern]).map((m) => [m.start, m.end]), pattern).toEqual(expected);
    }
  });

  it('keeps second words for patterns that reach the same start by very many paths', () => {
    // 15 words, repeated up to three times: thousands of paths, but only a few dozen starts.
    const modal = '(?: could| can| might| would| will| please| kindly| possibly| perhaps| maybe| just| then| also| now| still){0,3}';
    const words = firstWordsOf(`\\b(?:you|u)${modal} (?:send|sign|reply)\\b`);
    expect(words?.find((w) => w.word === 'you')?.then).not.toBeNull();
  });

  it('searches a text again correctly after other drafts were checked (its indexes are rebuilt, not read stale)', () => {
    const other = (body: string) => analyze(DraftSchema.parse({ from: 'sam@vendor.example', to: ['dana@example.com'], body }));
    other('Hi'); // the arena starts over with each draft: this text's indexes go near its start
    const text = prepareText('I sent a calendar invite. Due to system limitations we cannot change it.');
    // The first search indexes the text, in storage that each draft checked reuses (arena.ts).
    expect(findAll(text, ['\\bcalendar invite\\b']).map((m) => m.text)).toEqual(['calendar invite']);
    for (let i = 0; i < 3; i++) other(`Other words entirely, number ${i}: pricing, renewal, budget. `.repeat(40));
    // Phrases not searched for before, so nothing remembered answers for the index.
    expect(findAll(text, ['\\bsystem limitations?\\b', '\\bdue to\\b']).map((m) => m.text)).toEqual(['Due to', 'system limitations']);
    expect(findAll(text, ['\\brenewal\\b', '\\bbudget\\b'])).toEqual([]);
  });

  it('reads a short string again correctly after other drafts were checked (its indexes are in the reused storage too)', () => {
    const other = (body: string) => analyze(DraftSchema.parse({ from: 'sam@vendor.example', to: ['dana@example.com'], body }));
    other('Hi'); // the arena starts over with each draft: this string's indexes go near its start
    const reply = 'We are not interested, please remove me from your list.';
    expect(matchesAny(reply, ['\\bnot interested\\b'])).toBe(true);
    for (let i = 0; i < 3; i++) other(`Other words entirely, number ${i}: pricing, renewal, budget. `.repeat(40));
    // The same string, asked about with phrases not searched for before.
    expect(firstMatch(reply, ['\\bremove me\\b', '\\byour list\\b'])).toBe('remove me');
    expect(matchesAny(reply, ['\\brenewal\\b', '\\bbudget\\b', '\\bpricing\\b'])).toBe(false);
  });
});

describe('lowerSameLength', () => {
  it('keeps offsets when a character lower-cases to two (İ) and leaves astral characters whole', async () => {
    const { lowerSameLength } = await import('../../src/engine/match');
    for (const text of ['İstanbul Office', 'Café ÉTÉ', '👋 Hi DANA', 'ǅ ǈ ǋ']) {
      const lower = lowerSameLength(text);
      expect(lower.length).toBe(text.length);
    }
    expect(lowerSameLength('İstanbul OFFICE')).toBe('istanbul office');
    expect(lowerSameLength('👋 Hi DANA')).toBe('👋 hi dana');
  });
});
