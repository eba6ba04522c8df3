// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { composersOf, loadFixture } from './fixture-page';
import { outlook } from '../../src/sites/outlook';
import type { Composer } from '../../src/sites/types';

const load = (name: string): void => loadFixture('outlook', name);

const composers = (): Composer[] => composersOf(outlook);

describe('Outlook adapter', () => {
  it('matches the Outlook hosts only', () => {
    for (const host of ['outlook.live.com', 'outlook.office.com', 'outlook.office365.com', 'outlook.cloud.microsoft']) {
      expect(outlook.matches(new URL(`https://${host}/mail/`))).toBe(true);
    }
    expect(outlook.matches(new URL('https://mail.google.com/'))).toBe(false);
  });

  it('reads a new message: To, Cc and Bcc in order, a name-only chip kept as a name', () => {
    load('compose-new.html');
    const [c, ...more] = composers();
    expect(more).toHaveLength(0);
    const draft = c!.readDraft();
    expect(draft.to).toEqual(['Dana Whitfield <dana.whitfield@northwind-health.com>']);
    expect(draft.cc).toEqual([]);
    expect(draft.bcc).toEqual(['Priya Shah']);
    expect(draft.subject).toBe('Quick call about month-end close');
    expect(draft.body).toContain("I've put 30 minutes on your calendar for Thursday at 10");
    expect(draft.body?.startsWith('Hi Dana,\n\n')).toBe(true);
    expect(c!.editor?.getAttribute('aria-multiline')).toBe('true');
  });

  it('reads a reply without the quoted original, which becomes the thread', () => {
    load('compose-reply.html');
    const [c] = composers();
    const draft = c!.readDraft();
    expect(draft.subject).toBe('RE: Pricing for Q3');
    expect(draft.body).toContain('I understand the timing is not right.');
    expect(draft.body).not.toContain('decided not to go ahead');
    expect(draft.thread?.[0]?.from).toContain('marta.silva@porto-logistics.pt');
    expect(draft.thread?.[0]?.body).toContain('we have decided not to go ahead this year');
  });

  it('reads a pop-out compose window', () => {
    load('compose-popout.html');
    const [c, ...more] = composers();
    expect(more).toHaveLength(0);
    expect(c!.root.getAttribute('data-app-section')).toBe('Form_Content');
    const draft = c!.readDraft();
    expect(draft.to).toEqual(['Dana Whitfield <dana.whitfield@northwind-health.com>']);
    expect(draft.subject).toBe('Quick call about month-end close');
    expect(draft.body).toContain('please propose another time');
  });

  it('ignores a stale compose pane left hidden in the page', () => {
    load('compose-docked.html');
    const found = composers();
    expect(found).toHaveLength(1);
    const draft = found[0]!.readDraft();
    expect(draft.to).toEqual(['Luis Romero <luis.romero@harbor-freight-co.com>']);
    expect(draft.subject).toBe('Notes from Tuesday');
  });

  it('reads a German compose without English labels', () => {
    load('compose-de.html');
    const [c] = composers();
    const draft = c!.readDraft();
    expect(draft.to).toEqual(['Jonas Weber <jonas.weber@rheinwerk-bau.de>']);
    expect(draft.body).toContain('I reached out to your manager');
  });

  it("reads Outlook's new-event form as an invite", () => {
    load('calendar-new-event.html');
    const [c] = composers();
    const draft = c!.readDraft();
    expect(draft.kind).toBe('invite');
    expect(draft.invite?.title).toBe('Month-end close walkthrough');
    expect(draft.invite?.attendees).toEqual(['Dana Whitfield <dana.whitfield@northwind-health.com>']);
    expect(draft.body).toContain("If this time doesn't work, let me know a better one.");
  });

  it('places the guard by Send, outside the editor, and maps offsets to the same text', () => {
    load('compose-new.html');
    const [c] = composers();
    const { parent } = c!.guardSlot();
    expect(c!.editor!.contains(parent)).toBe(false);
    const body = c!.readDraft().body!;
    const at = body.indexOf('please propose another time');
    expect(c!.bodyRange(at, at + 27)?.toString()).toBe('please propose another time');
  });
});
