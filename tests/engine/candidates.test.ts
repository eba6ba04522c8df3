import { describe, expect, it } from 'vitest';
import { Candidates, registry } from '../../src/engine/candidates';
import { TrigramIndex } from '../../src/engine/anchors';
import { firstWordsOf } from '../../src/engine/starts';
import { findAll, lowerSameLength } from '../../src/engine/match';
import { prepareText } from '../../src/engine/text';
import { Arena } from '../../src/engine/arena';

/** Where a case-insensitive scan finds the pattern: the ground truth. */
function starts(text: string, pattern: string): number[] {
  const re = new RegExp(pattern, 'gi');
  const out: number[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) re.lastIndex++;
    else out.push(m.index);
  }
  return out;
}

/** Each kind of first word the registry holds, and one it leaves to be looked up on its own. */
const PATTERNS = [
  '\\bbump(?:ing)? this\\b', // whole second words, of three letters or more
  '\\bping (?:me|us) back\\b', // whole second words shorter than three letters
  '\\bcircling\\b', // anything may follow
  '\\bquick (?:sync|chat)', // second words given by their beginning, longer than three letters
  '\\bjust (?:che|fol)', // ... of exactly three letters
  '\\bhop o', // ... of one letter: checked wherever the first word occurs
  "\\b(?:will|'ll) go\\b", // "'ll": a word after punctuation, where the match begins (the punctuation is checked)
  "\\bll\\b(?! go)|'ll\\b(?=x)", // one word gives two positions, with and without the punctuation before it
  '\\bcalendar[- ]invite\\b', // a first word given by its beginning (a class follows it): looked up on its own
];

const TEXT =
  "Just bumping this up. Bump this? bumpthis, bump thistle. Ping me back, ping us back, ping them back. " +
  "Circling back; circlingback. A quick synchronisation, quick chat, quick sync. Just checking, just follow, just cheer. " +
  "Hop on, hop over, hop in. We'll go, I will go. A calendar-invite and a calendar invite. We'll do.";

describe('Candidates (every pattern\u2019s first words, read in one pass)', () => {
  it('gives each pattern every position a match starts at, in text order, whatever the kind of its first words', () => {
    const registered = PATTERNS.map((p) => ({ pattern: p, ...registry.register(firstWordsOf(`(?:${p})`)!) }));
    const lower = lowerSameLength(TEXT);
    const grams = new TrigramIndex(lower, new Arena(1 << 16));
    const candidates = new Candidates(lower, grams, new Arena(1 << 16));
    expect(candidates.count).toBe(registry.count);
    for (const { pattern, id, rest } of registered) {
      const expected = starts(TEXT, pattern);
      expect(expected.length, pattern).toBeGreaterThan(0);
      const found: number[] = [];
      const n = candidates.write(id, found, 0);
      expect(n).toBe(found.length);
      expect([...found].sort((a, b) => a - b), pattern).toEqual(found);
      if (rest === null) {
        // Held wholly by the registry: every match start is a candidate, and (without
        // punctuation before the word, whose second word is not checked) the pairs keep
        // candidates close to the matches.
        expect(found, pattern).toEqual(expect.arrayContaining(expected));
        if (!pattern.includes("'")) expect(found.length, pattern).toBeLessThanOrEqual(expected.length + 2);
        expect(candidates.has(id)).toBe(true);
      } else {
        // "calendar" followed by a class is looked up on its own (WordIndex).
        expect(rest.map((w) => w.lead + w.word), pattern).toEqual(['calendar']);
        expect(found, pattern).toEqual([]);
      }
    }
    // A pattern whose words are absent has no candidate: its search ends there.
    const absent = registry.register(firstWordsOf('(?:\\bunsubscribe now\\b)')!);
    const again = new Candidates(lower, grams, new Arena(1 << 16));
    expect(again.has(absent.id)).toBe(false);
  });

  it('finds the same matches as a plain scan before and after the registry starts again', () => {
    const check = (body: string) => {
      const text = prepareText(body);
      for (const pattern of PATTERNS) {
        expect(findAll(text, [pattern]).map((m) => m.start), pattern).toEqual(starts(text.flat, pattern));
      }
    };
    // The first text registers the patterns; texts read after use the registry.
    check(TEXT);
    check(`${TEXT} ${TEXT.toUpperCase()}`);
    const generation = registry.generation;
    // Custom phrases come and go: past its limit the registry starts again, and patterns register anew.
    const filler = firstWordsOf('(?:\\bzzz\\b)')!;
    while (registry.generation === generation) registry.register(filler);
    check(`${TEXT.toUpperCase()} and ${TEXT}`);
    check(`Nothing here. ${TEXT}`);
  });
});
