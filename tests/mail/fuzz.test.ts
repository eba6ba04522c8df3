// The mail readers fuzzed with fast-check: malformed MIME (broken and missing boundaries,
// multiparts that never end, bad base64 and quoted-printable, unknown charsets, headers without
// colons, NUL bytes, huge header lines, files cut at random points) never makes parseEml,
// the mbox splitter, the JSON readers or htmlToText throw anything but a plain Error with a
// message that says what is wrong, and no input makes them hang. The built CLI is run on a few
// malformed files too: exit status 2 and one line per file naming it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DraftSchema } from '../../src/engine/draft';
import { parseEml } from '../../src/mail/eml';
import { htmlToText } from '../../src/mail/html-to-text';
import { readJson, readJsonLine } from '../../src/mail/json';
import { MboxSplitter, type MboxMessage } from '../../src/mail/mbox';
import { buildCli, type BuiltCli } from '../fixtures/review/build-cli';

/** A fixed seed, so a failure replays; FUZZ_SEED=<n> explores further. */
const SEED = Number(process.env.FUZZ_SEED ?? 20260311);
const runs = (n: number) => ({ seed: SEED, numRuns: n });
/** One parse of one generated input (a few KB) takes milliseconds; this is a hang, not a slow machine. */
const PER_INPUT_MS = 2000;

// ------------------------------------------------------------------ generators

const CRLF = fc.constantFrom('\r\n', '\n', '\r');

/** Text as it turns up in broken mail: any code point, control characters, lone surrogates, encoded words. */
const nasty = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom('\u0000', '\u0001', '\u001b', '\u007f', '\u202e', '\u2066', '\ud800', '\udfff', '\ufeff', '\ufffd', '=', '?', ':', ';', '"', '\\', '<', '>', '%'), maxLength: 12 }) },
  fc.constantFrom(
    '=?utf-8?B?!!!?=',
    '=?utf-8?Q?=ZZ=E2=80?=',
    '=?x-unknown-charset?Q?caf=E9?=',
    '=?utf-8?B?' + 'QUJD'.repeat(10) + '=?=',
    '=?iso-2022-jp?B?GyRCJEckORsoQg==?=',
    '=??Q??=',
    '=?utf-8?',
    '"unterminated <a@b',
    '<img src=x onerror=alert(1)>',
    '<script>alert(1)</script>',
    '\u202egnp.exe',
    'undisclosed-recipients:;',
    ':;,,<>@',
  ),
);

const HEADER_NAMES = ['From', 'To', 'Cc', 'Bcc', 'Subject', 'Date', 'Message-ID', 'In-Reply-To', 'References', 'Reply-To', 'Sender', 'MIME-Version', 'Content-Type', 'Content-Transfer-Encoding', 'Content-Disposition', 'X-Mailer'];

const headerLine = fc.oneof(
  { weight: 5, arbitrary: fc.tuple(fc.constantFrom(...HEADER_NAMES), fc.array(nasty, { maxLength: 3 })).map(([name, value]) => `${name}: ${value.join(' ')}`) },
  // A header without a colon, or a name with spaces or nothing before the colon.
  { weight: 1, arbitrary: nasty.map((v) => v.replace(/:/g, '')) },
  { weight: 1, arbitrary: fc.tuple(nasty, nasty).map(([n, v]) => `${n}:${v}`) },
  { weight: 1, arbitrary: fc.constantFrom(': no name', 'Subject', 'Subject :spaced', ' folded continuation with no header above', '\tTo: tab first') },
  // Huge header lines: one long word, or thousands of encoded words.
  { weight: 1, arbitrary: fc.integer({ min: 1000, max: 30_000 }).map((n) => `Subject: ${'x'.repeat(n)}`) },
  { weight: 1, arbitrary: fc.integer({ min: 100, max: 2000 }).map((n) => `Subject: ${'=?utf-8?Q?caf=C3=A9?= '.repeat(n)}`) },
  { weight: 1, arbitrary: fc.integer({ min: 100, max: 3000 }).map((n) => `To: ${'a@b.c, '.repeat(n)}"x" <`) },
);

const CHARSETS = ['utf-8', 'UTF-8', 'us-ascii', 'iso-8859-1', 'windows-1252', 'koi8-r', 'shift_jis', 'utf-16', 'utf-7', 'x-unknown-charset', '', '"', 'ÿ', 'utf-8"; x="'];
const ENCODINGS = ['7bit', '8bit', 'binary', 'base64', 'BASE64', 'quoted-printable', 'x-uuencode', 'gzip', '', 'base64 quoted-printable'];
const TYPES = ['text/plain', 'text/html', 'text/enriched', 'application/octet-stream', 'message/rfc822', 'image/png', 'text', '/', 'multipart/mixed'];

/** A body in the named transfer encoding, well formed or not. */
function encodedBody(encoding: string, text: string, garbage: string, broken: boolean): string {
  if (broken) return garbage;
  if (encoding.toLowerCase() === 'base64') return Buffer.from(text).toString('base64').replace(/.{1,76}/g, '$&\r\n');
  if (encoding === 'quoted-printable') return text.replace(/[=\u0080-\uffff]/g, (c) => [...Buffer.from(c)].map((b) => `=${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''));
  return text;
}

const GARBAGE_BODIES = ['!!!@@@===', '=ZZ=4', '====', 'QUJD\u0000REVG', '=\r\n=\r\n=', 'begin 644 x\n`\nend', '%%%%', 'aGVsbG8', '=E2=80'];

const leaf = fc
  .record({
    type: fc.constantFrom(...TYPES),
    charset: fc.constantFrom(...CHARSETS),
    encoding: fc.constantFrom(...ENCODINGS),
    text: fc.oneof(fc.string({ maxLength: 200 }), fc.constantFrom('<p>Hi <b>Dana</b><blockquote>earlier</blockquote>', 'Just bumping this to the top of your inbox.', '<html><body><p>hello', '<script>alert(1)</script>')),
    garbage: fc.oneof(fc.constantFrom(...GARBAGE_BODIES), fc.string({ unit: 'binary', maxLength: 60 })),
    broken: fc.boolean(),
    extra: fc.array(headerLine, { maxLength: 2 }),
    eol: CRLF,
  })
  .map((p) =>
    [
      `Content-Type: ${p.type}; charset=${p.charset}`,
      `Content-Transfer-Encoding: ${p.encoding}`,
      ...p.extra,
      '',
      encodedBody(p.encoding, p.text, p.garbage, p.broken),
    ].join(p.eol),
  );

/** MIME parts, nested multiparts among them: boundaries missing, reused, never closed or cut short. */
const { part } = fc.letrec<{ part: string; multipart: string }>((tie) => ({
  part: fc.oneof({ depthSize: 'small', maxDepth: 4 }, leaf, tie('multipart')),
  multipart: fc
    .record({
      subtype: fc.constantFrom('mixed', 'alternative', 'related', 'signed', 'x-weird'),
      boundary: fc.oneof(fc.constantFrom('b1', 'b1', '=_x', '"quoted boundary"', '', '--', 'a'.repeat(200)), fc.string({ minLength: 1, maxLength: 10 })),
      declared: fc.boolean(),
      parts: fc.array(tie('part'), { maxLength: 3 }),
      // How the multipart ends: properly, not at all, with the wrong boundary, or with a half-written one.
      ending: fc.constantFrom('close', 'none', 'wrong', 'half'),
      preamble: fc.constantFrom('', 'This is a multi-part message in MIME format.', '--b1--'),
      eol: CRLF,
    })
    .map((m) => {
      const b = m.boundary.replace(/^"|"$/g, '');
      const head = `Content-Type: multipart/${m.subtype}${m.declared ? `; boundary=${m.boundary}` : ''}`;
      const end = { close: `--${b}--`, none: '', wrong: '--not-the-boundary--', half: `--${b.slice(0, Math.ceil(b.length / 2))}` }[m.ending];
      return [head, '', m.preamble, ...m.parts.flatMap((p) => [`--${b}`, p]), end].join(m.eol);
    }),
}));

const message = fc
  .record({
    envelope: fc.constantFrom('', '', 'From sam@vendor.example Mon Mar  2 09:00:00 2026\n', 'From \n', '\ufeff'),
    headers: fc.array(headerLine, { minLength: 0, maxLength: 8 }),
    firstFrom: fc.boolean(),
    body: fc.oneof(part, fc.string({ maxLength: 300 })),
    eol: CRLF,
  })
  .map((m) => `${m.envelope}${m.firstFrom ? `From: Sam <sam@vendor.example>${m.eol}` : ''}${m.headers.join(m.eol)}${m.eol}${m.body}`);

/** A message damaged after the fact: cut at a random point, NUL bytes or bad UTF-8 put in, line ends changed. */
const damaged = fc
  .tuple(message, fc.constantFrom('none', 'truncate', 'nul', 'nul-late', 'bad-utf8', 'cr-only', 'no-eol'), fc.double({ min: 0, max: 1, noNaN: true }))
  .map(([text, how, at]): Uint8Array | string => {
    const cut = Math.floor(text.length * at);
    switch (how) {
      case 'truncate':
        return text.slice(0, cut);
      case 'nul':
        return `${text.slice(0, cut)}\u0000${text.slice(cut)}`;
      case 'nul-late':
        // Past the first 8 KB, where the binary-data check does not look.
        return `${text}${'\n'.repeat(1)}${'filler line\n'.repeat(800)}\u0000\u0000 after the sniffed part`;
      case 'bad-utf8': {
        const bytes = Buffer.from(text);
        const at2 = Math.floor(bytes.length * at);
        return new Uint8Array(Buffer.concat([bytes.subarray(0, at2), Buffer.from([0xc3, 0x28, 0xff, 0xfe, 0xe2, 0x82]), bytes.subarray(at2)]));
      }
      case 'cr-only':
        return text.replace(/\r?\n/g, '\r');
      case 'no-eol':
        return text.replace(/\r?\n/g, ' ');
      default:
        return text;
    }
  });

// ------------------------------------------------------------------ what counts as a clear failure

/** Messages of JavaScript's own failures, which must never reach the user. */
const INTERNAL = /Cannot read prop|is not a function|is not iterable|undefined|null|Maximum call stack|Invalid array length|Invalid string length|\[object |out of memory|Unexpected end of JSON input at/i;

function expectClearError(error: unknown, what: string): void {
  expect(error, `${what}: threw a non-Error`).toBeInstanceOf(Error);
  const e = error as Error;
  // A plain Error: a TypeError, RangeError or a validation library's error is a crash, not a refusal.
  expect(e.constructor, `${what}: threw ${e.constructor.name}: ${e.message}`).toBe(Error);
  expect(e.message.trim(), `${what}: empty message`).not.toBe('');
  expect(e.message, `${what}: message spans lines`).not.toMatch(/\n/);
  expect(e.message, `${what}: internal message`).not.toMatch(INTERNAL);
  // It names what is wrong: the kind of input, or the part of it.
  expect(e.message, `${what}: message names nothing`).toMatch(/message|mail|header|binary|MB|body|part|boundary|charset|encod|address|date|subject/i);
}

async function parseOutcome(input: Uint8Array | string): Promise<{ ms: number }> {
  const started = performance.now();
  try {
    const draft = await parseEml(input);
    // A Draft: the schema's own shape, with strings where strings belong.
    expect(DraftSchema.safeParse(draft).success).toBe(true);
    expect(typeof draft.body).toBe('string');
    expect(typeof draft.subject).toBe('string');
    for (const list of [draft.to, draft.cc, draft.bcc]) expect(list.every((a) => typeof a === 'string')).toBe(true);
  } catch (error) {
    expectClearError(error, `parseEml(${JSON.stringify(String(typeof input === 'string' ? input : Buffer.from(input).toString('latin1')).slice(0, 300))}…)`);
  }
  const ms = performance.now() - started;
  expect(ms, 'one parse took too long').toBeLessThan(PER_INPUT_MS);
  return { ms };
}

// ------------------------------------------------------------------ parseEml

describe('parseEml on malformed MIME', () => {
  it('parses generated malformed messages to a Draft or refuses them with a clear Error', async () => {
    await fc.assert(fc.asyncProperty(damaged, async (input) => void (await parseOutcome(input))), runs(250));
  });

  it('handles arbitrary bytes and arbitrary text', async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), async (bytes) => void (await parseOutcome(bytes))), runs(150));
    await fc.assert(fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 600 }), async (text) => void (await parseOutcome(text))), runs(150));
    await fc.assert(fc.asyncProperty(fc.string({ maxLength: 600 }).map((s) => `From: a@b.example\n${s}`), async (text) => void (await parseOutcome(text))), runs(150));
  });

  it('a message cut at every kind of point still parses or is refused clearly', async () => {
    const whole = [
      'From: "Ortiz, Sam" <sam@vendor.example>',
      'To: =?utf-8?Q?Dana_Whitfield?= <dana@customer.example>',
      'Subject: =?utf-8?B?UHJpY2luZw==?=',
      'Content-Type: multipart/mixed; boundary="outer"',
      '',
      '--outer',
      'Content-Type: multipart/alternative; boundary="inner"',
      '',
      '--inner',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      'Just bumping this =E2=80=94 did you get my last email?',
      '--inner',
      'Content-Type: text/html; charset=iso-8859-1',
      'Content-Transfer-Encoding: base64',
      '',
      Buffer.from('<p>Just bumping this</p>').toString('base64'),
      '--inner--',
      '--outer',
      'Content-Type: application/pdf; name="a.pdf"',
      'Content-Transfer-Encoding: base64',
      '',
      'JVBERi0xLjQK',
      '--outer--',
      '',
    ].join('\r\n');
    for (let cut = 0; cut <= whole.length; cut += 7) await parseOutcome(whole.slice(0, cut));
  });

  it('stays fast on huge header lines, deep nesting and endless boundaries', async () => {
    const big: [string, string][] = [
      ['a 2 MB subject', `From: a@b.example\nSubject: ${'x'.repeat(2_000_000)}\n\nhi`],
      ['50,000 encoded words', `From: a@b.example\nSubject: ${'=?utf-8?Q?caf=C3=A9?= '.repeat(50_000)}\n\nhi`],
      ['20,000 addresses', `From: a@b.example\nTo: ${'"A, B" <a@b.example>, '.repeat(20_000)}\n\nhi`],
      ['an unclosed quote across 1 MB', `From: a@b.example\nTo: "${'x'.repeat(1_000_000)}\n\nhi`],
      ['a 1 MB header with no colon', `From: a@b.example\n${'x'.repeat(1_000_000)}\n\nhi`],
      ['100,000 folded lines', `From: a@b.example\nSubject: a${'\n b'.repeat(100_000)}\n\nhi`],
      ['200 nested multiparts, none closed', `From: a@b.example\n${Array.from({ length: 200 }, (_, i) => `Content-Type: multipart/mixed; boundary=b${i}\n\n--b${i}\n`).join('')}Content-Type: text/plain\n\ndeep`],
      ['10,000 empty parts', `From: a@b.example\nContent-Type: multipart/mixed; boundary=b\n\n${'--b\n\n'.repeat(10_000)}`],
      ['a 3 MB base64 line of garbage', `From: a@b.example\nContent-Transfer-Encoding: base64\n\n${'!@#$'.repeat(750_000)}`],
      ['3 MB of soft line breaks', `From: a@b.example\nContent-Transfer-Encoding: quoted-printable\n\n${'=\n'.repeat(1_500_000)}`],
      ['a 1 MB HTML body of unclosed tags', `From: a@b.example\nContent-Type: text/html\n\n${'<a'.repeat(500_000)}`],
    ];
    for (const [what, text] of big) {
      const started = performance.now();
      try {
        const draft = await parseEml(text);
        expect(DraftSchema.safeParse(draft).success, what).toBe(true);
      } catch (error) {
        expectClearError(error, what);
      }
      expect(performance.now() - started, what).toBeLessThan(5000);
    }
  });
});

// ------------------------------------------------------------------ mbox

const mboxText = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: message.map((m) => `From sam@vendor.example Mon Mar  2 09:00:00 2026\n${m}\n`) },
      { weight: 1, arbitrary: fc.string({ maxLength: 80 }) },
      { weight: 1, arbitrary: fc.constantFrom('From \n', '>From quoted\n', '>>From twice\n', '\n\n', '\r\n', 'From x\r\nFrom y\r\n\r\nFrom z\n', '\u0000\u0000\n', '\ufeffFrom a\n') },
    ),
    { maxLength: 6 },
  )
  .map((parts) => parts.join(''));

/** Cuts a text into chunks at the given fractions (sorted, any number of them). */
function chunked(text: string, cuts: number[]): string[] {
  const at = [...new Set(cuts.map((c) => Math.floor(c * text.length)))].sort((a, b) => a - b);
  const out: string[] = [];
  let from = 0;
  for (const c of at) {
    out.push(text.slice(from, c));
    from = c;
  }
  out.push(text.slice(from));
  return out;
}

function split(chunks: readonly string[], max: number): MboxMessage[] {
  const s = new MboxSplitter(max);
  const out: MboxMessage[] = [];
  for (const c of chunks) out.push(...s.push(c));
  return [...out, ...s.end()];
}

describe('MboxSplitter on malformed mailboxes', () => {
  it('never throws, and gives the same messages however the stream is chunked', () => {
    fc.assert(
      fc.property(mboxText, fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 12 }), fc.constantFrom(50, 400, 1_000_000), (text, cuts, max) => {
        const started = performance.now();
        const whole = split([text], max);
        // (Sizes are approximate: a carriage return let go with an over-long line is counted, one kept is not.)
        const lines = text.split('\n').length;
        const same = (other: MboxMessage[]) => {
          expect(other.map(({ size: _, ...m }) => m)).toEqual(whole.map(({ size: _, ...m }) => m));
          other.forEach((m, i) => expect(Math.abs(m.size - whole[i]!.size)).toBeLessThanOrEqual(lines));
        };
        same(split(chunked(text, cuts), max));
        same(split([...text], max));
        let last = 0;
        for (const m of whole) {
          expect(m.line).toBeGreaterThan(last);
          last = m.line;
          expect(m.oversize).toBe(m.size > max);
          if (m.oversize) expect(m.text).toBe('');
          else expect(m.text.length).toBeLessThanOrEqual(m.size);
        }
        expect(performance.now() - started).toBeLessThan(PER_INPUT_MS);
      }),
      runs(300),
    );
  });

  it('every message it gives is parsed or refused clearly', async () => {
    await fc.assert(
      fc.asyncProperty(mboxText, async (text) => {
        for (const m of split([text], 1_000_000)) await parseOutcome(m.text);
      }),
      runs(100),
    );
  });

  it('stays linear on one endless line, endless "From " lines and endless blank lines', () => {
    const cases: [string, string][] = [
      ['a 5 MB line', 'x'.repeat(5_000_000)],
      ['200,000 separators', 'From a\n\n'.repeat(200_000)],
      ['1,000,000 blank lines', '\n'.repeat(1_000_000)],
      ['500,000 quoted From lines', '>From x\n'.repeat(500_000)],
      ['a 5 MB CR-only file', 'line\r'.repeat(1_000_000)],
    ];
    for (const [what, text] of cases) {
      const started = performance.now();
      split(chunked(text, [0.1, 0.2, 0.5, 0.9]), 1_000_000);
      split([...chunked(text, Array.from({ length: 500 }, (_, i) => i / 500))], 1_000_000);
      expect(performance.now() - started, what).toBeLessThan(5000);
    }
  });
});

// ------------------------------------------------------------------ JSON

const jsonish = fc.oneof(
  // Valid JSON of any shape, drafts with wrong field types among it.
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)) },
  {
    weight: 3,
    arbitrary: fc
      .record(
        {
          id: fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.object()),
          kind: fc.oneof(fc.constantFrom('email', 'invite', 'memo', ''), fc.integer()),
          from: fc.oneof(nasty, fc.integer()),
          to: fc.oneof(nasty, fc.array(fc.oneof(nasty, fc.integer(), fc.constant(null)), { maxLength: 3 })),
          subject: fc.oneof(nasty, fc.boolean()),
          body: fc.oneof(nasty, fc.array(fc.string(), { maxLength: 2 })),
          thread: fc.oneof(fc.array(fc.record({ from: fc.oneof(nasty, fc.integer()), body: nasty }, { requiredKeys: [] }), { maxLength: 2 }), fc.string()),
          invite: fc.oneof(fc.record({ title: nasty, attendees: fc.oneof(nasty, fc.array(nasty)) }, { requiredKeys: [] }), fc.constant(7)),
          __proto__: fc.constant({ polluted: true }),
          constructor: fc.string(),
        },
        { requiredKeys: [] },
      )
      .map((v) => JSON.stringify(v)),
  },
  // Broken JSON: cut, with stray bytes, or not JSON at all.
  { weight: 2, arbitrary: fc.tuple(fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)), fc.double({ min: 0, max: 1, noNaN: true })).map(([t, at]) => t.slice(0, Math.floor(t.length * at))) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 80 }) },
  { weight: 1, arbitrary: fc.constantFrom('\ufeff{"body":"x"}', '{"body":"x"}\u0000', '[', ']', '{"body":', 'NaN', '1e999', '{"body":"\\ud800"}', '{"a":1,"a":2}', '"\\u0000"', '{"body":"x",}', 'null', '[]', '[null, 1, "x", {}]') },
  { weight: 1, arbitrary: fc.integer({ min: 1000, max: 20_000 }).map((n) => `${'['.repeat(n)}${']'.repeat(n)}`) },
  { weight: 1, arbitrary: fc.integer({ min: 1000, max: 20_000 }).map((n) => `{"body":"x","thread":${'['.repeat(n)}`) },
);

describe('readJson and readJsonLine on malformed JSON', () => {
  const check = (items: ReturnType<typeof readJson>, file: string) => {
    expect(items.length).toBeGreaterThanOrEqual(0);
    for (const item of items) {
      expect(item.source.startsWith(file), item.source).toBe(true);
      expect(Number.isInteger(item.line) && item.line >= 1).toBe(true);
      // Exactly one of a draft and an error.
      expect((item.draft === undefined) !== (item.error === undefined), JSON.stringify(item).slice(0, 200)).toBe(true);
      if (item.draft) expect(DraftSchema.safeParse(item.draft).success).toBe(true);
      if (item.error !== undefined) {
        expect(item.error).toMatch(/^(?:malformed JSON \(.+\)|not a draft: .+)$/s);
        expect(item.error).not.toMatch(/\[object |Maximum call stack/);
      }
    }
  };

  it('never throws: every record is a Draft or an error that says "malformed JSON" or "not a draft"', () => {
    fc.assert(
      fc.property(jsonish, (text) => {
        const started = performance.now();
        check(readJson(text, 'drafts.json'), 'drafts.json');
        check([readJsonLine(text, 'drafts.jsonl', 7)], 'drafts.jsonl:7');
        // An array of such records: each judged on its own.
        check(readJson(`[${text},${text}]`, 'many.json'), 'many.json');
        expect(performance.now() - started).toBeLessThan(PER_INPUT_MS);
      }),
      runs(300),
    );
  });

  it('stays fast on huge and deeply nested JSON', () => {
    const cases: [string, string][] = [
      ['200,000 nested arrays', `${'['.repeat(200_000)}${']'.repeat(200_000)}`],
      ['a draft with a 5 MB body', JSON.stringify({ body: 'x'.repeat(5_000_000) })],
      ['100,000 recipients', JSON.stringify({ body: 'x', to: Array.from({ length: 100_000 }, (_, i) => `p${i}@c.example`) })],
      ['one comma-separated string of 100,000 recipients', JSON.stringify({ body: 'x', to: Array.from({ length: 100_000 }, (_, i) => `"P, ${i}" <p${i}@c.example>`).join(', ') })],
      ['5,000 drafts, every one wrong', JSON.stringify(Array.from({ length: 5_000 }, () => ({ body: 1, to: [2], thread: 'x' })))],
    ];
    for (const [what, text] of cases) {
      const started = performance.now();
      check(readJson(text, 'big.json'), 'big.json');
      check([readJsonLine(text, 'big.jsonl', 1)], 'big.jsonl:1');
      expect(performance.now() - started, what).toBeLessThan(5000);
    }
  });
});

// ------------------------------------------------------------------ HTML

const htmlish = fc
  .array(
    fc.oneof(
      fc.constantFrom('<', '>', '</', '<!--', '-->', '<!', '<?', '<p>', '</p>', '<br>', '<br/>', '<div>', '<li>', '<blockquote>', '</blockquote>', '<script>', '</script>', '<SCRIPT>', '</script', '<style>', '</style >', '<title>', '<template>', '<h1>', '</h7>', '<a href="x>y">', '<img src=x onerror=alert(1)>', '&amp;', '&#', '&#x;', '&#0;', '&#xD800;', '&#99999999;', '&#x110000;', '&nbsp', '&unknown;', '\u0000', '\n', ' ', '\t'),
      fc.string({ maxLength: 12 }),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

describe('htmlToText on malformed HTML', () => {
  it('never throws, returns trimmed text without runs of blank lines, and drops closed scripts and styles', () => {
    fc.assert(
      fc.property(htmlish, fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), minLength: 6, maxLength: 6 }), (html, secret) => {
        const started = performance.now();
        const text = htmlToText(html);
        expect(typeof text).toBe('string');
        expect(text).toBe(text.trim());
        expect(text).not.toMatch(/\n{3,}/);
        const marker = `SECRET${secret}`;
        const hidden = htmlToText(`<p>before</p><script>${marker}</script><style>${marker}</style><p>after</p>${html.includes('<') ? '' : html}`);
        expect(hidden).not.toContain(marker);
        expect(hidden).toContain('before');
        expect(performance.now() - started).toBeLessThan(PER_INPUT_MS);
      }),
      runs(500),
    );
  });

  it('is linear on adversarial markup (n and 8n take no more than ~20 times as long)', () => {
    const shapes: [string, (n: number) => string][] = [
      ['unclosed tags', (n) => '<a'.repeat(n)],
      ['lone <', (n) => '<'.repeat(n)],
      ['unclosed comments', (n) => '<!--'.repeat(n)],
      ['unclosed scripts', (n) => '<script>'.repeat(n)],
      ['script closers missing their >', (n) => `<script>${'</script'.repeat(n)}`],
      ['entities cut short', (n) => '&#'.repeat(n)],
      ['named entity bait', (n) => '&abcdefgh'.repeat(n)],
      ['nested blockquotes', (n) => '<blockquote>x'.repeat(n)],
      ['whitespace', (n) => ' \t\n'.repeat(n)],
      ['attributes with <', (n) => `<a ${'b="<" '.repeat(n)}>`],
      // Decoded after whitespace is collapsed, so they make one long run of spaces inside a line.
      ['spaces written as entities', (n) => `x${'&#32;'.repeat(n)}x`],
      ['tabs written as entities', (n) => `x${'&#9;'.repeat(n)}x<br>`],
    ];
    const time = (html: string) => {
      let best = Infinity;
      for (let i = 0; i < 3; i++) {
        const started = performance.now();
        htmlToText(html);
        best = Math.min(best, performance.now() - started);
      }
      return best;
    };
    for (const [what, make] of shapes) {
      const small = time(make(5_000));
      const large = time(make(40_000));
      expect(large, `${what}: ${small.toFixed(1)} ms at n, ${large.toFixed(1)} ms at 8n`).toBeLessThan(20 * small + 30);
    }
  });
});

// ------------------------------------------------------------------ the CLI

describe('tactful check on malformed files (the built CLI)', () => {
  let cli: BuiltCli;
  let dir: string;
  beforeAll(async () => {
    cli = await buildCli();
    dir = mkdtempSync(join(tmpdir(), 'tactful-fuzz-'));
  }, 60_000);
  afterAll(() => {
    cli?.remove();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Files that cannot be read as mail, each with what its error must say. */
  const samples = (): [string, string | Uint8Array, RegExp][] => {
    const rng = fc.sample(fc.uint8Array({ minLength: 64, maxLength: 256 }), { seed: SEED, numRuns: 1 })[0]!;
    return [
      ['junk.eml', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, ...rng]), /binary data/],
      ['no-headers.eml', 'just some words\nwith no headers\nat all\n', /no mail headers/],
      ['nul-in-header.eml', 'From: a@b.example\nSubject: a\u0000b\n\nhi\n', /binary data/],
      ['cut.json', '{"body": "Just bumping this", "to": ["dana@', /malformed JSON/],
      ['wrong-types.json', JSON.stringify({ body: 42, to: [1, 2] }), /not a draft: .*body/],
      ['half-array.json', '[{"body":"x"},{"body":', /malformed JSON/],
      ['lines.jsonl', '{"body":"fine"}\n{"body": broken\n', /malformed JSON/],
      ['bom-garbage.eml', '\ufeff\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000e\u000f\u0010'.repeat(20), /binary data/],
    ];
  };

  it('exits 2 with one line naming each file it cannot read, and checks the rest', () => {
    const good = join(dir, 'good.eml');
    writeFileSync(good, 'From: Sam <sam@vendor.example>\nTo: dana@customer.example\nSubject: Notes\n\nHi Dana, the notes are attached.\n');
    const bad = samples().map(([name, content, reason]) => {
      const path = join(dir, name);
      writeFileSync(path, content);
      return { path, reason };
    });
    const r = spawnSync(process.execPath, [cli.path, 'check', ...bad.map((b) => b.path), good], { encoding: 'utf8', timeout: 20_000 });
    expect(r.status, r.stderr).toBe(2);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines, r.stderr).toHaveLength(bad.length);
    bad.forEach(({ path, reason }, i) => {
      const line = lines[i]!;
      expect(line).toMatch(new RegExp(`^tactful: ${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?::\\d+|\\[\\d+\\])?: `));
      expect(line).toMatch(reason);
      expect(line).not.toMatch(/unexpected error|    at /);
    });
    // The good file, and the good line of the JSON Lines file, were still checked.
    expect(r.stdout).toMatch(/Checked 2 messages: 2 clean, 0 with findings; 8 could not be read\./);
  });

  it('generated malformed mail files: exit 0, 1 or 2, never a crash, one line per refused file', () => {
    const inputs = fc.sample(damaged, { seed: SEED, numRuns: 12 });
    const paths = inputs.map((content, i) => {
      const path = join(dir, `fuzz-${i}.eml`);
      writeFileSync(path, content);
      return path;
    });
    const r = spawnSync(process.execPath, [cli.path, 'check', '--format', 'json', ...paths], { encoding: 'utf8', timeout: 30_000 });
    expect([0, 1, 2], r.stderr).toContain(r.status);
    expect(r.stderr).not.toMatch(/unexpected error|    at /);
    const errors = r.stderr.split('\n').filter(Boolean);
    for (const line of errors) expect(paths.some((p) => line.startsWith(`tactful: ${p}: `)), line).toBe(true);
    const checked = r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { source: string });
    // Every file is accounted for once: checked, or refused with its line.
    expect(checked.length + errors.length).toBe(paths.length);
    expect(r.status).toBe(errors.length > 0 ? 2 : r.status);
  });
});
