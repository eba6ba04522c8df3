// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { composersOf, loadFixture } from './fixture-page';
import { analyze } from '../../src/engine/analyze';
import { DraftSchema } from '../../src/engine/draft';
import { googleCalendar } from '../../src/sites/google-calendar';
import type { Composer } from '../../src/sites/types';

const load = (name: string): void => loadFixture('google-calendar', name);

const composers = (): Composer[] => composersOf(googleCalendar);

const risky = (name: string) => {
  load(name);
  const [c] = composers();
  const findings = analyze(DraftSchema.parse(c!.readDraft()));
  return findings.filter((f) => f.severity !== 'info');
};

describe('Google Calendar adapter', () => {
  it('matches Google Calendar only', () => {
    expect(googleCalendar.matches(new URL('https://calendar.google.com/calendar/r/eventedit'))).toBe(true);
    expect(googleCalendar.matches(new URL('https://mail.google.com/'))).toBe(false);
  });

  it('reads the full editor as an invite: title, times, external guests, description; the owner is the organiser', () => {
    load('event-editor.html');
    const [c, ...more] = composers();
    expect(more).toHaveLength(0);
    const draft = c!.readDraft();
    expect(draft.kind).toBe('invite');
    expect(draft.from).toBe('sam@brightledger.io');
    expect(draft.invite?.title).toBe('Month-end close walkthrough');
    expect(draft.invite?.attendees).toEqual(['dana.whitfield@northwind-health.com']);
    expect(draft.invite?.start).toMatch(/10/);
    expect(draft.body).toContain("If this time doesn't work, let me know a better one.");
  });

  it('reads the quick-create dialog', () => {
    load('quick-create.html');
    const [c] = composers();
    const draft = c!.readDraft();
    expect(draft.kind).toBe('invite');
    expect(draft.invite?.title).toBe('Intro call');
    expect(draft.invite?.attendees).toEqual(['omar@fenwick-labs.io']);
  });

  it('stops an unagreed invite to an external guest, and neither an internal meeting nor an agreed one', () => {
    expect(risky('event-editor.html').length).toBeGreaterThan(0);
    expect(risky('event-editor-internal.html')).toEqual([]);
    expect(risky('event-editor-agreed.html')).toEqual([]);
  });
});
