/**
 * Scoring Tactful against the labeled corpus in tests/corpus/ (npm run eval, and the floors in
 * corpus.test.ts). A draft counts as flagged in a category when the engine reports a warning or
 * an error in it; info findings are hints, not alarms, and do not count.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod';
import { analyze } from '../../src/engine/analyze';
import { CATEGORIES, describeIssues, DraftSchema, severityRank, type Category, type Draft, type Finding } from '../../src/engine/draft';
import { DEFAULT_POLICY, type Policy } from '../../src/settings/schema';

const RowSchema = z
  .object({
    id: z.string().min(1),
    draft: DraftSchema,
    labels: z.array(z.enum(CATEGORIES)).refine((l) => new Set(l).size === l.length, 'a category is listed twice'),
    why: z.string().min(10, 'say in one sentence why the draft has these labels'),
  })
  .strict();

export interface Row {
  id: string;
  draft: Draft;
  labels: Category[];
  why: string;
  /** file:line, for messages. */
  where: string;
}

/** Every row of every .jsonl file in the folder; a malformed row throws, naming file, line and field. */
export function loadCorpus(dir: string): Row[] {
  const rows: Row[] = [];
  const ids = new Map<string, string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    readFileSync(join(dir, file), 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (!line.trim()) return;
        const where = `${file}:${i + 1}`;
        let json: unknown;
        try {
          json = JSON.parse(line);
        } catch (error) {
          throw new Error(`${where}: not valid JSON (${(error as Error).message})`);
        }
        const parsed = RowSchema.safeParse(json);
        if (!parsed.success) throw new Error(`${where}: ${describeIssues(parsed.error)}`);
        const row = parsed.data;
        const seen = ids.get(row.id);
        if (seen) throw new Error(`${where}: id "${row.id}" is already used at ${seen}`);
        ids.set(row.id, where);
        rows.push({ ...row, where });
      });
  }
  return rows;
}

/** Categories the engine raises at warning or above. */
export function flaggedCategories(findings: readonly Finding[]): Set<Category> {
  return new Set(findings.filter((f) => severityRank[f.severity] >= severityRank.warning).map((f) => f.category));
}

export interface CategoryScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Mistake {
  id: string;
  where: string;
  kind: 'miss' | 'false alarm';
  category: Category;
  why: string;
  /** For a false alarm: what the engine said (rule and excerpt). */
  findings: string[];
}

export interface Score {
  drafts: number;
  positives: Record<Category, number>;
  perCategory: Record<Category, CategoryScore>;
  macroF1: number;
  benign: number;
  benignFlagged: number;
  benignFalsePositiveRate: number;
  mistakes: Mistake[];
  /** Milliseconds spent in analyze over the whole corpus. */
  analyzeMs: number;
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);

export function scoreCorpus(rows: readonly Row[], policy: Policy = DEFAULT_POLICY): Score {
  const counts = Object.fromEntries(CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }])) as Record<Category, { tp: number; fp: number; fn: number }>;
  const positives = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  const mistakes: Mistake[] = [];
  let benign = 0;
  let benignFlagged = 0;
  let analyzeMs = 0;
  for (const row of rows) {
    const started = performance.now();
    const findings = analyze(row.draft, policy);
    analyzeMs += performance.now() - started;
    const flagged = flaggedCategories(findings);
    const labels = new Set(row.labels);
    if (labels.size === 0) {
      benign++;
      if (flagged.size > 0) benignFlagged++;
    }
    for (const category of CATEGORIES) {
      const want = labels.has(category);
      const got = flagged.has(category);
      if (want) positives[category]++;
      if (want && got) counts[category].tp++;
      else if (want) counts[category].fn++;
      else if (got) counts[category].fp++;
      if (want === got) continue;
      mistakes.push({
        id: row.id,
        where: row.where,
        kind: want ? 'miss' : 'false alarm',
        category,
        why: row.why,
        findings: findings
          .filter((f) => f.category === category && severityRank[f.severity] >= severityRank.warning)
          .map((f) => `[${f.rule}] ${f.excerpt !== undefined ? `"${f.excerpt.replace(/\s+/g, ' ')}"` : `(${f.field})`}`),
      });
    }
  }
  const perCategory = Object.fromEntries(
    CATEGORIES.map((c) => {
      const { tp, fp, fn } = counts[c];
      const precision = ratio(tp, tp + fp);
      const recall = ratio(tp, tp + fn);
      const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
      return [c, { tp, fp, fn, precision, recall, f1 }];
    }),
  ) as Record<Category, CategoryScore>;
  const macroF1 = CATEGORIES.reduce((sum, c) => sum + perCategory[c].f1, 0) / CATEGORIES.length;
  return {
    drafts: rows.length,
    positives,
    perCategory,
    macroF1,
    benign,
    benignFlagged,
    benignFalsePositiveRate: benign === 0 ? 0 : benignFlagged / benign,
    mistakes,
    analyzeMs,
  };
}

/** The floors `npm test` enforces (tests/eval/corpus.test.ts). */
export const FLOORS = { macroF1: 0.9, benignFalsePositiveRate: 0.05 } as const;
