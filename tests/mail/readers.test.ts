import { describe, expect, it } from 'vitest';
import { parseEml } from '../../src/mail/eml';
import { htmlToText } from '../../src/mail/html-to-text';
import { MboxSplitter } from '../../src/mail/mbox';
import { readJson, readJsonLine } from '../../src/mail/json';
import { prepareText } from '../../src/engine/text';

const eml = (headers: string, body: string) => `${headers.trim()}\r\n\r\n${body}`;

describe('eml', () => {
  it('reads addresses, subject, date and a plain body', async () => {
    const d = await parseEml(
      eml(
        'From: "Ortiz, Sam" <sam@vendor.io>\r\nTo: Dana <dana@acme.com>, lee@acme.com\r\nCc: priya@vendor.io\r\nBcc: 1@bcc.hubspot.com\r\nSubject: =?UTF-8?Q?Caf=C3=A9_chat?=\r\nDate: Tue, 03 Mar 2026 09:12:44 -0500\r\nMessage-ID: <m1@vendor.io>',
        'Hi Dana,\r\nSee you soon.\r\n',
      ),
    );
    expect(d).toMatchObject({
      id: '<m1@vendor.io>',
      from: 'Ortiz, Sam <sam@vendor.io>',
      to: ['Dana <dana@acme.com>', 'lee@acme.com'],
      cc: ['priya@vendor.io'],
      bcc: ['1@bcc.hubspot.com'],
      subject: 'Café chat',
    });
    expect(d.body).toBe('Hi Dana,\nSee you soon.\n');
  });

  it('turns an HTML-only body into text, with blockquotes as quoted history', async () => {
    const d = await parseEml(
      eml(
        'From: sam@vendor.io\r\nTo: dana@acme.com\r\nSubject: x\r\nContent-Type: text/html; charset=utf-8',
        '<div>Thanks &amp; see you <b>Thursday</b>.</div><div class="gmail_quote">On Mon, Dana wrote:<blockquote>Please remove me.</blockquote></div>',
      ),
    );
    expect(d.body).toContain('Thanks & see you Thursday.');
    expect(d.body).toContain('> Please remove me.');
    expect(prepareText(d.body).quotedText).toContain('Please remove me.');
  });

  it('decodes quoted-printable and base64 bodies', async () => {
    const qp = await parseEml(eml('From: a@b.com\r\nSubject: q\r\nContent-Transfer-Encoding: quoted-printable\r\nContent-Type: text/plain; charset=utf-8', 'I=E2=80=99ve put =\r\n30 minutes'), );
    expect(qp.body.trimEnd()).toBe('I’ve put 30 minutes');
    const b64 = await parseEml(eml('From: a@b.com\r\nSubject: q\r\nContent-Transfer-Encoding: base64', Buffer.from('Hello there').toString('base64')));
    expect(b64.body.trimEnd()).toBe('Hello there');
  });

  it('refuses binary data and text without mail headers, with a plain reason', async () => {
    await expect(parseEml(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]))).rejects.toThrow(/binary data/);
    await expect(parseEml('just some words\nwith no headers')).rejects.toThrow(/no mail headers/);
  });

  it('reads a message saved from an mbox, skipping its "From sender date" envelope line', async () => {
    const draft = await parseEml('From dana@northwind.com  Thu Aug 22 12:36:23 2002\nFrom: Dana <dana@northwind.com>\nTo: sam@brightledger.io\nSubject: Pricing\n\nCould you send the range?\n');
    expect(draft.from).toBe('Dana <dana@northwind.com>');
    expect(draft.subject).toBe('Pricing');
    expect(draft.body.trim()).toBe('Could you send the range?');
    expect(draft.inReplyTo).toBeUndefined();
    const reply = await parseEml('From: sam@brightledger.io\nTo: dana@northwind.com\nSubject: Re: Pricing\nReferences: <a1@northwind.com> <b2@northwind.com>\n\nHere it is.\n');
    expect(reply.inReplyTo).toBe('<b2@northwind.com>');
    await expect(parseEml('From someone, with love\nno headers follow')).rejects.toThrow(/no mail headers/);
  });
});

describe('html to text', () => {
  it('keeps paragraphs and list items, drops scripts and styles, decodes entities', () => {
    const text = htmlToText('<style>p{}</style><p>One&nbsp;two</p><ul><li>A</li><li>B</li></ul><script>alert(1)</script><p>&#8217;&#x2019;&unknown;</p>');
    expect(text).toBe('One\u00A0two\n\n- A\n- B\n\n’’&unknown;');
  });

  it('runs in linear time on pathological markup', () => {
    const started = performance.now();
    htmlToText('<'.repeat(200_000) + '<a'.repeat(100_000) + '<!--'.repeat(50_000) + '&#'.repeat(100_000));
    htmlToText('<script>'.repeat(50_000));
    htmlToText('<SCRIPT>x</script>'.repeat(50_000));
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

describe('mbox', () => {
  const split = (chunks: string[]) => {
    const s = new MboxSplitter(1_000_000);
    return [...chunks.flatMap((c) => s.push(c)), ...s.end()];
  };
  const mbox =
    'From a@b.com Tue Mar  3 09:00:00 2026\nFrom: a@b.com\nSubject: one\n\nHello\n>From the start, quoted.\n\nFrom c@d.com Tue Mar  3 10:00:00 2026\nFrom: c@d.com\nSubject: two\n\nSecond';

  it('splits messages and undoes >From quoting', () => {
    const messages = split([mbox]);
    expect(messages.map((m) => m.line)).toEqual([1, 8]);
    expect(messages[0]!.text).toContain('\nFrom the start, quoted.');
    expect(messages[1]!.text.endsWith('Second')).toBe(true);
  });

  it('gives the same messages however the stream is cut', () => {
    const whole = split([mbox]);
    for (let cut = 1; cut < mbox.length; cut += 7) {
      expect(split([mbox.slice(0, cut), mbox.slice(cut)])).toEqual(whole);
    }
  });

  it('reads CRLF files and keeps a truncated last message', () => {
    const messages = split([mbox.replace(/\n/g, '\r\n').slice(0, -3)]);
    expect(messages).toHaveLength(2);
    expect(messages[1]!.text.endsWith('Sec')).toBe(true);
    expect(messages[0]!.text).not.toContain('\r');
  });

  it('marks an oversize message instead of holding it', () => {
    const s = new MboxSplitter(100);
    const out = [...s.push(`From x\nSubject: big\n\n${'y'.repeat(500)}\n\nFrom z\nSubject: small\n\nok\n`), ...s.end()];
    expect(out.map((m) => m.oversize)).toEqual([true, false]);
    expect(out[0]!.text).toBe('');
  });
});

describe('json and json lines', () => {
  it('reads a draft, an array of drafts, and names what is wrong', () => {
    expect(readJson('{"body":"hi"}', 'a.json')[0]!.draft?.body).toBe('hi');
    expect(readJson('[{"body":"x"},{"to":5}]', 'a.json').map((i) => i.error ?? 'ok')).toEqual(['ok', expect.stringMatching(/^not a draft: to: /)]);
    expect(readJson('{oops', 'a.json')[0]!.error).toMatch(/malformed JSON/);
  });

  it('reads one line, echoing the id, and reports a bad line with its number', () => {
    expect(readJsonLine('{"id":"x1","body":"hi"}', 'd.jsonl', 3)).toMatchObject({ source: 'd.jsonl:3', draft: { id: 'x1' } });
    expect(readJsonLine('{"body": 12}', 'd.jsonl', 4)).toMatchObject({ source: 'd.jsonl:4', error: expect.stringMatching(/body/) });
  });
});
