// The HTML report's renderer: escaping, highlighting, an email's drill-down, the summary's
// drill-down links, the weekly chart, and the streaming writer.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DraftSchema, type Finding } from '../../src/engine/draft';
import { BODY_CAP, emailClasses, emailFragment, escapeHtml, filters, highlight, HtmlReportWriter, reportHead, reportTail, weeklyChart, type Span } from '../../src/review/html';
import { recordOf, ReviewAccumulator } from '../../src/review/report';

const finding = (over: Partial<Finding>): Finding => ({
  rule: 'bump',
  category: 'pushy-outreach',
  severity: 'warning',
  message: 'It points at their silence.',
  field: 'body',
  suggestions: [],
  ...over,
});

const span = (start: number, end: number, n: number, severity: Span['severity'] = 'warning'): Span => ({ start, end, n, severity, rule: `r${n}` });

/** Tags in order, to check that marks nest properly. */
const tags = (html: string) => [...html.matchAll(/<\/?(mark|sup)\b/g)].map((m) => m[0]);

describe('escapeHtml', () => {
  it('escapes the five characters that matter in content and attributes, and drops control characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
    expect(escapeHtml('a\u0000b\u001bc\td\ne\u007f')).toBe('abc\td\ne');
  });
});

describe('highlight', () => {
  it('marks a span, escapes inside and outside it, and numbers it', () => {
    expect(highlight('<b>Just bumping</b> this', [span(3, 15, 1)])).toBe('&lt;b&gt;<mark class="warning" title="1: r1">Just bumping</mark><sup class="fn">1</sup>&lt;/b&gt; this');
  });

  it('cuts overlapping spans at every boundary so marks never overlap, the most severe colour winning', () => {
    const html = highlight('abcdefghij', [span(1, 6, 1), span(4, 9, 2, 'error')]);
    expect(html).toBe(
      'a<mark class="warning" title="1: r1">bcd</mark><mark class="error" title="1: r1, 2: r2">ef</mark><sup class="fn">1</sup><mark class="error" title="2: r2">ghi</mark><sup class="fn">2</sup>j',
    );
    expect(tags(html).join(' ')).toBe('<mark </mark <mark </mark <sup </sup <mark </mark <sup </sup');
  });

  it('shows only up to the cap, clipping spans and never splitting a character', () => {
    const text = `${'a'.repeat(9)}😀tail`;
    const html = highlight(text, [span(5, 14, 1)], 10);
    // The cap falls inside the emoji's surrogate pair: the emoji is left out whole.
    expect(html).toBe('aaaaa<mark class="warning" title="1: r1">aaaa</mark><sup class="fn">1</sup>');
    expect(highlight(text, [span(12, 14, 1)], 10)).toBe('aaaaaaaaa');
  });
});

describe('an email of the drill-down', () => {
  const hostile = '<script>alert(1)</script><img src=x onerror="alert(2)">';
  const body = `Hi,\n${hostile}\nJust bumping this.\n`;
  const draft = DraftSchema.parse({
    from: `"<b>Kim</b>" <kim@vendor.example>`,
    to: ['lou@acme.example'],
    subject: `Re: ${hostile}`,
    body,
    sentAt: '2026-03-11T14:00:00Z',
  });
  const start = body.indexOf('Just');
  const findings = [
    finding({ field: 'subject', rule: 'first-contact-re', start: 0, end: 4, excerpt: 'Re: ', suggestions: [{ label: 'Remove “Re:”', replacement: '' }] }),
    finding({ start, end: start + 17, excerpt: 'Just bumping this', message: `Bumps <em>annoy</em>`, suggestions: [{ label: 'Leave the door open', replacement: `If now isn't the time, <no> need to reply.` }] }),
    finding({ rule: 'generic-salutation', category: 'impersonal', severity: 'info', field: 'to', message: 'A note' }),
  ];
  const record = recordOf(draft, findings, 5, `sent.mbox:58 <x>`);
  const html = emailFragment(record, draft);

  it('is a <details> with the email anchor and every bucket it belongs to as classes', () => {
    expect(html.startsWith('<details class="email warning ')).toBe(true);
    expect(html).toContain('id="email-5"');
    expect(emailClasses(record)).toEqual(
      expect.arrayContaining([filters.sender('kim@vendor.example'), 'w-2026-03-09', 'c-pushy-outreach', 'r-bump', 'r-first-contact-re', filters.phrase('just bumping this')]),
    );
    // A note does not put an email in a bucket (the report counts warnings and errors).
    expect(emailClasses(record)).not.toContain('r-generic-salutation');
  });

  it('escapes everything from the email, finding texts and rewrites included', () => {
    expect(html).not.toMatch(/<(script|img|em|no|b)\b/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=&quot;alert(2)&quot;&gt;');
    expect(html).toContain('Bumps &lt;em&gt;annoy&lt;/em&gt;');
    expect(html).toContain('<ins>If now isn&#39;t the time, &lt;no&gt; need to reply.</ins>');
    expect(html).toContain('<code>sent.mbox:58 &lt;x&gt;</code>');
  });

  it('marks the flagged spans of body and subject, lists each finding with its explanation and rewrite', () => {
    expect(html).toContain('<mark class="warning" title="2: bump">Just bumping this</mark><sup class="fn">2</sup>');
    expect(html).toContain('<mark class="warning" title="1: first-contact-re">Re: </mark><sup class="fn">1</sup>');
    expect(html.match(/<li id="email-5-f\d"/g)).toEqual(['<li id="email-5-f1"', '<li id="email-5-f2"', '<li id="email-5-f3"']);
    expect(html).toContain('<span class="lbl">Remove “Re:”</span> <span class="muted">(remove it)</span>');
    expect(html).toContain('<span class="sev info">note</span>');
    expect(html).toContain('<dt>To (domains)</dt><dd>acme.example</dd>');
  });

  it('cuts a long body and says so', () => {
    const long = DraftSchema.parse({ from: 'sam@vendor.example', body: `${'x'.repeat(BODY_CAP + 500)}END` });
    const out = emailFragment(recordOf(long, [finding({ start: 0, end: 3 })], 9, 'a.eml'), long);
    expect(out).not.toContain('END');
    expect(out).toContain(`Body cut at 20,000 of 20,503 characters`);
  });
});

describe('the summary', () => {
  const acc = new ReviewAccumulator(['vendor.example']);
  const rec = (position: number, from: string, date: string | undefined, fs: Finding[]) => ({
    position,
    source: `sent.mbox:${position}`,
    ...(date ? { date } : {}),
    from,
    recipientDomains: ['acme.example'],
    subject: `s${position}`,
    findings: fs,
  });
  acc.add(rec(1, 'sam@vendor.example', '2026-03-02T09:00:00.000Z', [finding({ excerpt: 'Just bumping this' })]));
  acc.add(rec(2, 'sam@vendor.example', '2026-03-03T09:00:00.000Z', []));
  acc.skipOther();
  acc.add(rec(4, 'kim@vendor.example', '2026-03-23T09:00:00.000Z', [finding({ rule: 'presumptive-meeting', category: 'presumptive-appointment', excerpt: `I've "booked" <us>` })]));
  acc.add(rec(5, 'kim@vendor.example', undefined, [finding({ severity: 'info', rule: 'generic-salutation', category: 'impersonal' })]));
  acc.malformed('sent.mbox:90', 'no <headers>');
  const report = acc.report();
  const meta = { files: ['sent.mbox'], generatedAt: new Date('2026-04-01T10:00:00Z'), version: '9.9.9' };
  const html = reportHead(report, meta) + reportTail(report, meta);

  it('has every section, with the headline numbers', () => {
    for (const id of ['headline', 'categories', 'rules', 'senders', 'trend', 'phrases', 'emails', 'malformed']) expect(html).toContain(`<section id="${id}"`);
    expect(html).toContain('<span class="big"><a href="#emails">4</a></span><span class="what">emails reviewed');
    expect(html).toContain('<a href="#emails">50%</a>');
    expect(html).toContain('<span class="big">1</span><span class="what">from other senders, skipped');
    expect(html).toContain('2026-03-02 – 2026-03-23');
    expect(html).toContain('<code>sent.mbox:90</code></td><td>no &lt;headers&gt;</td>');
    expect(html).toContain('<q><bdi>i&#39;ve &quot;booked&quot; &lt;us&gt;</bdi></q>');
  });

  it('drills down from every number: each link has its anchor and a CSS rule showing only its emails', () => {
    const links = [...new Set([...html.matchAll(/href="#f-([^"]+)"/g)].map((m) => m[1]!))];
    expect(links).toEqual(expect.arrayContaining(['c-pushy-outreach', 'r-bump', 'r-presumptive-meeting', filters.sender('sam@vendor.example'), 'w-2026-03-02', filters.phrase('just bumping this')]));
    for (const name of links) {
      expect(html).toContain(`<p class="filter" id="f-${name}">`);
      expect(html).toContain(`body:has(#f-${name}:target) .email:not(`);
    }
    expect(html).toContain('body:has(#f-r-bump:target) .email:not(.r-bump){display:none}');
    // A sender's category count drills into both at once.
    const sam = filters.sender('sam@vendor.example');
    expect(html).toContain(`body:has(#f-${sam}-c-pushy-outreach:target) .email:not(.${sam}.c-pushy-outreach){display:none}`);
  });

  it('is self-contained and script-free, with a policy that forbids script', () => {
    expect(html).not.toMatch(/<script|<link|@import|url\(|<[^>]*\ssrc=/i);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
    expect(html).toContain('@media (prefers-color-scheme:dark)');
    expect(html).toContain('@media print');
  });
});

describe('weeklyChart', () => {
  const week = (w: string, total: number, flagged: number[]) => ({ week: w, total, flagged });

  it('draws every week between the first and last, linking weeks with flagged emails to their list', () => {
    const svg = weeklyChart([week('2026-03-02', 4, [1, 2]), week('2026-03-23', 2, []), week('undated', 3, [9])]);
    expect(svg.match(/<rect class="t"/g)).toHaveLength(4);
    expect(svg.match(/<a href="#f-w-/g)).toEqual(['<a href="#f-w-']);
    expect(svg).toContain('<a href="#f-w-2026-03-02"><title>Week of 2026-03-02: 4 emails, 2 with warnings (50%)</title>');
    expect(svg).toContain('Week of 2026-03-16: 0 emails');
    expect(svg).not.toContain('undated');
  });

  it('says so when nothing is dated', () => {
    expect(weeklyChart([week('undated', 3, [])])).toContain('No dated emails');
  });
});

describe('HtmlReportWriter', () => {
  const parent = mkdtempSync(join(tmpdir(), 'tactful-writer-'));
  afterAll(() => rmSync(parent, { recursive: true, force: true }));

  it('streams head, fragments in order and tail to a slow sink, and removes its temporary file', async () => {
    const writer = await HtmlReportWriter.create(parent);
    expect(readdirSync(parent)).toHaveLength(1);
    const fragments = Array.from({ length: 3000 }, (_, i) => `<details id="email-${i + 1}">${'x'.repeat(500)}</details>\n`);
    for (const f of fragments) await writer.add(f);
    const acc = new ReviewAccumulator(['vendor.example']);
    let out = '';
    await writer.finish(acc.report(), { files: ['a.mbox'], generatedAt: new Date(), version: 't' }, {
      write: (text) => new Promise<void>((resolve) => setImmediate(() => ((out += text), resolve()))),
    });
    await writer.dispose();
    expect(readdirSync(parent)).toHaveLength(0);
    expect(out.startsWith('<!doctype html>')).toBe(true);
    expect(out.endsWith('</html>\n')).toBe(true);
    const ids = [...out.matchAll(/id="email-(\d+)"/g)].map((m) => Number(m[1]));
    expect(ids).toEqual(fragments.map((_, i) => i + 1));
    expect(out.indexOf('id="email-1"')).toBeGreaterThan(out.indexOf('<section id="emails">'));
    expect(out.indexOf('id="email-3000"')).toBeLessThan(out.indexOf('<footer>'));
  });
});
