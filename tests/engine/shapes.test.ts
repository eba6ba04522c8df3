import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/analyze';
import { DraftSchema } from '../../src/engine/draft';
import { isolate, quote } from '../../src/engine/shapes';

const FSI = '\u2068';
const PDI = '\u2069';
const RLO = '\u202e';
const LRI = '\u2066';

/** True when every isolate opened in the text is closed, and no PDI closes one opened before it. */
function balanced(text: string): boolean {
  let open = 0;
  for (const ch of text) {
    if (ch === PDI) {
      if (open === 0) return false;
      open--;
    } else if (ch >= '\u2066' && ch <= '\u2068') {
      open++;
    }
  }
  return open === 0;
}

describe('isolate', () => {
  it('wraps plain text in FSI ... PDI and keeps it whole', () => {
    expect(isolate('Dana Whitfield')).toBe(`${FSI}Dana Whitfield${PDI}`);
    expect(isolate('')).toBe(`${FSI}${PDI}`);
  });

  it('keeps an unclosed override inside the isolate, where its PDI ends it', () => {
    expect(isolate(`Priya ${RLO}gnp.exe`)).toBe(`${FSI}Priya ${RLO}gnp.exe${PDI}`);
  });

  it('drops a PDI that would close the isolate early, and closes isolates left open', () => {
    const out = isolate(`${PDI}${LRI}\u2067${FSI}lanif`);
    expect(out).toBe(`${FSI}${LRI}\u2067${FSI}lanif${PDI}${PDI}${PDI}${PDI}`);
    expect(balanced(out)).toBe(true);
    // A matched pair inside stays as written.
    expect(isolate(`a ${LRI}b${PDI} c`)).toBe(`${FSI}a ${LRI}b${PDI} c${PDI}`);
  });

  it('quote() isolates what it quotes, inside the quotation marks', () => {
    expect(quote(`just bumping ${RLO}this`)).toBe(`“${FSI}just bumping ${RLO}this${PDI}”`);
  });
});

describe('email text in messages is isolated', () => {
  it('a display name and a quoted phrase with bidi controls leave the message balanced', () => {
    const draft = DraftSchema.parse({
      from: 'Sam Ortiz <sam@brightledger.io>',
      to: [`Dana ${PDI}${LRI}Whitfield <dana.whitfield@northwind-health.com>`],
      bcc: [`Priya ${RLO}Shah${PDI} <priya.shah@northwind-health.com>`],
      subject: 'Following up',
      body: `Hi Dana,\n\nJust bumping this to the top of your inbox ${PDI}${RLO}gnp.exe\n\nSam`,
    });
    const findings = analyze(draft);
    const bump = findings.find((f) => f.rule === 'bump');
    const bcc = findings.find((f) => f.rule === 'bcc-recipient-org');
    expect(bump?.message).toContain(`“${FSI}bumping${PDI}”`);
    expect(bcc?.message).toContain(`${FSI}Priya ${RLO}Shah${PDI} is at`);
    for (const f of findings) {
      expect(balanced(f.message), `${f.rule}: ${JSON.stringify(f.message)}`).toBe(true);
      for (const s of f.suggestions) expect(balanced(s.label), `${f.rule}: ${JSON.stringify(s.label)}`).toBe(true);
    }
  });

  it('a replacement that goes into the email carries no isolate of ours', () => {
    const draft = DraftSchema.parse({
      from: 'Sam Ortiz <sam@brightledger.io>',
      to: ['Dana Whitfield <dana.whitfield@northwind-health.com>'],
      subject: 'Clinic scheduling',
      body: 'Dear Sir or Madam,\n\nWe help clinics like yours cut no-shows by a third.\n\nSam',
    });
    const salutation = analyze(draft).find((f) => f.rule === 'generic-salutation');
    expect(salutation?.suggestions[0]?.label).toBe(`Greet ${FSI}Dana${PDI} by name`);
    expect(salutation?.suggestions[0]?.replacement).toBe('Hi Dana');
  });
});
