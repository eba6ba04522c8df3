import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';

interface Run {
  code: number;
  out: string;
  err: string;
}

async function run(args: string[], stdin = ''): Promise<Run> {
  let out = '';
  let err = '';
  const code = await main(args, {
    out: (t) => (out += t),
    err: (t) => (err += t),
    stdin: async () => Buffer.from(stdin),
    colour: false,
  });
  return { code, out, err };
}

const examples = join(__dirname, '..', '..', 'examples');
let dir: string;
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tactful-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cold = {
  id: 'c1',
  from: 'Sam <sam@vendor.io>',
  to: ['Dana <dana@acme.com>'],
  subject: 'Intro',
  body: "Hi Dana,\n\nI've put 30 minutes on your calendar for Thursday at 10.\n\nSam",
};
const clean = { id: 'c2', from: 'Sam <sam@vendor.io>', to: ['Dana <dana@acme.com>'], subject: 'Report', body: 'Hi Dana,\n\nThe report you asked for is attached.\n\nSam' };

describe('tactful check on the bundled examples', () => {
  const emls = readdirSync(examples).filter((f) => f.endsWith('.eml'));

  it.each(emls.filter((f) => f.startsWith('bad-')))('%s has findings', async (name) => {
    const r = await run(['check', '--format', 'json', join(examples, name)]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).findings.length).toBeGreaterThan(0);
  });

  it.each(emls.filter((f) => f.startsWith('good-')))('%s is clean', async (name) => {
    const r = await run(['check', '--format', 'json', join(examples, name)]);
    expect(JSON.parse(r.out).findings).toEqual([]);
    expect(r.code).toBe(0);
  });
});

describe('tactful check', () => {
  it('prints compiler-style lines with file:line:col pointing into the file', async () => {
    const path = join(examples, 'bad-presumptive-meeting.eml');
    const r = await run(['check', path]);
    const line = r.out.split('\n').find((l) => l.includes('[presumptive-meeting]'))!;
    // The flagged sentence starts on line 15 of the file, column 1.
    expect(line).toMatch(new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:15:1 warning .+ \\[presumptive-meeting\\]$`));
    expect(r.out).toContain('suggestion:');
    expect(r.out).toMatch(/Checked 1 message: 0 clean, 1 with findings/);
  });

  it('prints one JSON line per message of a .jsonl file, in order, echoing ids', async () => {
    const path = file('drafts.jsonl', `${JSON.stringify(cold)}\n\n${JSON.stringify(clean)}\n`);
    const r = await run(['check', '--format', 'json', path]);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.id, l.source])).toEqual([['c1', `${path}:1`], ['c2', `${path}:3`]]);
    expect(lines[0].findings[0]).toMatchObject({ rule: 'presumptive-meeting', field: 'body', severity: 'warning' });
    expect(lines[1].findings).toEqual([]);
    expect(r.code).toBe(1);
  });

  it('reads standard input', async () => {
    const r = await run(['check', '--format', 'json', '-'], JSON.stringify(cold));
    // One JSON object on one line reads as JSON Lines: the source names line 1.
    expect(JSON.parse(r.out)).toMatchObject({ id: 'c1', source: '<stdin>:1' });
  });

  it('reads an mbox and a JSON array', async () => {
    const mbox = file('sent.mbox', `From sam@vendor.io Tue Mar  3 09:00:00 2026\nFrom: sam@vendor.io\nTo: dana@acme.com\nSubject: hi\n\n${cold.body}\n\nFrom sam@vendor.io Tue Mar  3 10:00:00 2026\nFrom: sam@vendor.io\nTo: dana@acme.com\nSubject: report\n\n${clean.body}\n`);
    const r = await run(['check', '--format', 'json', mbox, file('two.json', JSON.stringify([cold, clean]))]);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.source.replace(dir, ''), l.findings.length])).toEqual([
      ['/sent.mbox:1', 1],
      ['/sent.mbox:12', 0],
      ['/two.json[0]', 1],
      ['/two.json[1]', 0],
    ]);
  });

  it('honours --fail-on', async () => {
    const path = file('cold.json', JSON.stringify(cold));
    expect((await run(['check', '--fail-on', 'error', path])).code).toBe(0);
    expect((await run(['check', '--fail-on', 'warning', path])).code).toBe(1);
    expect((await run(['check', '--fail-on', 'never', path])).code).toBe(0);
  });

  it('applies a policy file and explains a bad one by field', async () => {
    const path = file('cold2.json', JSON.stringify(cold));
    const off = file('off.json', JSON.stringify({ rules: { 'presumptive-meeting': { enabled: false } } }));
    expect((await run(['check', '--policy', off, path])).code).toBe(0);
    const bad = file('bad-policy.json', JSON.stringify({ followUpLimit: 'three', ownDomains: ['not a domain'] }));
    const r = await run(['check', '--policy', bad, path]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/bad-policy\.json: invalid policy: .*ownDomains\[0\].*followUpLimit|followUpLimit.*ownDomains\[0\]/);
  });

  it('reports bad inputs in one line each, naming file and line, and still checks the rest', async () => {
    const jsonl = file('mixed.jsonl', `${JSON.stringify(cold)}\n{"body": "unterminated\n${JSON.stringify(clean)}\n`);
    const junk = file('junk.eml', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1, 2, 3]));
    const huge = file('huge.eml', `From: a@b.com\nSubject: big\n\n${'x'.repeat(50 * 1024 * 1024)}`);
    const r = await run(['check', '--format', 'json', jsonl, join(dir, 'missing.eml'), junk, huge]);
    expect(r.code).toBe(2);
    const errors = r.err.trim().split('\n');
    expect(errors).toEqual([
      expect.stringMatching(/mixed\.jsonl:2: malformed JSON/),
      expect.stringMatching(/missing\.eml: no such file$/),
      expect.stringMatching(/junk\.eml: binary data/),
      expect.stringMatching(/huge\.eml: file is 50\.0 MB; Tactful reads messages up to 25 MB/),
    ]);
    expect(r.out.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['c1', 'c2']);
  });

  it('rejects usage errors with exit 2 and a hint', async () => {
    for (const args of [['check'], ['check', '--format', 'xml', 'a.eml'], ['check', '--fail-on', 'sometimes', 'a.eml'], ['frobnicate'], ['check', '--bogus', 'a.eml']]) {
      const r = await run(args);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/^tactful: .+\nRun "tactful --help" for usage\.\n$/);
    }
  });

  it('keeps terminal control characters from a message out of the output', async () => {
    const path = file('evil.json', JSON.stringify({ ...cold, body: "I've put 30 minutes on your calendar for Thursday at 10 \u001b[2J\u202e." }));
    const r = await run(['check', path]);
    expect(r.out).not.toMatch(/[\u001b\u202e]/);
  });
});

describe('tactful rules', () => {
  it('lists every rule with rationale and examples, as text and JSON', async () => {
    const text = await run(['rules']);
    expect(text.code).toBe(0);
    expect(text.out).toContain('presumptive-meeting');
    expect(text.out).toContain('Why: ');
    const json = JSON.parse((await run(['rules', '--format', 'json'])).out);
    expect(json[0]).toEqual({
      id: expect.any(String),
      category: expect.any(String),
      defaultSeverity: expect.any(String),
      description: expect.any(String),
      rationale: expect.any(String),
      examples: { bad: expect.any(String), good: expect.any(String) },
    });
  });
});
