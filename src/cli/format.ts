import { fieldText, severityRank, type Draft, type Finding, type Severity } from '../engine/draft';
import type { Rule } from '../engine/rule';
import type { Input } from './inputs';

export interface Paint {
  severity(s: Severity, text: string): string;
  dim(text: string): string;
  bold(text: string): string;
}

const ESC = '\u001b[';
export const colours: Paint = {
  severity: (s, t) => `${ESC}${s === 'error' ? '31' : s === 'warning' ? '33' : '36'}m${t}${ESC}0m`,
  dim: (t) => `${ESC}2m${t}${ESC}0m`,
  bold: (t) => `${ESC}1m${t}${ESC}0m`,
};
export const plain: Paint = { severity: (_s, t) => t, dim: (t) => t, bold: (t) => t };

/** Removes terminal control characters from text taken from a message, so a hostile email cannot repaint the terminal. */
export function inert(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '');
}

/** 1-based line and column of `offset` in the finding's field, moved to file lines where they are known. */
export function position(input: Input, draft: Draft, f: Finding): { line: number; col: number } {
  const base = input.fieldLines?.[f.field];
  if (base === undefined || f.start === undefined) return { line: input.line, col: 1 };
  const text = fieldText(draft, f.field);
  let line = base;
  let lastNewline = -1;
  for (let i = text.indexOf('\n'); i !== -1 && i < f.start; i = text.indexOf('\n', i + 1)) {
    line++;
    lastNewline = i;
  }
  return { line, col: f.start - lastNewline };
}

export function formatFindingText(input: Input, draft: Draft, f: Finding, paint: Paint): string {
  const { line, col } = position(input, draft, f);
  const where = input.source.replace(/:\d+$/, '');
  const head = `${where}:${line}:${col} ${paint.severity(f.severity, f.severity)} ${inert(f.message)} ${paint.dim(`[${f.rule}]`)}`;
  const lines = [head];
  if (f.excerpt) lines.push(paint.dim(`    ${f.field}: ${inert(f.excerpt.replace(/\s+/g, ' '))}`));
  for (const s of f.suggestions) {
    lines.push(`    ${paint.bold('suggestion:')} ${inert(s.label)}`);
    if (s.replacement) lines.push(`      ${inert(s.replacement)}`);
  }
  return lines.join('\n');
}

export function highestSeverity(findings: Finding[]): Severity | undefined {
  let best: Severity | undefined;
  for (const f of findings) if (!best || severityRank[f.severity] > severityRank[best]) best = f.severity;
  return best;
}

export function rulesAsText(rules: readonly Rule[], paint: Paint): string {
  return rules
    .map((r) =>
      [
        `${paint.bold(r.id)}  ${paint.dim(`${r.category}, ${r.defaultSeverity}`)}`,
        `  ${r.description}`,
        `  Why: ${r.rationale}`,
        `  Instead of: ${r.examples.bad}`,
        `  Try:        ${r.examples.good}`,
      ].join('\n'),
    )
    .join('\n\n');
}

/** The README's rules table; tests/rules/registry.test.ts checks the README carries exactly this. */
export function rulesAsMarkdown(rules: readonly Rule[]): string {
  const cell = (t: string) => t.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
  return [
    '| Rule | Category | Default | What it flags |',
    '| --- | --- | --- | --- |',
    ...rules.map((r) => `| \`${r.id}\` | ${r.category} | ${r.defaultSeverity} | ${cell(r.description)} |`),
  ].join('\n');
}

export function rulesAsJson(rules: readonly Rule[]): string {
  return JSON.stringify(
    rules.map(({ id, category, defaultSeverity, description, rationale, examples }) => ({
      id, category, defaultSeverity, description, rationale, examples,
    })),
    null,
    2,
  );
}
