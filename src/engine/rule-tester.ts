import { DraftSchema, fieldText, type DraftInput, type Field, type Finding, type Severity } from './draft';
import { PolicySchema, type PolicyInput } from '../settings/schema';
import { analyze } from './analyze';
import type { KnownContact, Rule } from './rule';

export interface ValidCase {
  /** What makes this case fine, in a few words; shown as the test name. */
  name: string;
  draft: DraftInput;
  policy?: PolicyInput;
  /** What the contact memory knows of the recipients. */
  contacts?: KnownContact[];
}

export interface ExpectedFinding {
  /** Defaults to body. */
  field?: Field;
  /** The exact text of [start, end) in the field, or null for a finding without a span. */
  excerpt: string | null;
  /** The replacement the first suggestion that has one puts in place of the span, or null when none offers one. */
  replacement: string | null;
  severity?: Severity;
  /** A word or phrase the message must contain (case-insensitive). */
  messageIncludes?: string;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedFinding[];
}

export interface RuleTables {
  valid: ValidCase[];
  invalid: InvalidCase[];
}

export interface TestHooks {
  describe: (name: string, body: () => void) => void;
  it: (name: string, body: () => void) => void;
}

export interface RuleTesterOptions {
  /** Fewest cases each table must have. */
  minCases?: number;
}

function fail(message: string): never {
  throw new Error(message);
}

function describeFinding(f: Finding, text: string): string {
  const span = f.start !== undefined ? JSON.stringify(text.slice(f.start, f.end)) : '(no span)';
  return `${f.field} ${span} ${f.severity}`;
}

/**
 * Runs tables of valid and invalid drafts against one rule, in the manner of ESLint's RuleTester.
 * Every invalid case must say exactly which findings it expects (field, span text, replacement);
 * a case with no expectation, a duplicate case, or a table below the minimum size is an error
 * in the test itself.
 */
export class RuleTester {
  constructor(private readonly options: RuleTesterOptions = {}) {}

  run(rule: Rule, tables: RuleTables, hooks: TestHooks): void {
    const min = this.options.minCases ?? 8;
    const { describe, it } = hooks;
    describe(rule.id, () => {
      it('has well-formed tables', () => {
        if (tables.valid.length < min) fail(`${rule.id}: ${tables.valid.length} valid cases; at least ${min} are needed`);
        if (tables.invalid.length < min) fail(`${rule.id}: ${tables.invalid.length} invalid cases; at least ${min} are needed`);
        const seen = new Set<string>();
        for (const c of [...tables.valid, ...tables.invalid]) {
          const key = JSON.stringify([c.draft, c.policy ?? null, c.contacts ?? null]);
          if (seen.has(key)) fail(`${rule.id}: duplicate case "${c.name}"`);
          seen.add(key);
          if (!c.name?.trim()) fail(`${rule.id}: a case has no name`);
        }
        for (const c of tables.invalid) {
          if (!Array.isArray(c.errors) || c.errors.length === 0) fail(`${rule.id}: invalid case "${c.name}" states no expected finding`);
        }
      });

      describe('valid', () => {
        for (const c of tables.valid) {
          it(c.name, () => {
            const findings = this.findingsOf(rule, c);
            if (findings.length > 0) {
              const text = (f: Finding) => fieldText(DraftSchema.parse(c.draft), f.field);
              fail(`expected no ${rule.id} finding, got: ${findings.map((f) => describeFinding(f, text(f))).join('; ')}`);
            }
          });
        }
      });

      describe('invalid', () => {
        for (const c of tables.invalid) {
          it(c.name, () => this.checkInvalid(rule, c));
        }
      });
    });
  }

  private findingsOf(rule: Rule, c: ValidCase): Finding[] {
    const draft = DraftSchema.parse(c.draft);
    const policy = PolicySchema.parse(c.policy ?? {});
    let thrown: unknown;
    const findings = analyze(draft, policy, {
      rules: [rule],
      ...(c.contacts ? { contacts: c.contacts } : {}),
      onRuleError: (_id, error) => {
        thrown = error;
      },
    });
    if (thrown) throw thrown;
    return findings.filter((f) => f.rule === rule.id);
  }

  private checkInvalid(rule: Rule, c: InvalidCase): void {
    const draft = DraftSchema.parse(c.draft);
    const findings = this.findingsOf(rule, c);
    const shown = findings.map((f) => describeFinding(f, fieldText(draft, f.field))).join('; ') || 'none';
    if (findings.length !== c.errors.length) {
      fail(`expected ${c.errors.length} ${rule.id} finding(s), got ${findings.length}: ${shown}`);
    }
    c.errors.forEach((expected, i) => {
      const f = findings[i]!;
      const field = expected.field ?? 'body';
      const text = fieldText(draft, field);
      if (f.field !== field) fail(`finding ${i + 1}: expected field ${field}, got ${f.field} (${shown})`);
      if (f.category !== rule.category && rule.id !== 'custom-phrase') {
        fail(`finding ${i + 1}: category ${f.category} is not the rule's ${rule.category}`);
      }
      const actualExcerpt = f.start === undefined ? null : text.slice(f.start, f.end);
      if (actualExcerpt !== expected.excerpt) {
        fail(`finding ${i + 1}: expected span ${JSON.stringify(expected.excerpt)}, got ${JSON.stringify(actualExcerpt)}`);
      }
      if (expected.severity && f.severity !== expected.severity) {
        fail(`finding ${i + 1}: expected severity ${expected.severity}, got ${f.severity}`);
      }
      if (!f.message.trim()) fail(`finding ${i + 1}: empty message`);
      if (expected.messageIncludes && !f.message.toLowerCase().includes(expected.messageIncludes.toLowerCase())) {
        fail(`finding ${i + 1}: message ${JSON.stringify(f.message)} does not mention ${JSON.stringify(expected.messageIncludes)}`);
      }
      if (f.suggestions.length === 0) fail(`finding ${i + 1}: no suggestion offered`);
      for (const s of f.suggestions) if (!s.label.trim()) fail(`finding ${i + 1}: a suggestion has no label`);
      const withReplacement = f.suggestions.find((s) => s.replacement !== undefined);
      const actualReplacement = withReplacement?.replacement ?? null;
      if (actualReplacement !== expected.replacement) {
        fail(`finding ${i + 1}: expected replacement ${JSON.stringify(expected.replacement)}, got ${JSON.stringify(actualReplacement)}`);
      }
      if (actualReplacement !== null && f.start === undefined) fail(`finding ${i + 1}: a replacement without a span`);
    });
  }
}
