// Streaming mbox (and JSON Lines) reading: the same messages however the file arrives in
// chunks, mboxrd quoting, CRLF files, truncated files, lines too long to hold, files too large
// to read whole, and a 200 MB mailbox reviewed by the built CLI in flat memory.
import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readInput } from '../../src/cli/inputs';
import { MAX_MESSAGE_BYTES } from '../../src/mail/eml';
import { MboxSplitter, type MboxMessage } from '../../src/mail/mbox';
import { buildCli, type BuiltCli } from '../fixtures/review/build-cli';

const split = (chunks: Iterable<string>, max = 1_000_000): MboxMessage[] => {
  const s = new MboxSplitter(max);
  const out: MboxMessage[] = [];
  for (const c of chunks) out.push(...s.push(c));
  return [...out, ...s.end()];
};

/** A small deterministic random generator, so a failing cut can be replayed. */
function random(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 2 ** 32;
  };
}

function* chunksOf(text: string, sizes: () => number): Generator<string> {
  for (let i = 0; i < text.length; ) {
    const n = Math.max(1, sizes());
    yield text.slice(i, i + n);
    i += n;
  }
}

const MBOX = [
  'From sam@vendor.example Mon Mar  2 09:00:00 2026',
  'From: sam@vendor.example',
  'Subject: one',
  '',
  'Hello,',
  '>From the start, quoted once (mboxrd).',
  '>>From a reply, quoted twice.',
  'From here on, an unquoted line mid-paragraph: not a separator.',
  '',
  'From kim@vendor.example Tue Mar  3 10:00:00 2026',
  'From: kim@vendor.example',
  'Subject: two',
  '',
  'Second, with a multi-byte tail: café ✉️ 日本',
  '',
  'From lee@vendor.example Wed Mar  4 11:00:00 2026',
  'From: lee@vendor.example',
  'Subject: three',
  '',
  'Third.',
  '',
].join('\n');

describe('MboxSplitter on a stream cut anywhere', () => {
  const whole = split([MBOX]);

  it('splits at "From " lines after a blank line only, and undoes one level of >From quoting', () => {
    expect(whole.map((m) => m.line)).toEqual([1, 10, 16]);
    const first = whole[0]!.text.split('\n');
    expect(first).toContain('From the start, quoted once (mboxrd).');
    expect(first).toContain('>From a reply, quoted twice.');
    expect(first).toContain('From here on, an unquoted line mid-paragraph: not a separator.');
    expect(whole[1]!.text).toContain('café ✉️ 日本');
    expect(whole.every((m) => !m.oversize)).toBe(true);
  });

  it('gives the same messages fed one character at a time', () => {
    expect(split(MBOX)).toEqual(whole);
  });

  it.each([1, 2, 3, 42, 2026])('gives the same messages fed in random-size chunks (seed %i)', (seed) => {
    const next = random(seed);
    expect(split(chunksOf(MBOX, () => Math.floor(next() * 40)))).toEqual(whole);
  });

  it('reads CRLF files as the same messages, without carriage returns, however cut', () => {
    const crlf = MBOX.replace(/\n/g, '\r\n');
    expect(split([crlf]).map((m) => m.text)).toEqual(whole.map((m) => m.text));
    const next = random(7);
    expect(split(chunksOf(crlf, () => Math.floor(next() * 9))).map((m) => m.text)).toEqual(whole.map((m) => m.text));
    // A chunk boundary between \r and \n must not leave a \r behind.
    expect(split(chunksOf(crlf, () => 1)).some((m) => m.text.includes('\r'))).toBe(false);
  });

  it('keeps a truncated last message: no final newline, or cut in the middle of a header', () => {
    const noNewline = split([MBOX.trimEnd()]);
    expect(noNewline.map((m) => m.line)).toEqual([1, 10, 16]);
    expect(noNewline[2]!.text.endsWith('Third.')).toBe(true);

    const cut = MBOX.indexOf('Subject: three') + 'Subj'.length;
    const truncated = split(chunksOf(MBOX.slice(0, cut), () => 5));
    expect(truncated).toHaveLength(3);
    expect(truncated[2]!.text).toBe('From: lee@vendor.example\nSubj');
  });

  it('does not take a "From " line inside an oversize message for a separator (no blank line before it)', () => {
    const big = `From a\nSubject: big\n\n${'y'.repeat(500)}\nFrom inside the text, not a separator\nmore\n\nFrom b\nSubject: small\n\nok\n`;
    const out = split([big], 100);
    expect(out.map((m) => [m.line, m.oversize])).toEqual([
      [1, true],
      [8, false],
    ]);
  });

  it('lets go of a line too long to keep, instead of growing with it', () => {
    const s = new MboxSplitter(1000);
    const out = [...s.push('From a\nSubject: x\n\n')];
    for (let i = 0; i < 200; i++) {
      out.push(...s.push('z'.repeat(100)));
      // White box on purpose: the unfinished line is what would grow without bound.
      expect((s as unknown as { pendingLength: number }).pendingLength).toBeLessThanOrEqual(1100);
    }
    out.push(...s.push('\n\nFrom b\nSubject: after\n\nok\n'), ...s.end());
    expect(out.map((m) => [m.line, m.oversize])).toEqual([
      [1, true],
      [6, false],
    ]);
    expect(out[0]!.size).toBeGreaterThan(20_000);
    expect(out[1]!.text).toBe('Subject: after\n\nok');
  });
});

describe('readInput streams large files', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'tactful-stream-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const collect = async (path: string) => {
    const out = [];
    for await (const item of readInput(path, async () => Buffer.alloc(0))) out.push(item);
    return out;
  };

  it('reads an mbox without an extension (Thunderbird "Sent") larger than one message may be, as an mbox', async () => {
    const message = (i: number) => `From sam@vendor.example Mon Mar  2 09:00:00 2026\nFrom: sam@vendor.example\nSubject: n${i}\n\n${'Plain words. '.repeat(20_000)}\n\n`;
    const path = join(dir, 'Sent');
    const fd = openSync(path, 'w');
    let bytes = 0;
    let count = 0;
    while (bytes <= MAX_MESSAGE_BYTES) bytes += writeSync(fd, message(++count));
    closeSync(fd);
    const items = await collect(path);
    expect(items).toHaveLength(count);
    expect(items.every((i) => i.draft)).toBe(true);
    expect(items[1]).toMatchObject({ source: `${path}:${message(0).split('\n').length}`, draft: { subject: 'n2' } });
  });

  it('reads each message of an mbox in the charset it declares: ISO-8859-1 and UTF-8 bodies sent as 8-bit, after a byte-order mark', async () => {
    const path = join(dir, 'mixed.mbox');
    const head = (charset: string, subject: string) =>
      `From sam@vendor.example Mon Mar  2 09:00:00 2026\nFrom: sam@vendor.example\nSubject: ${subject}\nMIME-Version: 1.0\nContent-Type: text/plain; charset=${charset}\nContent-Transfer-Encoding: 8bit\n\n`;
    writeFileSync(
      path,
      Buffer.concat([
        Buffer.from([0xef, 0xbb, 0xbf]),
        Buffer.from(head('iso-8859-1', 'latin'), 'latin1'),
        Buffer.from('Le café à Genève, déjà réservé.\n\n', 'latin1'),
        Buffer.from(head('utf-8', 'utf8'), 'utf8'),
        Buffer.from('Grüße aus Zürich, café déjà.\n', 'utf8'),
      ]),
    );
    const items = await collect(path);
    expect(items.map((i) => [i.draft?.subject, i.draft?.body.trim()])).toEqual([
      ['latin', 'Le café à Genève, déjà réservé.'],
      ['utf8', 'Grüße aus Zürich, café déjà.'],
    ]);
  });

  it('streams JSON Lines: numbering kept, an over-long record refused without holding it, the next line still read', async () => {
    const path = join(dir, 'drafts.jsonl');
    const huge = JSON.stringify({ body: 'x'.repeat(MAX_MESSAGE_BYTES + 10) });
    writeFileSync(path, `\uFEFF${JSON.stringify({ id: 'a', body: 'hi' })}\n\n${huge}\r\n{"id":"b","body":"there"}\r\n{"id":"c","body":"no final newline"}`);
    const items = await collect(path);
    expect(items.map((i) => [i.source.replace(dir, ''), i.draft?.id ?? i.error?.slice(0, 12)])).toEqual([
      ['/drafts.jsonl:1', 'a'],
      ['/drafts.jsonl:3', 'record is 25'],
      ['/drafts.jsonl:4', 'b'],
      ['/drafts.jsonl:5', 'c'],
    ]);
  });
});

describe('a 200 MB mbox reviewed by the built CLI', () => {
  let cli: BuiltCli;
  let dir: string;
  beforeAll(async () => {
    cli = await buildCli();
    dir = mkdtempSync(join(tmpdir(), 'tactful-200mb-'));
  });
  afterAll(() => {
    cli?.remove();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps peak memory well under 300 MB, and counts every message', async () => {
    // ~50 KB messages: a short note (every third one a bump) and a base64 attachment; every
    // tenth from a customer; one oversize message; ">From" lines quoted as mboxrd writes them.
    const attachment = 'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0\n'.repeat(650);
    const mbox = join(dir, 'sent.mbox');
    const fd = openSync(mbox, 'w');
    let bytes = 0;
    let n = 0;
    const expected = { team: 0, bumps: 0, others: 0 };
    while (bytes < 200 * 1024 * 1024) {
      n++;
      const other = n % 10 === 0;
      const bump = !other && n % 3 === 0;
      const sender = other ? 'pat@customer.example' : `rep${n % 4}@vendor.example`;
      if (other) expected.others++;
      else expected.team++;
      if (bump) expected.bumps++;
      const note = bump ? 'Just bumping this to the top of your inbox.' : 'The report you asked for is attached.';
      bytes += writeSync(
        fd,
        `From ${sender} Mon Mar  2 09:00:00 2026\nFrom: ${sender}\nTo: dana@northwind.example\nSubject: Report ${n}\nDate: Mon, 02 Mar 2026 09:00:00 +0000\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="b"\n\n--b\nContent-Type: text/plain\n\nHi Dana,\n\n${note}\n\n>From the team,\n>>From here on, quoted.\n\n--b\nContent-Type: application/octet-stream\nContent-Transfer-Encoding: base64\n\n${attachment}--b--\n\n`,
      );
      if (n === 100) bytes += writeSync(fd, `From rep1@vendor.example Mon Mar  2 09:00:00 2026\nFrom: rep1@vendor.example\nSubject: huge\n\n${'A'.repeat(MAX_MESSAGE_BYTES + 1024)}\n\n`);
    }
    closeSync(fd);

    const preload = join(dir, 'max-rss.mjs');
    writeFileSync(preload, "process.on('exit', () => process.stderr.write(`\\nmaxRSS=${process.resourceUsage().maxRSS}\\n`));\n");
    const out = join(dir, 'report.json');
    const { code, err } = await new Promise<{ code: number | null; err: string }>((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', pathToFileURL(preload).href, cli.path, 'review', mbox, '--from', 'vendor.example', '--format', 'json', '--out', out], { stdio: ['ignore', 'ignore', 'pipe'] });
      let err = '';
      child.stderr.on('data', (d: Buffer) => (err += d.toString()));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, err }));
    });
    rmSync(mbox);
    expect(code, err).toBe(0);
    const maxRssMb = Number(/maxRSS=(\d+)/.exec(err)![1]) / 1024;
    expect(maxRssMb).toBeLessThan(250);

    const report = JSON.parse(readFileSync(out, 'utf8'));
    expect(report.report.total).toBe(expected.team);
    expect(report.report.otherSenders).toBe(expected.others);
    expect(report.report.malformedCount).toBe(1);
    expect(report.report.malformed[0].error).toMatch(/^message is 25\.0 MB/);
    expect(report.emails).toHaveLength(expected.bumps);
    expect(report.report.rules.find((r: { key: string }) => r.key === 'bump').emails).toHaveLength(expected.bumps);
  }, 120_000);
});
