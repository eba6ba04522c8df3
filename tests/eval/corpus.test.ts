/**
 * Accuracy floors on the fixed, labeled corpus (npm run eval prints the details), and what every
 * finding owes the salesperson: a message naming what triggered it, and for presumptive,
 * escalation and pushy findings in the text, a one-click rewrite of the whole flagged sentence.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/analyze';
import { CATEGORIES, fieldText, type Category } from '../../src/engine/draft';
import { prepareText } from '../../src/engine/text';
import { DEFAULT_POLICY } from '../../src/settings/schema';
import { FLOORS, loadCorpus, scoreCorpus } from './score';

const rows = loadCorpus(fileURLToPath(new URL('../corpus/', import.meta.url)));

describe('the labeled corpus', () => {
  it('is as large and as varied as the evaluation needs', () => {
    expect(rows.length).toBeGreaterThanOrEqual(400);
    for (const category of CATEGORIES) {
      expect(rows.filter((r) => r.labels.includes(category)).length, category).toBeGreaterThanOrEqual(50);
    }
    expect(rows.filter((r) => r.labels.length === 0).length).toBeGreaterThanOrEqual(160);
    const presumptive = rows.filter((r) => r.labels.includes('presumptive-appointment'));
    const invites = presumptive.filter((r) => r.draft.kind === 'invite' && r.draft.invite?.attendees.length);
    expect(invites.length / presumptive.length).toBeGreaterThanOrEqual(0.35);
    expect(rows.filter((r) => r.draft.thread?.length).length).toBeGreaterThanOrEqual(100);
    const words = rows.map((r) => r.draft.body.split(/\s+/).filter(Boolean).length);
    expect(Math.min(...words)).toBeLessThanOrEqual(10);
    expect(Math.max(...words)).toBeGreaterThanOrEqual(500);
  });

  it(`meets the floors: macro-F1 >= ${FLOORS.macroF1}, benign false-positive rate <= ${FLOORS.benignFalsePositiveRate * 100}%`, () => {
    const score = scoreCorpus(rows);
    expect(score.macroF1).toBeGreaterThanOrEqual(FLOORS.macroF1);
    expect(score.benignFalsePositiveRate).toBeLessThanOrEqual(FLOORS.benignFalsePositiveRate);
  });
});

const REWRITTEN: readonly Category[] = ['presumptive-appointment', 'escalation', 'pushy-outreach'];

describe('explanations on the corpus', () => {
  const findings = rows.flatMap((row) => analyze(row.draft, DEFAULT_POLICY).map((finding) => ({ row, finding })));

  it('every finding says what triggered it, in a sentence or two', () => {
    expect(findings.length).toBeGreaterThan(200);
    for (const { row, finding } of findings) {
      expect(finding.message.length, `${row.id} ${finding.rule}`).toBeGreaterThan(40);
      expect(finding.message.length, `${row.id} ${finding.rule}`).toBeLessThan(500);
      // Names the trigger: quotes the words, or the address, day or count it is about.
      expect(finding.message, `${row.id} ${finding.rule}: ${finding.message}`).toMatch(/“[^”]+”|@|\d|\w\.\w/);
    }
  });

  it('presumptive, escalation and pushy findings in the text offer a complete rewrite of the flagged sentence', () => {
    let checked = 0;
    for (const { row, finding } of findings) {
      if (!REWRITTEN.includes(finding.category) || finding.field !== 'body' || finding.start === undefined) continue;
      checked++;
      const where = `${row.id} [${finding.rule}] ${finding.excerpt}`;
      const sentence = prepareText(row.draft.body).sentences.find((s) => s.start <= finding.start! && finding.start! < s.end);
      expect(sentence, where).toBeDefined();
      // The span is the whole sentence (its trailing spaces aside)...
      expect(finding.start, where).toBe(sentence!.start);
      expect(fieldText(row.draft, 'body').slice(finding.start, finding.end).trim(), where).toBe(sentence!.text.trim());
      // ...and one suggestion replaces it with a full sentence of its own.
      const rewrites = finding.suggestions.filter((s) => s.replacement !== undefined && /^[\p{Lu}\p{N}"“'‘(]/u.test(s.replacement) && /[.?!]["”')]?$/.test(s.replacement.trim()));
      expect(rewrites.length, `${where}: ${JSON.stringify(finding.suggestions)}`).toBeGreaterThan(0);
    }
    expect(checked).toBeGreaterThan(100);
  });
});
