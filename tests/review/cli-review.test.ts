// `tactful review` end to end through main(): usage errors, the team filter, unreadable files and
// messages, the three formats, escaping, the progress bar; and the built command's default
// output file.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { progressBar } from '../../src/cli/progress';
import { CSV_HEADER } from '../../src/review/report';
import { rules } from '../../src/rules/index';
import { buildCli, ROOT, type BuiltCli } from '../fixtures/review/build-cli';

interface Run {
  code: number;
  out: string;
  err: string;
}

async function run(args: string[], errIsTerminal = false): Promise<Run> {
  let out = '';
  let err = '';
  const code = await main(args, { out: (t) => (out += t), err: (t) => (err += t), stdin: async () => Buffer.alloc(0), colour: false, errIsTerminal });
  return { code, out, err };
}

const MBOX = join(ROOT, 'tests', 'fixtures', 'review', 'team.mbox');
/** The start of the hostile email's body, escaped (the rest holds a mark: it is flagged). */
const HOSTILE = '&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=&quot;alert(2)';
let dir: string;
const path = (name: string) => join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tactful-review-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The fixture as JSON: the shape every other check leans on. */
async function reviewJson(...extra: string[]) {
  const r = await run(['review', MBOX, '--format', 'json', '--out', '-', ...extra]);
  return { ...r, json: JSON.parse(r.out) };
}

describe('usage', () => {
  it.each([
    [['review', MBOX], /--from is required/],
    [['review', MBOX, '--from', 'the sales team'], /--from takes addresses and domains separated by commas \(got "the sales team"\)/],
    [['review', MBOX, '--from', 'vendor.example', '--format', 'pdf'], /--format must be one of html, json, csv \(got "pdf"\)/],
    [['review', '--from', 'vendor.example'], /name at least one file/],
    [['review', '-', '--from', 'vendor.example'], /reads files, not standard input/],
    [['review', MBOX, '--from', 'vendor.example', '--out', '/no/such/folder/r.html'], /r\.html: cannot write the report \(no such folder\)/],
    [['review', MBOX, '--from', 'vendor.example', '--fast'], /unknown option --fast/],
    [['review', MBOX, '--from'], /--from needs a value/],
  ])('%j is refused with exit 2 and a hint', async (args, message) => {
    const r = await run(args);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err).toMatch(/^tactful: .+\nRun "tactful --help" for usage\.\n$/);
    expect(r.out).toBe('');
  });

  it('describes itself with --help, and in the main usage', async () => {
    const own = await run(['review', '--help']);
    expect(own.code).toBe(0);
    expect(own.out).toContain('tactful review FILE ... --from TEAM [--out FILE|-] [--format html|json|csv] [--policy FILE]');
    expect(own.out).toMatch(/--from TEAM\s+the team's addresses and\/or domains/);
    const all = await run(['--help']);
    expect(all.out).toContain('tactful review FILE ...');
    expect(all.out).toMatch(/^review {2}the manager's report/m);
  });

  it('refuses a bad policy file by field', async () => {
    const bad = path('bad-policy.json');
    writeFileSync(bad, JSON.stringify({ followUpLimit: 'three' }));
    const r = await run(['review', MBOX, '--from', 'vendor.example', '--policy', bad, '--out', '-']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/bad-policy\.json: invalid policy: .*followUpLimit/);
  });
});

describe('what is counted', () => {
  it('keeps the team by domain, counts other senders and reports malformed messages by file:line', async () => {
    const { code, json, err } = await reviewJson('--from', 'vendor.example');
    expect(code).toBe(0);
    const { report } = json;
    expect(report.team).toEqual(['vendor.example']);
    expect(report.total).toBe(5);
    expect(report.otherSenders).toBe(1);
    expect(report.malformedCount).toBe(1);
    expect(report.malformed).toEqual([{ source: `${MBOX}:72`, error: expect.stringMatching(/no mail headers/) }]);
    // Positions count every message read: 3 is the customer's reply, 4 is clean, 6 is malformed.
    expect(report.flagged).toEqual([1, 2, 5, 7]);
    expect(report.senders.map((s: { sender: string; total: number }) => [s.sender, s.total])).toEqual([
      ['kim@vendor.example', 2],
      ['sam@vendor.example', 2],
      ['lee@vendor.example', 1],
    ]);
    expect(err).toMatch(/^Reviewed 5 emails from vendor\.example: 4 \(80%\) with a warning or error; 1 from other senders skipped; 1 could not be read \(.*team\.mbox:72\)\.\n$/);
  });

  it('keeps only the named addresses when --from lists addresses', async () => {
    const { json } = await reviewJson('--from', 'sam@vendor.example, @northwind.example');
    expect(json.report.total).toBe(3);
    expect(json.report.otherSenders).toBe(3);
    expect(json.emails.map((e: { from: string }) => e.from)).toEqual(['sam@vendor.example', 'dana@northwind.example']);
  });

  it('names an unreadable file, still reviews the others, and exits 2', async () => {
    const out = path('partial.json');
    const r = await run(['review', path('missing.mbox'), MBOX, dir, '--from', 'vendor.example', '--format', 'json', '--out', out]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`tactful: ${path('missing.mbox')}: no such file\n`);
    expect(r.err).toContain(`tactful: ${dir}: is a folder`);
    expect(JSON.parse(readFileSync(out, 'utf8')).report.total).toBe(5);
  });

  it('reads .eml, .json and .jsonl files alongside mboxes, naming each email by file and line', async () => {
    const jsonl = path('drafts.jsonl');
    writeFileSync(jsonl, `${JSON.stringify({ from: 'ana@vendor.example', to: ['a@b.example'], subject: 'x', body: "I've put 30 minutes on your calendar for Thursday at 10." })}\n${JSON.stringify({ from: 'zed@else.example', body: 'hi' })}\n{broken\n`);
    const json = path('one.json');
    writeFileSync(json, JSON.stringify({ from: 'ana@vendor.example', body: 'Just bumping this to the top of your inbox.' }));
    const eml = join(ROOT, 'examples', 'bad-bump-and-merge-field.eml');
    const r = await run(['review', jsonl, json, eml, '--from', 'vendor.example,salesrocket.example.com', '--format', 'json', '--out', '-']);
    const { report, emails } = JSON.parse(r.out);
    expect(emails.map((e: { source: string }) => e.source)).toEqual([`${jsonl}:1`, json, eml]);
    expect(report.otherSenders).toBe(1);
    expect(report.malformed).toEqual([{ source: `${jsonl}:3`, error: expect.stringMatching(/malformed JSON/) }]);
  });

  it('reviews the first megabyte of an enormous body, and says so', async () => {
    const jsonl = path('long.jsonl');
    writeFileSync(jsonl, `${JSON.stringify({ from: 'ana@vendor.example', body: `Just bumping this.\n${'Plain words here. '.repeat(70_000)}` })}\n`);
    const r = await run(['review', jsonl, '--from', 'vendor.example', '--format', 'json', '--out', '-']);
    expect(r.err).toMatch(/long\.jsonl:1: body is 1\.2 MB; its first 1 MB was reviewed/);
    expect(JSON.parse(r.out).report.rules[0].key).toBe('bump');
  });

  it('applies --policy', async () => {
    const policy = path('no-bump.json');
    writeFileSync(policy, JSON.stringify({ rules: { bump: { enabled: false } } }));
    const { json } = await reviewJson('--from', 'vendor.example', '--policy', policy);
    expect(json.report.rules.map((r: { key: string }) => r.key)).not.toContain('bump');
    expect(json.report.rules.length).toBeGreaterThan(0);
  });
});

describe('formats', () => {
  it('json: the flagged emails as records without text, then the report', async () => {
    const { json } = await reviewJson('--from', 'vendor.example');
    expect(Object.keys(json)).toEqual(['generator', 'version', 'generatedAt', 'files', 'emails', 'report']);
    expect(json.files).toEqual([MBOX]);
    expect(json.emails.map((e: { position: number }) => e.position)).toEqual([1, 2, 5, 7]);
    for (const e of json.emails) {
      expect(Object.keys(e).sort()).toEqual(['date', 'findings', 'from', 'position', 'recipientDomains', 'source', 'subject']);
      expect(e.findings.length).toBeGreaterThan(0);
    }
    expect(json.emails[1]).toMatchObject({ source: `${MBOX}:19`, from: 'kim@vendor.example', recipientDomains: ['kestrel.example'], date: '2026-03-03T10:00:00.000Z' });
    expect(json.emails[0].findings[0]).toMatchObject({ rule: 'presumptive-meeting', severity: 'warning', suggestions: [expect.objectContaining({ replacement: expect.any(String) })] });
  });

  it('csv: the header, then one row of eight fields per finding of the team', async () => {
    const { json } = await reviewJson('--from', 'vendor.example');
    const r = await run(['review', MBOX, '--from', 'vendor.example', '--format', 'csv', '--out', '-']);
    expect(r.code).toBe(0);
    const rows = parseCsv(r.out);
    expect(rows[0]).toEqual([...CSV_HEADER]);
    const findings = json.emails.flatMap((e: { findings: unknown[] }) => e.findings);
    expect(rows.slice(1)).toHaveLength(findings.length);
    const ids = new Set(rules.map((rule) => rule.id));
    for (const row of rows.slice(1)) {
      expect(row).toHaveLength(8);
      expect(ids.has(row[4]!)).toBe(true);
      expect(['info', 'warning', 'error']).toContain(row[6]);
    }
    expect(rows.find((row) => row[3]!.startsWith('<b>Following up</b>'))).toBeDefined();
  });

  it('html: one self-contained file, every flagged email in it, the hostile one escaped', async () => {
    const out = path('report.html');
    const r = await run(['review', MBOX, '--from', 'vendor.example', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.err).toContain(`HTML report: ${out}`);
    const html = readFileSync(out, 'utf8');
    expect(html).not.toMatch(/<script|<link|url\(http|@import|<img|<iframe|<[^>]*\ssrc=/i);
    expect(html).toContain(HOSTILE);
    expect(html).toContain('&lt;b&gt;Following up&lt;/b&gt; &amp; &quot;more&quot; &#39;quotes&#39;');
    expect([...html.matchAll(/<details class="email[^"]*" id="email-(\d+)"/g)].map((m) => Number(m[1]))).toEqual([1, 2, 5, 7]);
    expect(html).toContain(`<code>${MBOX}:72</code>`);
    // Every drill-down link has its anchor.
    for (const [, name] of html.matchAll(/href="#f-([^"]+)"/g)) expect(html).toContain(`id="f-${name}"`);
  });

  it('html to standard output with --out -', async () => {
    const r = await run(['review', MBOX, '--from', 'vendor.example', '--out', '-']);
    expect(r.out.startsWith('<!doctype html>')).toBe(true);
    expect(r.out.endsWith('</html>\n')).toBe(true);
    expect(r.err).not.toContain('HTML report:');
  });
});

describe('progress', () => {
  it('draws a bar on a terminal and clears it before the summary; nothing otherwise', async () => {
    const tty = await run(['review', MBOX, '--from', 'vendor.example', '--format', 'csv', '--out', path('p.csv')], true);
    expect(tty.err).toMatch(/\r\u001b\[2K\[[#-]{24}\] +\d+% \d+ KB of \d+ KB · [\d,]+ msg\/s/);
    expect(tty.err).toMatch(/\r\u001b\[2KReviewed 5 emails/);
    const plain = await run(['review', MBOX, '--from', 'vendor.example', '--format', 'csv', '--out', path('p.csv')]);
    expect(plain.err).not.toMatch(/[\r\u001b]/);
  });

  it('redraws at most ten times a second and shows bytes of the total', () => {
    let now = 0;
    const drawn: string[] = [];
    const bar = progressBar((t) => drawn.push(t), true, 4 << 20, () => now);
    for (const [t, bytes] of [[0, 0], [50, 1 << 20], [99, 1 << 20], [100, 2 << 20], [150, 3 << 20], [250, 4 << 20]] as const) {
      now = t;
      bar.update(bytes, t);
    }
    bar.done();
    expect(drawn).toHaveLength(4);
    expect(drawn[1]).toContain('[############------------]  50% 2.0 MB of 4.0 MB · 1,000 msg/s');
    expect(drawn[2]).toContain(' 100% 4.0 MB of 4.0 MB');
    expect(drawn[3]).toBe('\r\u001b[2K');
    const off: string[] = [];
    progressBar((t) => off.push(t), false, 10).update(5, 1);
    expect(off).toEqual([]);
  });
});

describe('the built command', () => {
  let cli: BuiltCli;
  beforeAll(async () => {
    cli = await buildCli();
  });
  afterAll(() => cli?.remove());

  it('writes tactful-review.html in the working folder by default, and leaves no temporary files', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'tactful-review-cwd-'));
    const temp = mkdtempSync(join(tmpdir(), 'tactful-review-tmp-'));
    try {
      copyFileSync(MBOX, join(cwd, 'Sent'));
      execFileSync(process.execPath, [cli.path, 'review', 'Sent', '--from', 'vendor.example'], { cwd, env: { ...process.env, TMPDIR: temp }, stdio: 'pipe' });
      expect(existsSync(join(cwd, 'tactful-review.html'))).toBe(true);
      expect(readFileSync(join(cwd, 'tactful-review.html'), 'utf8')).toContain(HOSTILE);
      expect(execFileSync('ls', ['-A', temp], { encoding: 'utf8' })).toBe('');
    } finally {
      rmSync(cwd, { recursive: true, force: true });
      rmSync(temp, { recursive: true, force: true });
    }
  });
});

/** RFC 4180 CSV: quoted fields may hold commas, quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}
