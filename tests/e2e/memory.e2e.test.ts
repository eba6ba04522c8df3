// Contact memory in a real Chromium with the production build: a send from a Gmail compose is
// remembered, and the next compose to the same person shows the contact card in the panel, with
// a note that is kept across page loads. Nothing leaves the machine.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guard, launch, sentLog, type Harness } from './harness';
import { SEND } from './gmail-page';

const LUIS = 'luis.romero@harbor-freight-co.com';
const TIMEOUT = 5000;
let h: Harness;

beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

describe('contact memory', () => {
  it('after a send to Luis, the next compose to him shows when you last wrote, and keeps a note', async () => {
    const first = await h.openFixture('docked-classic.html');
    const g = guard(first);
    await expect.poll(() => g.findings(), { timeout: TIMEOUT }).toBe('0');
    // Before any send, nothing is remembered: the panel has no card.
    await g.badge.click();
    expect(await first.locator('tactful-guard [data-tactful=contact]').count()).toBe(0);
    await first.locator(SEND).first().click();
    await expect.poll(async () => (await sentLog(first)).length, { timeout: TIMEOUT }).toBe(1);
    const stored = () =>
      h.worker.evaluate((key) => (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get(key), `contact:${LUIS}`);
    await expect.poll(async () => Object.keys(await stored()).length, { timeout: TIMEOUT }).toBe(1);
    expect(JSON.stringify(await stored())).not.toMatch(/Tuesday|Hi Luis/); // dates only, no text
    await first.close();

    const next = await h.openFixture('docked-classic.html');
    const g2 = guard(next);
    await expect.poll(() => g2.findings(), { timeout: TIMEOUT }).toMatch(/^\d+$/);
    await g2.badge.click();
    const card = next.locator(`tactful-guard [data-tactful=contact][data-address="${LUIS}"]`);
    await expect.poll(() => card.count(), { timeout: TIMEOUT }).toBe(1);
    const year = String(new Date().getFullYear());
    expect(await card.textContent()).toContain('you last wrote');
    expect(await card.textContent()).toContain(year);
    expect(await card.textContent()).toContain('no reply seen');

    const note = card.locator('input[data-field=note]');
    await note.fill('Prefers email; asked to reconnect after Q3');
    await note.press('Tab');
    await expect.poll(async () => JSON.stringify(await stored()), { timeout: TIMEOUT }).toContain('reconnect after Q3');
    await next.close();

    const third = await h.openFixture('docked-classic.html');
    await guard(third).badge.click();
    await expect.poll(() => third.locator('tactful-guard [data-tactful=contact] input[data-field=note]').inputValue(), { timeout: TIMEOUT }).toBe('Prefers email; asked to reconnect after Q3');
    await third.close();
    expect(h.extensionRequests()).toEqual([]);
  });
});
