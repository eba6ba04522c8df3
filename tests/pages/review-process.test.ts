// The review's reading and analysis (src/pages/review/process.ts) as the worker runs it, on
// small inputs: mbox, .eml, JSON Lines and JSON, in chunks of any size, other senders counted
// and skipped, unreadable messages counted at their position, bodies kept only when flagged;
// and the worker pool's executor giving the same result as the reader alone.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../src/settings/schema';
import { ReviewAccumulator } from '../../src/review/report';
import { MemoryBlob } from '../../src/mail/memory-blob';
import { helperCount, poolExecutor, type HelperLike } from '../../src/pages/review/pool';
import {
  BODY_KEPT_CHARS,
  formatOf,
  MALFORMED_LISTED,
  plainFrom,
  reviewFiles,
  runJob,
  type ReviewEvent,
  type ReviewFile,
  type ReviewOptions,
  type ReviewResult,
} from '../../src/pages/review/process';
import type { HelperMessage, HelperReply } from '../../src/pages/review/protocol';

const FIXTURES = join(__dirname, '..', 'fixtures', 'review-page');
const TEAM = ['northpeak.io'];

/** A file whose stream gives its bytes in chunks of `chunk` bytes (so lines and messages split anywhere). */
function file(name: string, content: string | Uint8Array, chunk = 1 << 16): ReviewFile {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  return {
    name,
    size: bytes.length,
    stream() {
      let at = 0;
      return new ReadableStream<Uint8Array>({
        pull(controller) {
          if (at >= bytes.length) {
            controller.close();
            return;
          }
          controller.enqueue(bytes.slice(at, at + chunk));
          at += chunk;
        },
      });
    },
  };
}

const fixture = (name: string, chunk?: number) => file(name, readFileSync(join(FIXTURES, name)), chunk);

async function run(files: ReviewFile[], team = TEAM, options?: ReviewOptions): Promise<{ result: ReviewResult; events: ReviewEvent[] }> {
  const events: ReviewEvent[] = [];
  for await (const e of reviewFiles(files, team, DEFAULT_POLICY, options)) events.push(e);
  const last = events[events.length - 1]!;
  if (last.type !== 'done') throw new Error('no result');
  return { result: last.result, events };
}

const eml = (from: string, subject: string, body: string, date = 'Mon, 02 Mar 2026 09:00:00 +0000') =>
  `From: ${from}\nTo: Dana <dana@customer.com>\nSubject: ${subject}\nDate: ${date}\nMessage-ID: <${subject.replace(/\W/g, '')}@x>\n\n${body}\n`;

const mbox = (...messages: string[]) => messages.map((m) => `From sender@example.com Mon Mar  2 09:00:00 2026\n${m.endsWith('\n') ? m : `${m}\n`}\n`).join('');

describe('reviewFiles reads an mbox by bytes', () => {
  it('decodes each message in the charset it declares (ISO-8859-1 and UTF-8 sent as 8-bit), in chunks that split characters, after a byte-order mark', async () => {
    const message = (charset: string, subject: string) =>
      `From sender@example.com Mon Mar  2 09:00:00 2026\nFrom: Tom <tom@northpeak.io>\nTo: Dana <dana@customer.com>\nSubject: ${subject}\nMessage-ID: <${subject}@x>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=${charset}\nContent-Transfer-Encoding: 8bit\n\n`;
    const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
    const utf8 = (text: string) => new TextEncoder().encode(text);
    const parts = [
      Uint8Array.of(0xef, 0xbb, 0xbf),
      latin1(message('iso-8859-1', 'latin')),
      latin1('Just bumping this: le café à Genève est réservé.\n\n'),
      utf8(message('utf-8', 'utf8')),
      utf8('Just bumping this: Grüße aus Zürich.\n'),
    ];
    const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    parts.reduce((at, p) => (bytes.set(p, at), at + p.length), 0);
    for (const chunk of [1 << 16, 3]) {
      const { result } = await run([file('mixed.mbox', bytes, chunk)]);
      expect(result.records.map((r) => r.subject)).toEqual(['latin', 'utf8']);
      const bodies = result.records.map((r) => result.bodies[r.position]?.text.trim());
      expect(bodies).toEqual(['Just bumping this: le café à Genève est réservé.', 'Just bumping this: Grüße aus Zürich.']);
    }
  });
});

describe('reviewFiles on mbox, eml and JSON Lines together', () => {
  it('counts the team\'s emails, skips and counts other senders, and lists an unreadable line with its position', async () => {
    const { result, events } = await run([fixture('sent.mbox'), fixture('hostile.eml'), fixture('drafts.jsonl')]);
    // sent.mbox: 37 messages (3 from customers); hostile.eml: 1; drafts.jsonl: 5 lines (1 broken, 1 from a customer).
    expect(result.messages).toBe(43);
    expect(result.records).toHaveLength(38);
    expect(result.otherSenders).toBe(4);
    expect(result.malformedCount).toBe(1);
    expect(result.malformed).toEqual([{ position: 41, source: 'drafts.jsonl:3', error: expect.stringContaining('malformed JSON') }]);
    expect(result.files).toBe(3);

    // Positions ascend across files; sources name file and line.
    const positions = result.records.map((r) => r.position);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(new Set(positions).size).toBe(positions.length);
    expect(result.records[0]).toMatchObject({ position: 1, source: 'sent.mbox:1', from: 'maya.chen@northpeak.io', recipientDomains: ['harbourfoods.com'] });
    expect(result.records.find((r) => r.source === 'hostile.eml')).toMatchObject({ position: 38, from: 'tom.reilly@northpeak.io' });
    expect(result.records.find((r) => r.source === 'drafts.jsonl:5')).toMatchObject({ position: 43, from: 'dan.brooks@northpeak.io' });
    expect(result.records.every((r) => r.from.endsWith('@northpeak.io'))).toBe(true);

    // Progress: bytes only grow, and end at the total.
    const progress = events.filter((e) => e.type === 'progress');
    expect(progress.length).toBeGreaterThan(1);
    const bytes = progress.map((e) => (e.type === 'progress' ? e.bytes : 0));
    expect(bytes).toEqual([...bytes].sort((a, b) => a - b));
    const lastProgress = progress[progress.length - 1]!;
    expect(lastProgress.type === 'progress' && lastProgress.bytes === lastProgress.totalBytes && lastProgress.messages === 43).toBe(true);
  });

  it('keeps the body of flagged emails only, and no body in any record', async () => {
    const { result } = await run([fixture('sent.mbox'), fixture('hostile.eml')]);
    const flagged = result.records.filter((r) => r.findings.some((f) => f.severity !== 'info')).map((r) => r.position);
    expect(flagged.length).toBeGreaterThan(5);
    expect(Object.keys(result.bodies).map(Number).sort((a, b) => a - b)).toEqual(flagged);
    for (const r of result.records) expect(r).not.toHaveProperty('body');
    const hostile = result.records.find((r) => r.source === 'hostile.eml')!;
    expect(result.bodies[hostile.position]!.text).toContain('<script>alert(1)</script>');
    expect(hostile.subject).toBe('Pricing <img src=x onerror=alert(1)>');
  });

  it('gives the same result whatever the chunk size', async () => {
    const whole = await run([fixture('sent.mbox'), fixture('drafts.jsonl')]);
    const small = await run([fixture('sent.mbox', 7), fixture('drafts.jsonl', 5)]);
    expect(small.result).toEqual(whole.result);
    // Each 7-byte chunk reported progress.
    expect(small.events.length).toBeGreaterThan(1000);
  });

  it('feeds a ReviewAccumulator whose report matches the counts', async () => {
    const { result } = await run([fixture('sent.mbox')]);
    const acc = new ReviewAccumulator(result.team);
    for (const r of result.records) acc.add(r);
    for (let i = 0; i < result.otherSenders; i++) acc.skipOther();
    const report = acc.report();
    expect(report.total).toBe(34);
    expect(report.otherSenders).toBe(3);
    expect(report.flagged.length).toBe(14);
    expect(report.senders.map((s) => s.sender).sort()).toEqual(['dan.brooks@northpeak.io', 'maya.chen@northpeak.io', 'priya@northpeak.io', 'tom.reilly@northpeak.io']);
    expect(report.weeks.map((w) => w.week)).toEqual(['2026-02-02', '2026-02-09', '2026-02-16', '2026-02-23', '2026-03-02', '2026-03-09', '2026-03-16', '2026-03-23']);
  });
});

describe('unreadable input', () => {
  it('counts a message without headers in an mbox at its position, and goes on', async () => {
    const text = mbox(eml('Sam <sam@northpeak.io>', 'One', 'Hi Dana, thanks for the call.'), 'this is not an email at all', eml('Sam <sam@northpeak.io>', 'Three', 'Hi Dana, here is the report.'));
    const { result } = await run([file('sent.mbox', text)]);
    expect(result.records.map((r) => [r.position, r.subject])).toEqual([
      [1, 'One'],
      [3, 'Three'],
    ]);
    expect(result.malformed).toEqual([{ position: 2, source: expect.stringMatching(/^sent\.mbox:\d+$/), error: expect.stringContaining('no mail headers') }]);
  });

  it('refuses binary data and a JSON array entry that is not a draft, by position', async () => {
    const binary = new Uint8Array(2048).map((_, i) => (i % 7 === 0 ? 0 : i % 256));
    const json = JSON.stringify([{ from: 'sam@northpeak.io', subject: 'Fine', body: 'Hi Dana.' }, { from: 'sam@northpeak.io', subject: 7 }]);
    const { result } = await run([file('photo.eml', binary), file('drafts.json', json)]);
    expect(result.malformed.map((m) => [m.position, m.source])).toEqual([
      [1, 'photo.eml'],
      [3, 'drafts.json[1]'],
    ]);
    expect(result.malformed[0]!.error).toContain('binary');
    expect(result.records.map((r) => r.position)).toEqual([2]);
  });

  it('lists the first unreadable messages only, and counts them all', async () => {
    const lines = Array.from({ length: MALFORMED_LISTED + 50 }, (_, i) => `{broken ${i}`).join('\n');
    const { result } = await run([file('bad.jsonl', lines)]);
    expect(result.malformedCount).toBe(MALFORMED_LISTED + 50);
    expect(result.malformed).toHaveLength(MALFORMED_LISTED);
    expect(result.malformed[0]!.source).toBe('bad.jsonl:1');
    expect(result.malformed[MALFORMED_LISTED - 1]!.position).toBe(MALFORMED_LISTED);
  });

  it('reads an empty file as nothing', async () => {
    const { result } = await run([file('empty.mbox', '')]);
    expect(result.messages).toBe(0);
    expect(result.malformedCount).toBe(0);
  });
});

describe('team and bodies', () => {
  it('counts a team address and skips the rest of its domain', async () => {
    const text = mbox(eml('Sam <sam@northpeak.io>', 'Mine', 'Hi Dana.'), eml('Kim <kim@northpeak.io>', 'Not mine', 'Hi Dana.'));
    const { result } = await run([file('a.mbox', text)], ['sam@northpeak.io']);
    expect(result.records.map((r) => r.subject)).toEqual(['Mine']);
    expect(result.otherSenders).toBe(1);
  });

  it('caps a long flagged body for the detail view', async () => {
    const body = `Hi Dana,\n\nJust bumping this to the top of your inbox.\n\n${'All the details follow. '.repeat(2000)}`;
    const { result } = await run([file('long.eml', eml('Sam <sam@northpeak.io>', 'Long', body))]);
    const kept = result.bodies[1]!;
    expect(kept.truncated).toBe(true);
    expect(kept.text).toHaveLength(BODY_KEPT_CHARS);
    expect(kept.text.startsWith('Hi Dana,')).toBe(true);
  });

  it('runJob: parses, checks the sender, analyses', async () => {
    const raw = eml('Sam <sam@northpeak.io>', 'Hello', 'Hi Dana, just bumping this to the top of your inbox.');
    const out = await runJob({ position: 9, source: 'x.eml', raw }, TEAM, DEFAULT_POLICY);
    expect(out.kind).toBe('team');
    if (out.kind === 'team') {
      expect(out.record.findings.map((f) => f.rule)).toContain('bump');
      expect(out.body?.text).toContain('bumping');
    }
    expect((await runJob({ position: 1, source: 'y', raw: eml('x@other.com', 'a', 'b') }, TEAM, DEFAULT_POLICY)).kind).toBe('other');
    expect((await runJob({ position: 1, source: 'z', raw: 'nonsense' }, TEAM, DEFAULT_POLICY)).kind).toBe('malformed');
  });
});

describe('formats and headers', () => {
  it('goes by extension, else by the content', () => {
    expect(formatOf('Sent.MBOX', '')).toBe('mbox');
    expect(formatOf('a.jsonl', '[')).toBe('jsonl');
    expect(formatOf('export', 'From sam@x Mon Mar 2\n')).toBe('mbox');
    expect(formatOf('export', '{"subject": "a"}\n{"subject": "b"}')).toBe('jsonl');
    expect(formatOf('export', '{\n "subject": "a"\n}')).toBe('json');
    expect(formatOf('export', '[{}]')).toBe('json');
    expect(formatOf('export', 'Subject: hi\n\nbody')).toBe('eml');
  });

  it('reads a plain From header, and leaves encoded or listed ones to the parser', () => {
    expect(plainFrom('Subject: a\nFrom: Sam\n  <sam@northpeak.io>\n\nFrom: x@y.z')).toBe('Sam <sam@northpeak.io>');
    expect(plainFrom('From: =?utf-8?q?Sam?= <sam@northpeak.io>\n\n')).toBeUndefined();
    expect(plainFrom('From: "Reilly, Tom" <tom@northpeak.io>\n\n')).toBeUndefined();
    expect(plainFrom('Subject: no sender\n\nFrom: sam@northpeak.io')).toBeUndefined();
  });
});

describe('the worker pool', () => {
  /** A helper running in this thread, answering each batch on a later task, as a worker would. */
  function fakeHelper(log: string[], failAfter = Infinity): HelperLike {
    let setup: { team: string[]; policy: typeof DEFAULT_POLICY } | undefined;
    let batches = 0;
    const helper: HelperLike = {
      onmessage: null,
      onerror: null,
      terminate: () => log.push('terminate'),
      postMessage(message: HelperMessage) {
        if (message.type === 'helper') setup = { team: message.team, policy: message.policy };
        if (message.type !== 'jobs') return;
        log.push(`jobs ${message.jobs.length}`);
        if (++batches > failAfter) {
          setTimeout(() => helper.onerror?.(new Event('error')), 1);
          return;
        }
        setTimeout(async () => {
          const outcomes = [];
          for (const job of structuredClone(message.jobs)) outcomes.push(await runJob(job, setup!.team, setup!.policy));
          const reply: HelperReply = { type: 'outcomes', id: message.id, outcomes };
          helper.onmessage?.(new MessageEvent('message', { data: reply }));
        }, 2);
      },
    };
    return helper;
  }

  it('shares the batches with helpers and gives the same result as the reader alone', async () => {
    const files = () => [fixture('sent.mbox', 997), fixture('drafts.jsonl')];
    const alone = await run(files());
    const log: string[] = [];
    const pooled = await run(files(), TEAM, { executor: poolExecutor(() => fakeHelper(log), 2) });
    expect(log.filter((l) => l.startsWith('jobs')).length).toBeGreaterThan(0);
    expect(log.filter((l) => l === 'terminate')).toHaveLength(2);
    expect(pooled.result).toEqual(alone.result);
  });

  it('runs the batches of a helper that fails in the reader instead', async () => {
    const files = () => [fixture('sent.mbox', 500)];
    const alone = await run(files());
    const log: string[] = [];
    const pooled = await run(files(), TEAM, { executor: poolExecutor(() => fakeHelper(log, 0), 1) });
    expect(log.some((l) => l.startsWith('jobs'))).toBe(true);
    expect(pooled.result).toEqual(alone.result);
  });

  it('starts no helper on one or two processors, else two fewer than the processors, at most four', () => {
    expect([undefined, 1, 2, 3, 4, 16].map(helperCount)).toEqual([0, 0, 0, 1, 2, 4]);
  });
});

describe('MemoryBlob', () => {
  it('joins strings and bytes as a Blob does', async () => {
    const blob = new MemoryBlob(['Hé', new Uint8Array([33, 10]), new TextEncoder().encode('ok').buffer], { type: 'text/plain' });
    expect(blob.size).toBe(7);
    expect(blob.type).toBe('text/plain');
    expect(await blob.text()).toBe('Hé!\nok');
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(new Uint8Array(await new Blob(['Hé', new Uint8Array([33, 10]), 'ok']).arrayBuffer()));
    expect(Object.prototype.toString.call(blob)).toBe('[object Blob]');
    expect(await blob.slice(0, 3).text()).toBe('Hé');
  });
});
