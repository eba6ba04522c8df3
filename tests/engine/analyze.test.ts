import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyze } from '../../src/engine/analyze';
import { DraftSchema, fieldText, FIELDS, type DraftInput, type Finding } from '../../src/engine/draft';
import { defineRule } from '../../src/engine/rule';
import { rules } from '../../src/rules/index';
import { PolicySchema } from '../../src/settings/schema';

const draft = (d: DraftInput) => DraftSchema.parse(d);
const cold = draft({
  from: 'Sam <sam@vendor.io>',
  to: ['Dana <dana@acme.com>'],
  subject: 'Intro',
  body: "Hi Dana,\n\nI've put 30 minutes on your calendar for Thursday at 10.\n\nSam",
});

describe('analyze', () => {
  it('finds problems in a cold presumptive email and none in internal mail', () => {
    expect(analyze(cold).map((f) => f.rule)).toContain('presumptive-meeting');
    expect(analyze({ ...cold, to: ['priya@vendor.io'] })).toEqual([]);
  });

  it('lets the policy switch a rule off or change its severity', () => {
    const off = PolicySchema.parse({ rules: { 'presumptive-meeting': { enabled: false } } });
    expect(analyze(cold, off).some((f) => f.rule === 'presumptive-meeting')).toBe(false);
    const louder = PolicySchema.parse({ rules: { 'presumptive-meeting': { severity: 'error' } } });
    expect(analyze(cold, louder).find((f) => f.rule === 'presumptive-meeting')?.severity).toBe('error');
  });

  it('keeps going when one rule throws, and says which', () => {
    const broken = defineRule({
      id: 'broken',
      category: 'impersonal',
      defaultSeverity: 'warning',
      description: 'd',
      rationale: 'r',
      examples: { bad: 'b', good: 'g' },
      check() {
        throw new Error('boom');
      },
    });
    const errors: string[] = [];
    const findings = analyze(cold, undefined, { rules: [broken, ...rules], onRuleError: (id) => errors.push(id) });
    expect(errors).toEqual(['broken']);
    expect(findings.some((f) => f.rule === 'presumptive-meeting')).toBe(true);
  });

  it('sorts by field and position and drops duplicates', () => {
    const twice = defineRule({
      id: 'twice',
      category: 'impersonal',
      defaultSeverity: 'info',
      description: 'd',
      rationale: 'r',
      examples: { bad: 'b', good: 'g' },
      check(ctx) {
        ctx.report({ start: 10, end: 12, message: 'later', suggestions: [{ label: 'x' }] });
        ctx.report({ start: 0, end: 2, message: 'first', suggestions: [{ label: 'x' }] });
        ctx.report({ start: 0, end: 2, message: 'first again', suggestions: [{ label: 'x' }] });
        ctx.report({ field: 'subject', start: 0, end: 2, message: 'subject', suggestions: [{ label: 'x' }] });
      },
    });
    const found = analyze(cold, undefined, { rules: [twice] });
    expect(found.map((f) => f.message)).toEqual(['subject', 'first', 'later']);
    expect(found[1]).toMatchObject({ excerpt: 'Hi', start: 0, end: 2, field: 'body' });
  });
});

// --- property: the engine never throws and every span lies within its field ------------------------

const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 400 }),
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.constantFrom(
    '',
    '\n\n\n',
    '> > >\n>',
    'On wrote:',
    '"',
    '-- \n',
    "I've put 30 minutes on your calendar for Thursday at 10. ".repeat(20),
    `${'a'.repeat(20000)} see you Tuesday at 2pm`,
    '{{first_name}} [Company Name] %FIRSTNAME% *|FNAME|*',
    'From: x\nSent: y\nTo: z\nSubject: q\n',
  ),
  fc.array(fc.constantFrom('Hi ', 'Dana', ',', '\n', '.', '?', ' calendar ', ' invite ', ' Thursday at 10 ', '"', '>', 'bump', ' Re: ', '\u202e', '\u0000', '’'), { maxLength: 200 }).map((a) => a.join('')),
);
const address = fc.oneof(
  fc.emailAddress(),
  fc.string({ maxLength: 40 }),
  fc.constantFrom('', '<>', 'Jane <', '@', 'a@b', '"Doe, Jane" <jane@acme.com>', 'x@bcc.hubspot.com', 'dana@acme.com'),
);
const arbitraryDraft = fc.record(
  {
    kind: fc.constantFrom('email' as const, 'invite' as const),
    from: address,
    to: fc.array(address, { maxLength: 4 }),
    cc: fc.array(address, { maxLength: 3 }),
    bcc: fc.array(address, { maxLength: 3 }),
    subject: text,
    body: text,
    thread: fc.array(fc.record({ from: address, body: text }), { maxLength: 4 }),
    invite: fc.record({ title: text, attendees: fc.array(address, { maxLength: 3 }) }),
  },
  { requiredKeys: [] },
);

function assertWellFormed(d: ReturnType<typeof draft>, findings: Finding[]): void {
  for (const f of findings) {
    expect(FIELDS).toContain(f.field);
    expect(f.message.length).toBeGreaterThan(0);
    expect(f.suggestions.length).toBeGreaterThan(0);
    if (f.start !== undefined) {
      const len = fieldText(d, f.field).length;
      expect(f.start).toBeGreaterThanOrEqual(0);
      expect(f.end!).toBeGreaterThanOrEqual(f.start);
      expect(f.end!).toBeLessThanOrEqual(len);
    }
  }
}

describe('analyze on arbitrary drafts', () => {
  it('never throws, and every finding is well formed with its span inside its field', () => {
    fc.assert(
      fc.property(arbitraryDraft, (input) => {
        const d = draft(input);
        const errors: unknown[] = [];
        const findings = analyze(d, undefined, { onRuleError: (_id, e) => errors.push(e) });
        expect(errors).toEqual([]);
        assertWellFormed(d, findings);
      }),
      { numRuns: 400 },
    );
  });

  it('copes with one huge line and a body made only of quote markers', () => {
    for (const body of ['x'.repeat(1_000_000), '>'.repeat(200_000), '\n'.repeat(100_000), '"'.repeat(50_000)]) {
      const d = draft({ from: 'a@b.com', to: ['c@d.com'], body });
      assertWellFormed(d, analyze(d));
    }
  });
});
