// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { composersOf, loadFixture } from './fixture-page';
import { gmail } from '../../src/sites/gmail';
import type { Composer } from '../../src/sites/types';
import { EditableText } from '../../src/sites/editable-text';

const load = (name: string): void => loadFixture('gmail', name);

const composers = (): Composer[] => composersOf(gmail);

describe('Gmail adapter', () => {
  it('matches Gmail only', () => {
    expect(gmail.matches(new URL('https://mail.google.com/mail/u/0/#inbox'))).toBe(true);
    expect(gmail.matches(new URL('https://calendar.google.com/'))).toBe(false);
  });

  it('reads a docked compose with the chip recipient UI, Bcc included', () => {
    load('docked-chips.html');
    const [c, ...more] = composers();
    expect(more).toHaveLength(0);
    const draft = c!.readDraft();
    expect(draft.to).toEqual(['Dana Whitfield <dana.whitfield@northwind-health.com>']);
    expect(draft.bcc).toEqual(['Priya Shah <priya.shah@northwind-health.com>']);
    expect(draft.cc).toEqual([]);
    expect(draft.subject).toBe('Quick call about month-end close');
    expect(draft.body).toContain("I've put 30 minutes on your calendar for Thursday at 10");
    expect(draft.body?.startsWith('Hi Dana,\n\n')).toBe(true);
    expect(draft.from).toBe('sam@brightledger.io');
    expect(draft.inReplyTo).toBeUndefined();
    expect(c!.editor?.getAttribute('contenteditable')).toBe('true');
  });

  it('reads the classic recipient UI', () => {
    load('docked-classic.html');
    const [c] = composers();
    const draft = c!.readDraft();
    expect(draft.to).toEqual(['Luis Romero <luis.romero@harbor-freight-co.com>']);
    expect(draft.subject).toBe('Notes from Tuesday');
    expect(draft.body).toContain('Thanks for the time on Tuesday.');
  });

  it('reads a full-screen compose', () => {
    load('fullscreen.html');
    const [c] = composers();
    expect(c!.readDraft().to).toEqual(['Omar Haddad <omar@fenwick-labs.io>']);
    expect(c!.readDraft().body).toContain('Just bumping this');
  });

  it('reads a pop-out reply: the body without the quoted history, which becomes the thread', () => {
    load('popout.html');
    const [c] = composers();
    const draft = c!.readDraft();
    expect(draft.body).toContain('I understand the timing is not right.');
    expect(draft.body).not.toContain('decided not to go ahead');
    expect(draft.thread?.[0]?.from).toContain('marta.silva@porto-logistics.pt');
    expect(draft.thread?.[0]?.body).toContain('we have decided not to go ahead this year');
    expect(draft.inReplyTo).toBeTruthy();
  });

  it('reads an inline reply with the earlier messages of the thread and their senders', () => {
    load('inline-reply.html');
    const [c] = composers();
    const draft = c!.readDraft();
    expect(draft.subject).toBe('Pilot for the Lisbon depot');
    expect(draft.body).toContain('Per my last email');
    expect(draft.thread?.map((m) => m.from.match(/<([^>]+)>/)?.[1] ?? m.from)).toEqual([
      'sam@brightledger.io',
      'ana.costa@lisbon-depot.pt',
      'sam@brightledger.io',
    ]);
    expect(draft.thread?.[1]?.body).toContain('Could you send more detail on pricing');
  });

  it('reads a compose in another language without English labels', () => {
    load('locale-de.html');
    const [c] = composers();
    const draft = c!.readDraft();
    expect(draft.to).toEqual(['Jonas Weber <jonas.weber@rheinwerk-bau.de>']);
    expect(draft.subject).toBe('Kurze Frage');
    expect(draft.body).toContain('I reached out to your manager');
  });

  it('places the guard outside the editor and maps body offsets to ranges of the same text', () => {
    load('docked-chips.html');
    const [c] = composers();
    const { parent } = c!.guardSlot();
    expect(c!.editor!.contains(parent)).toBe(false);
    const body = c!.readDraft().body!;
    const at = body.indexOf('please propose another time');
    expect(at).toBeGreaterThan(0);
    expect(c!.bodyRange(at, at + 'please propose another time'.length)?.toString()).toBe('please propose another time');
  });

  it('finds composers that open later and ends those that close', async () => {
    load('docked-chips.html');
    const closed: AbortSignal[] = [];
    composersOf(gmail, (signal) => closed.push(signal));
    expect(closed).toHaveLength(1);
    const compose = document.querySelector('div.M9')!;
    const copy = compose.cloneNode(true) as Element;
    compose.parentElement!.appendChild(copy);
    await new Promise((r) => setTimeout(r, 50));
    expect(closed).toHaveLength(2);
    copy.remove();
    await new Promise((r) => setTimeout(r, 50));
    expect(closed[1]!.aborted).toBe(true);
    expect(closed[0]!.aborted).toBe(false);
  });

  it('rewrites the subject in place and tells the page', () => {
    load('docked-chips.html');
    const [c] = composers();
    const input = document.querySelector<HTMLInputElement>('input[name=subjectbox]')!;
    let inputs = 0;
    input.addEventListener('input', () => inputs++);
    expect(c!.replace('subject', 0, 5, 'A short')).toBe(true);
    expect(input.value).toBe('A short call about month-end close');
    expect(inputs).toBe(1);
  });

  it('never throws on a compose missing its parts: a partial draft', () => {
    document.body.innerHTML = '<div class="M9"><form></form></div>';
    const [c] = composers();
    expect(c!.readDraft()).toMatchObject({ to: [], cc: [], bcc: [], subject: '', body: '' });
    expect(c!.replace('body', 0, 1, 'x')).toBe(false);
    expect(c!.bodyRange(0, 1)).toBeNull();
  });
});

describe('EditableText', () => {
  it('gives one line per block and maps offsets back to the DOM', () => {
    document.body.innerHTML = '<div id="e"><div>Hi Dana,</div><div><br></div><div>Line <b>two</b> here.</div></div>';
    const t = new EditableText(document.getElementById('e')!);
    expect(t.text).toBe('Hi Dana,\n\nLine two here.\n');
    const at = t.text.indexOf('two here');
    expect(t.range(at, at + 8)?.toString()).toBe('two here');
    expect(t.range(0, t.text.length + 5)).toBeNull();
  });
});
