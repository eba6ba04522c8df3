import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/engine/draft';
import { DraftSchema } from '../../src/engine/draft';
import { csvField, csvRows, isFromTeam, parseTeam, recordOf, ReviewAccumulator, weekOf, type ReviewRecord } from '../../src/review/report';

const f = (rule: string, category: Finding['category'], severity: Finding['severity'] = 'warning', excerpt?: string): Finding => ({
  rule,
  category,
  severity,
  message: 'm',
  field: 'body',
  ...(excerpt ? { excerpt } : {}),
  suggestions: [],
});

const rec = (position: number, from: string, date: string | undefined, findings: Finding[]): ReviewRecord => ({
  position,
  source: `sent.mbox:${position * 10}`,
  ...(date ? { date } : {}),
  from,
  recipientDomains: ['northwind.com'],
  subject: `s${position}`,
  findings,
});

describe('the team', () => {
  it('takes addresses and domains, a domain covering its subdomains', () => {
    const team = parseTeam('sam@vendor.io, @Sales.Acme.com')!;
    expect(team).toEqual(['sam@vendor.io', 'sales.acme.com']);
    expect(isFromTeam('Sam <sam@vendor.io>', team)).toBe(true);
    expect(isFromTeam('kim@vendor.io', team)).toBe(false);
    expect(isFromTeam('ana@eu.sales.acme.com', team)).toBe(true);
    expect(isFromTeam('ana@notsales.acme.com', team)).toBe(false);
    expect(isFromTeam('', team)).toBe(false);
  });

  it('refuses a spec with anything that is neither', () => {
    expect(parseTeam('')).toBeNull();
    expect(parseTeam('vendor.io, not an address')).toBeNull();
  });
});

describe('ReviewAccumulator on a known set', () => {
  const acc = new ReviewAccumulator(['vendor.io']);
  acc.add(rec(1, 'sam@vendor.io', '2026-03-02T09:00:00.000Z', [f('bump', 'pushy-outreach', 'warning', 'Just bumping this'), f('guilt-trip', 'pushy-outreach', 'error')]));
  acc.skipOther();
  acc.add(rec(3, 'sam@vendor.io', '2026-03-04T09:00:00.000Z', []));
  acc.add(rec(4, 'kim@vendor.io', '2026-03-10T09:00:00.000Z', [f('bump', 'pushy-outreach', 'warning', 'just  bumping this'), f('presumptive-meeting', 'presumptive-appointment')]));
  acc.add(rec(5, 'kim@vendor.io', undefined, [f('generic-salutation', 'impersonal', 'info', 'Dear Sir')]));
  acc.malformed('sent.mbox:500', 'no headers');
  const r = acc.report();

  it('counts emails, flagged ones (warnings and errors, not notes), others and malformed', () => {
    expect(r.total).toBe(4);
    expect(r.flagged).toEqual([1, 4]);
    expect(r.otherSenders).toBe(1);
    expect(r.malformedCount).toBe(1);
    expect(r.malformed).toEqual([{ source: 'sent.mbox:500', error: 'no headers' }]);
    expect(r.firstDate).toBe('2026-03-02T09:00:00.000Z');
    expect(r.lastDate).toBe('2026-03-10T09:00:00.000Z');
  });

  it('per category and per rule: findings, and each email once', () => {
    const pushy = r.categories.find((c) => c.key === 'pushy-outreach')!;
    expect(pushy).toEqual({ key: 'pushy-outreach', findings: 3, emails: [1, 4] });
    expect(r.categories.find((c) => c.key === 'impersonal')).toEqual({ key: 'impersonal', findings: 0, emails: [] });
    expect(r.rules.map((x) => [x.key, x.emails])).toEqual([
      ['bump', [1, 4]],
      ['guilt-trip', [1]],
      ['presumptive-meeting', [4]],
    ]);
  });

  it('per sender and per week, with the shares\' denominators', () => {
    expect(r.senders).toEqual([
      { sender: 'kim@vendor.io', total: 2, flagged: [4], categories: { 'pushy-outreach': 1, 'presumptive-appointment': 1 } },
      { sender: 'sam@vendor.io', total: 2, flagged: [1], categories: { 'pushy-outreach': 2 } },
    ]);
    expect(r.weeks).toEqual([
      { week: '2026-03-02', total: 2, flagged: [1] },
      { week: '2026-03-09', total: 1, flagged: [4] },
      { week: 'undated', total: 1, flagged: [] },
    ]);
  });

  it('the most frequent phrases, whitespace and case folded', () => {
    expect(r.phrases[0]).toEqual({ key: 'just bumping this', rule: 'bump', findings: 2, emails: [1, 4] });
  });
});

describe('records and CSV', () => {
  it('a record keeps recipient domains once, the date as ISO, the sender lower-cased', () => {
    const draft = DraftSchema.parse({ from: 'Sam <Sam@Vendor.io>', to: ['a@northwind.com', 'b@northwind.com'], cc: ['c@globex.com'], subject: 'Hi', body: 'x', sentAt: 'Mon, 2 Mar 2026 10:00:00 +0100' });
    expect(recordOf(draft, [], 9, 'a.eml')).toEqual({ position: 9, source: 'a.eml', date: '2026-03-02T09:00:00.000Z', from: 'sam@vendor.io', recipientDomains: ['northwind.com', 'globex.com'], subject: 'Hi', findings: [] });
    expect(weekOf('2026-03-08T23:59:00.000Z')).toBe('2026-03-02');
  });

  it('one row per finding, quoted where needed, spreadsheet formulas defused', () => {
    const rows = csvRows(rec(1, 'sam@vendor.io', '2026-03-02T09:00:00.000Z', [f('bump', 'pushy-outreach', 'warning', 'Just "bumping", this'), f('x', 'impersonal', 'info', '=HYPERLINK("x")')]));
    expect(rows).toEqual([
      '2026-03-02T09:00:00.000Z,sam@vendor.io,northwind.com,s1,bump,pushy-outreach,warning,"Just ""bumping"", this"',
      '2026-03-02T09:00:00.000Z,sam@vendor.io,northwind.com,s1,x,impersonal,info,"\'=HYPERLINK(""x"")"',
    ]);
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
  });
});
