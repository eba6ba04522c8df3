import { describe, expect, it } from 'vitest';
import { MASK, prepareText } from '../../src/engine/text';

/** The author's own words, with masked material removed and whitespace folded. */
function ownWords(body: string): string {
  return prepareText(body).own.split(MASK).join(' ').replace(/\s+/g, ' ').trim();
}

describe('quoted history', () => {
  it('skips ">" lines and keeps the reply written below them (interleaved)', () => {
    const body = 'On Mon, 2 Mar 2026 at 09:14, Dana <dana@acme.com> wrote:\n> Can you send pricing?\n> Thanks\n\nHere it is, attached.\n';
    expect(ownWords(body)).toBe('Here it is, attached.');
  });

  it('skips lines quoted with the writer\'s initials before the marker ("MF> ")', () => {
    const body = 'Hello Mike,\n\nMF> I am not interested in a support contract,\nMF> please stop calling.\n\nUnderstood, I will not call again.\nA>B is a comparison, not a quote.\n';
    expect(ownWords(body)).toBe('Hello Mike, Understood, I will not call again. A>B is a comparison, not a quote.');
  });

  it('skips everything below a Gmail attribution without markers (top-posting)', () => {
    const body = 'Thanks Dana, see attached.\n\nOn Tue, Mar 3, 2026 at 10:02 AM Dana Whitfield <\ndana@acme.com> wrote:\n\nPlease remove me from your list.\n';
    expect(ownWords(body)).toBe('Thanks Dana, see attached.');
    expect(prepareText(body).quotedText).toContain('Please remove me');
  });

  it("skips Outlook's From/Sent/To/Subject header block", () => {
    const body = 'Sounds good.\n\n________________________________\nFrom: Dana Whitfield <dana@acme.com>\nSent: Tuesday, March 3, 2026 10:02 AM\nTo: Sam Ortiz <sam@vendor.io>\nSubject: RE: pricing\n\nStop emailing me.\n';
    expect(ownWords(body)).toBe('Sounds good.');
  });

  it('skips an Outlook header block without the underscore rule, and in French', () => {
    const body = 'Merci !\n\nDe : Dana <dana@acme.fr>\nEnvoyé : mardi 3 mars 2026 10:02\nÀ : Sam <sam@vendor.io>\nObjet : prix\n\nNon merci.\n';
    expect(ownWords(body)).toBe('Merci !');
  });

  it('skips "-----Original Message-----" and forwarded blocks', () => {
    expect(ownWords('See below.\n\n-----Original Message-----\nFrom: x@y.com\nHi there')).toBe('See below.');
    expect(ownWords('FYI\n\n---------- Forwarded message ---------\nFrom: Jane <j@y.com>\nDate: Mon\n\nBody')).toBe('FYI');
    expect(ownWords('FYI\n\nBegin forwarded message:\n\nFrom: Jane <j@y.com>\nBody')).toBe('FYI');
  });

  it('recognises attributions in other languages', () => {
    expect(ownWords('Danke.\n\nAm 03.03.2026 um 10:02 schrieb Dana <dana@acme.de>:\n> Nein danke.')).toBe('Danke.');
    expect(ownWords('Merci.\n\nLe mar. 3 mars 2026 à 10:02, Dana <dana@acme.fr> a écrit :\n> Non.')).toBe('Merci.');
  });

  it('keeps exact offsets: own text sits where it was written', () => {
    const body = '> quoted line\nMy reply here.';
    const p = prepareText(body);
    expect(p.own.length).toBe(body.length);
    expect(p.flat.length).toBe(body.length);
    const s = p.sentences[0]!;
    expect(body.slice(s.start, s.end)).toBe('My reply here.');
  });
});

describe('signatures and footers', () => {
  it('masks a sign-off and the short lines after it', () => {
    const body = "Hi Dana,\n\nThe report is attached.\n\nBest regards,\nSam Ortiz\nAccount Executive\n+1 617 555 0142\n";
    expect(ownWords(body)).toBe('Hi Dana, The report is attached.');
    expect(prepareText(body).signatureStart).toBe(body.indexOf('Best regards'));
  });

  it('masks everything after a "-- " line', () => {
    expect(ownWords('Thanks for the call.\n-- \nSam\nI will call you Thursday at 10 (not really)')).toBe('Thanks for the call.');
  });

  it('keeps a P.S. written after the signature', () => {
    expect(ownWords('Report attached.\n\nBest,\nSam\n\nP.S. The numbers on page 4 are new.')).toBe(
      'Report attached. P.S. The numbers on page 4 are new.',
    );
  });

  it('does not take a "Thanks!" line followed by prose for a signature', () => {
    expect(ownWords('Hi Dana,\nThanks!\nI put together a short summary of the pilot results for your board next week.\nSam')).toContain(
      'I put together a short summary',
    );
  });

  it('masks a legal footer paragraph and an unsubscribe footer', () => {
    const body =
      'Pricing attached.\n\nCONFIDENTIALITY NOTICE: This email is intended only for the addressee. If you are not the intended recipient please delete it.\n\nYou are receiving this email because you signed up at our booth. To unsubscribe, click here.';
    expect(ownWords(body)).toBe('Pricing attached.');
  });

  it('masks "Sent from my iPhone"', () => {
    expect(ownWords('Sure, Tuesday works.\n\nSent from my iPhone')).toBe('Sure, Tuesday works.');
  });
});

describe('quoted speech and normalisation', () => {
  it("masks words the author quotes from someone else", () => {
    const own = ownWords('You said "please remove me from your list" and we did.');
    expect(own).not.toContain('remove');
    expect(own).toContain('and we did.');
  });

  it('normalises typographic quotes and apostrophes one-for-one', () => {
    const body = 'I’ve sent it — “see” below.';
    const p = prepareText(body);
    expect(p.flat.length).toBe(body.length);
    expect(p.flat.startsWith("I've sent it")).toBe(true);
  });

  it('does not let a stray inch mark hide the rest of the email', () => {
    expect(ownWords('Our 27" monitors ship Monday.\n\nI will call you Thursday at 10.')).toContain('I will call you Thursday at 10.');
  });
});

describe('sentences', () => {
  const texts = (body: string) => prepareText(body).sentences.map((s) => body.slice(s.start, s.end));

  it('splits on sentence ends, blank lines and short lines, and keeps wrapped lines together', () => {
    const body =
      'Hi Dana,\n\nWe met at the conference. I promised a summary of the pilot results, which took\nlonger than planned because the data came in late.\nThe summary is attached!';
    expect(texts(body)).toEqual([
      'Hi Dana,',
      'We met at the conference.',
      'I promised a summary of the pilot results, which took\nlonger than planned because the data came in late.',
      'The summary is attached!',
    ]);
  });

  it('does not split after abbreviations and a.m./p.m. mid-sentence', () => {
    expect(texts('Meet Dr. Patel at 10 a.m. on Friday, e.g. in the lobby.')).toEqual(['Meet Dr. Patel at 10 a.m. on Friday, e.g. in the lobby.']);
  });

  it('separates a run-on greeting from the sentence after it', () => {
    expect(texts('hey dana - quick one for you today.')).toEqual(['hey dana -', 'quick one for you today.']);
  });
});
