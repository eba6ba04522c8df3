// The service worker's answers about the contact memory: what is recorded (and what never is),
// the cards for a compose window, notes, and the cross-thread follow-up count in analysis.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import browser from 'webextension-polyfill';
import type { Finding } from '../../src/engine/draft';
import type { Contact } from '../../src/memory/contacts';
import { savePersonal } from '../../src/settings/storage';
import { fake, resetFake } from '../fakes/browser';

const ask = <T>(message: unknown) => browser.runtime.sendMessage(message) as Promise<T>;
const DAY = 86_400_000;
const now = Date.now();

beforeAll(async () => {
  await import('../../src/background/index');
});
beforeEach(resetFake);

describe('contact memory in the service worker', () => {
  it('records people outside the company, never the user nor colleagues', async () => {
    await savePersonal({ ownDomains: ['brightledger.io'] });
    await ask({
      type: 'toBackground/record',
      self: ['Sam Ortiz <sam@gmail.com>'],
      sightings: [
        { address: 'Dana <dana@northwind.com>', at: now - DAY, kind: 'sent' },
        { address: 'priya@brightledger.io', at: now, kind: 'sent' },
        { address: 'sam@gmail.com', at: now, kind: 'reply' },
        { address: 'dana@northwind.com', at: now, kind: 'reply' },
      ],
    });
    expect([...fake.local.store.keys()].filter((k) => k.startsWith('contact:'))).toEqual(['contact:dana@northwind.com']);
    const [card] = await ask<Contact[]>({ type: 'toBackground/contacts', addresses: ['Dana <dana@northwind.com>', 'priya@brightledger.io'] });
    expect(card).toMatchObject({ address: 'dana@northwind.com', sent: [Math.floor((now - DAY) / 1000)], replies: [Math.floor(now / 1000)] });
  });

  it('remembers people at the mailbox provider the user writes from (a gmail.com user, gmail.com customers)', async () => {
    await ask({
      type: 'toBackground/record',
      self: ['Sam Ortiz <sam@gmail.com>'],
      sightings: [
        { address: 'Lee <lee.bakery@gmail.com>', at: now, kind: 'sent' },
        { address: 'sam@gmail.com', at: now, kind: 'sent' },
      ],
    });
    expect([...fake.local.store.keys()].filter((k) => k.startsWith('contact:'))).toEqual(['contact:lee.bakery@gmail.com']);
  });

  it("forgets the user's own address, remembered from a thread read before any compose window showed it", async () => {
    await ask({ type: 'toBackground/record', self: [], sightings: [{ address: 'Sam Ortiz <sam@brightledger.io>', at: now - DAY, kind: 'reply' }] });
    expect(fake.local.store.has('contact:sam@brightledger.io')).toBe(true);
    await ask({ type: 'toBackground/record', self: ['Sam Ortiz <sam@brightledger.io>'], sightings: [{ address: 'dana@northwind.com', at: now, kind: 'sent' }] });
    expect([...fake.local.store.keys()].filter((k) => k.startsWith('contact:'))).toEqual(['contact:dana@northwind.com']);
  });

  it('with memory switched off, records nothing and shows nothing', async () => {
    await ask({ type: 'toBackground/record', self: [], sightings: [{ address: 'dana@northwind.com', at: now, kind: 'sent' }] });
    await savePersonal({ contactMemory: false });
    await ask({ type: 'toBackground/record', self: [], sightings: [{ address: 'omar@globex.com', at: now, kind: 'sent' }] });
    expect(fake.local.store.has('contact:omar@globex.com')).toBe(false);
    expect(await ask<Contact[]>({ type: 'toBackground/contacts', addresses: ['dana@northwind.com'] })).toEqual([]);
  });

  it('saves notes, and refuses a bad one by name', async () => {
    expect(await ask({ type: 'toBackground/note', address: 'dana@northwind.com', note: 'Daughter starting college' })).toEqual({ ok: true });
    expect(fake.local.store.get('contact:dana@northwind.com')).toEqual({ n: 'Daughter starting college' });
    const bad = await ask<{ ok: boolean; error: string }>({ type: 'toBackground/note', address: 'dana@northwind.com', note: 'x'.repeat(1001) });
    expect(bad.ok).toBe(false);
    expect(bad.error).toMatch(/^note: /);
  });

  it('flags a new thread to someone who has not answered the last two, across threads', async () => {
    const draft = { from: 'sam@brightledger.io', to: ['Dana <dana@northwind.com>'], subject: 'A new idea', body: 'Hi Dana,\n\nWould a short write-up on month-end close be useful?\n\nSam' };
    const rules = async () => (await ask<Finding[]>({ type: 'toBackground/analyze', draft })).map((f) => f.rule);
    expect(await rules()).not.toContain('follow-up-across-threads');
    await ask({ type: 'toBackground/record', self: [], sightings: [{ address: 'dana@northwind.com', at: now - 9 * DAY, kind: 'sent' }, { address: 'dana@northwind.com', at: now - 2 * DAY, kind: 'sent' }] });
    expect(await rules()).toContain('follow-up-across-threads');
    await ask({ type: 'toBackground/record', self: [], sightings: [{ address: 'dana@northwind.com', at: now - DAY, kind: 'reply' }] });
    expect(await rules()).not.toContain('follow-up-across-threads');
  });
});
