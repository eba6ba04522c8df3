import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rules } from '../../src/rules/index';
import { CATEGORIES, SEVERITIES } from '../../src/engine/draft';
import { rulesAsMarkdown } from '../../src/cli/format';

const root = join(__dirname, '..', '..');
const ruleFiles = readdirSync(join(root, 'src', 'rules'))
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
  .map((f) => f.replace(/\.ts$/, ''))
  .sort();

describe('rule registry', () => {
  it('lists every rule file exactly once, sorted by id, with id = file name', () => {
    expect(rules.map((r) => r.id)).toEqual(ruleFiles);
  });

  it('gives every rule complete metadata', () => {
    for (const r of rules) {
      expect(CATEGORIES, r.id).toContain(r.category);
      expect(SEVERITIES, r.id).toContain(r.defaultSeverity);
      for (const text of [r.description, r.rationale, r.examples.bad, r.examples.good]) {
        expect(text.trim().length, r.id).toBeGreaterThan(10);
      }
      expect(typeof r.check, r.id).toBe('function');
    }
  });

  it('has a test table for every rule', () => {
    for (const id of ruleFiles) expect(existsSync(join(root, 'tests', 'rules', `${id}.test.ts`)), id).toBe(true);
  });

  it('covers all five contract categories', () => {
    expect(new Set(rules.map((r) => r.category))).toEqual(new Set(CATEGORIES));
  });

  it("keeps README.md's rules table in step with the metadata (fix: npm run readme)", () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('<!-- rules:start -->') + '<!-- rules:start -->'.length, readme.indexOf('<!-- rules:end -->')).trim();
    expect(table).toBe(rulesAsMarkdown(rules));
  });
});
