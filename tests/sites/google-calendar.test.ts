// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/analyze';
import { DraftSchema } from '../../src/engine/draft';
import { googleCalendar } from '../../src/sites/google-calendar';
import type { Composer } from '../../src/sites/types';

function load(name: string): void {
  const html = readFileSync(join(process.cwd(), 'tests', 'fixtures', 'google-calendar', name), 'utf8');
  const doc = new DOMParser().parseFromString(html, 'text/html');
  document.documentElement.innerHTML = doc.documentElement.innerHTML;
  for (const { name: attr, value } of [...doc.body.attributes]) document.body.setAttribute(attr, value);
}

const stops: AbortController[] = [];
afterEach(() => stops.splice(0).forEach((s) => s.abort()));

function composers(): Composer[] {
  const found: Composer[] = [];
  const stop = new AbortController();
  stops.push(stop);
  googleCalendar.observe((c) => found.push(c), stop.signal);
  return found;
}

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
