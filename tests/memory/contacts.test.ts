import { beforeEach, describe, expect, it } from 'vitest';
import {
  applyChanges,
  deleteAll,
  deleteContact,
  enforceRetention,
  exportContacts,
  importContacts,
  listContacts,
  lookup,
  MAX_DATES,
  record,
  setNote,
  unansweredSends,
} from '../../src/memory/contacts';
import browser, { fake, resetFake } from '../fakes/browser';

beforeEach(resetFake);

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 23, 12);
const s = (ms: number) => Math.floor(ms / 1000);

describe('contact memory', () => {
  it('applyChanges brings a listed memory up to date as listing it again would, keeping untouched contacts as they were', async () => {
    await fake.local.set({
      'contact:a@x.com': { s: [s(NOW - 3 * DAY)] },
      'contact:b@x.com': { s: [s(NOW - 2 * DAY)], n: 'old note' },
      'contact:c@x.com': { r: [s(NOW - DAY)] },
      settingsVersion: 2,
    });
    const before = await listContacts();
    const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
    browser.storage.onChanged.addListener((c: unknown) => Object.assign(changes, c));
    await fake.local.set({ 'contact:a@x.com': { s: [s(NOW - 3 * DAY), s(NOW)] }, 'contact:d@x.com': { n: 'new' }, other: 1 });
    await fake.local.remove('contact:c@x.com');
    await fake.local.set({ 'contact:b@x.com': 'not an object' });
    const after = applyChanges(before, changes);
    expect(after).toEqual(await listContacts());
    expect(after.map((c) => c.address)).toEqual(['a@x.com', 'd@x.com']);
    // Nothing named a@x.com's neighbours: an unchanged contact keeps its object.
    const again = applyChanges(after, { 'contact:e@x.com': { newValue: { s: [s(NOW - 9 * DAY)] } } });
    expect(again[0]).toBe(after[0]);
    expect(again.map((c) => c.address)).toEqual(['a@x.com', 'e@x.com', 'd@x.com']);
  });

  it('records sends and replies by address, case-folded, dates ascending without repeats', async () => {
    await record(
      [
        { address: 'Dana@Northwind.com', at: NOW - 2 * DAY, kind: 'sent' },
        { address: 'dana@northwind.com', at: NOW - 5 * DAY, kind: 'sent' },
        { address: 'dana@northwind.com', at: NOW - 5 * DAY, kind: 'sent' },
        { address: 'dana@northwind.com', at: NOW - DAY, kind: 'reply' },
        { address: 'no address', at: NOW, kind: 'sent' },
      ],
      365,
      NOW,
    );
    expect(await lookup(['DANA@northwind.com', 'omar@globex.com'])).toEqual([
      { address: 'dana@northwind.com', sent: [s(NOW - 5 * DAY), s(NOW - 2 * DAY)], replies: [s(NOW - DAY)], note: '' },
    ]);
    expect([...fake.local.store.keys()]).toEqual(['contact:dana@northwind.com']);
  });

  it('keeps each contact bounded: the latest dates only', async () => {
    const many = Array.from({ length: MAX_DATES + 20 }, (_, i) => ({ address: 'a@b.com', at: NOW - i * 60_000, kind: 'sent' as const }));
    await record(many, 365, NOW);
    const [c] = await lookup(['a@b.com']);
    expect(c!.sent).toHaveLength(MAX_DATES);
    expect(c!.sent.at(-1)).toBe(s(NOW));
  });

  it('notes round trip, a too-long note is refused by name, an empty note on a bare contact forgets it', async () => {
    expect((await setNote('sam@acme.com', 'Prefers email; reconnect after Q3')).ok).toBe(true);
    expect((await lookup(['sam@acme.com']))[0]!.note).toBe('Prefers email; reconnect after Q3');
    const long = await setNote('sam@acme.com', 'x'.repeat(1001));
    expect(long.ok ? '' : long.error).toMatch(/^note: /);
    expect((await lookup(['sam@acme.com']))[0]!.note).toBe('Prefers email; reconnect after Q3');
    await setNote('sam@acme.com', '');
    expect(await lookup(['sam@acme.com'])).toEqual([]);
  });

  it('retention drops old dates, and contacts with nothing left', async () => {
    await record([{ address: 'old@x.com', at: NOW - 400 * DAY, kind: 'sent' }, { address: 'mixed@x.com', at: NOW - 400 * DAY, kind: 'sent' }, { address: 'mixed@x.com', at: NOW - 10 * DAY, kind: 'reply' }], 3650, NOW);
    await setNote('noted@x.com', 'keep me');
    expect(await enforceRetention(365, NOW)).toBe(2);
    expect((await listContacts()).map((c) => [c.address, c.sent.length, c.replies.length])).toEqual([
      ['mixed@x.com', 0, 1],
      ['noted@x.com', 0, 0],
    ]);
    // New records past retention are not kept either.
    await record([{ address: 'new@x.com', at: NOW - 500 * DAY, kind: 'sent' }], 365, NOW);
    expect(await lookup(['new@x.com'])).toEqual([{ address: 'new@x.com', sent: [], replies: [], note: '' }]);
  });

  it('deletes one, and all', async () => {
    await record([{ address: 'a@x.com', at: NOW, kind: 'sent' }, { address: 'b@x.com', at: NOW, kind: 'sent' }], 365, NOW);
    fake.local.store.set('reviewTeam', 'vendor.io');
    await deleteContact('A@x.com');
    expect((await listContacts()).map((c) => c.address)).toEqual(['b@x.com']);
    expect(await deleteAll()).toBe(1);
    expect(await listContacts()).toEqual([]);
    expect(fake.local.store.get('reviewTeam')).toBe('vendor.io');
  });

  it('exports and imports; a bad file changes nothing and names the field', async () => {
    await record([{ address: 'a@x.com', at: NOW, kind: 'sent' }], 365, NOW);
    await setNote('a@x.com', 'met at the expo');
    const file = await exportContacts();
    const before = structuredClone(Object.fromEntries(fake.local.store));
    const bad = JSON.stringify({ tactfulContacts: 1, contacts: [{ address: 'b@x.com', sent: [1] }, { address: 'nope', sent: [] }] });
    const refused = await importContacts(bad);
    expect(refused.ok ? '' : refused.error).toMatch(/^contacts\[1\]\.address: /);
    expect(Object.fromEntries(fake.local.store)).toEqual(before);
    expect((await importContacts('{"tactfulContacts": 1,')).ok).toBe(false);
    expect(Object.fromEntries(fake.local.store)).toEqual(before);
    await deleteAll();
    expect(await importContacts(file)).toEqual({ ok: true, value: 1 });
    expect(await lookup(['a@x.com'])).toEqual([{ address: 'a@x.com', sent: [s(NOW)], replies: [], note: 'met at the expo' }]);
  });

  it('counts the sends since the last reply seen', () => {
    expect(unansweredSends({ sent: [10, 20, 30], replies: [] })).toBe(3);
    expect(unansweredSends({ sent: [10, 20, 30], replies: [15] })).toBe(2);
    expect(unansweredSends({ sent: [10], replies: [40] })).toBe(0);
  });
});
