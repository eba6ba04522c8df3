// The extension's own pages in a real Chromium with the production build, opened by extension
// id: the popup on a Gmail compose (findings, checklist, a rewrite, the toolbar badge), the
// options page changing a rule and a guarded compose following, a bad import refused with
// settings unchanged, an organisation policy shown locked, and both pages checked with axe-core
// (no serious or critical violations, light and dark) and driven by keyboard.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seriousViolations } from './axe';
import { canInstallPolicy, guard, launch, type Harness } from './harness';

const TIMEOUT = 5000;

/** The personal settings in sync storage, read by the service worker. */
async function syncStorage(h: Harness): Promise<Record<string, unknown>> {
  return h.worker.evaluate(() => (globalThis as unknown as { chrome: { storage: { sync: { get(k: null): Promise<Record<string, unknown>> } } } }).chrome.storage.sync.get(null));
}

async function guardCount(page: Page): Promise<number> {
  const g = guard(page);
  await expect.poll(async () => /^\d+$/.test((await g.findings()) ?? ''), { timeout: TIMEOUT }).toBe(true);
  return Number(await g.findings());
}

describe('popup and options page', () => {
  let h: Harness;
  let pages: Page[] = [];
  const open = async (p: Promise<Page>) => {
    const page = await p;
    pages.push(page);
    return page;
  };

  beforeAll(async () => {
    h = await launch();
  });
  afterAll(async () => {
    await h?.close();
  });
  afterEach(async () => {
    for (const page of pages) await page.close().catch(() => undefined);
    pages = [];
    await h.worker.evaluate(() => (globalThis as unknown as { chrome: { storage: { sync: { clear(): Promise<void> } } } }).chrome.storage.sync.clear());
  });

  it('the popup shows the compose\'s findings by category, ticks the checklist, applies a rewrite, and the toolbar badge counts them', async () => {
    const gmail = await open(h.openFixture('docked-chips.html'));
    await expect.poll(() => guardCount(gmail), { timeout: TIMEOUT }).toBeGreaterThan(0);
    const count = await guardCount(gmail);
    const tabId = await h.tabOnHost('mail.google.com');
    const badge = () =>
      h.worker.evaluate((id) => (globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }).chrome.action.getBadgeText({ tabId: id }), tabId);
    await expect.poll(badge, { timeout: TIMEOUT }).toBe(String(count));

    const popup = await open(h.openExtensionPage(`popup.html?tab=${tabId}`));
    const items = popup.locator('[data-tactful=draft] [data-rule]');
    await expect.poll(() => items.count(), { timeout: TIMEOUT }).toBe(count);
    expect(await popup.locator('[data-category]').count()).toBeGreaterThan(0);
    expect(await popup.locator('[data-category=presumptive-appointment] [data-rule]').count()).toBeGreaterThan(0);

    const box = popup.locator('[data-tactful=checklist] input[type=checkbox]').first();
    await box.check();
    // Ticks live with the draft: a popup opened again shows them.
    const again = await open(h.openExtensionPage(`popup.html?tab=${tabId}`));
    await expect.poll(() => again.locator('[data-tactful=checklist] input[type=checkbox]').first().isChecked(), { timeout: TIMEOUT }).toBe(true);

    await popup.locator('[data-action=apply]').first().click();
    await expect.poll(() => guardCount(gmail), { timeout: TIMEOUT }).toBeLessThan(count);
    await expect.poll(() => items.count(), { timeout: TIMEOUT }).toBeLessThan(count);
    await expect.poll(badge, { timeout: TIMEOUT }).toBe(String(await guardCount(gmail)));
  });

  it("the popup's switch pauses Tactful on the site, which removes the guard, and resumes it", async () => {
    const gmail = await open(h.openFixture('docked-chips.html'));
    await guardCount(gmail);
    const tabId = await h.tabOnHost('mail.google.com');
    const popup = await open(h.openExtensionPage(`popup.html?tab=${tabId}`));
    const toggle = popup.locator('input[data-action=pause]');
    await expect.poll(() => toggle.isChecked(), { timeout: TIMEOUT }).toBe(true);
    await toggle.uncheck();
    await expect.poll(() => gmail.locator('tactful-guard').count(), { timeout: TIMEOUT }).toBe(0);
    await expect.poll(() => popup.locator('[data-tactful=site]').textContent(), { timeout: TIMEOUT }).toContain('paused on mail.google.com');
    await toggle.check();
    await expect.poll(() => gmail.locator('tactful-guard').count(), { timeout: TIMEOUT }).toBe(1);
  });

  it('the popup on a page Tactful does not guard says where it works', async () => {
    const popup = await open(h.openExtensionPage('popup.html'));
    await expect.poll(() => popup.locator('[data-tactful=inactive]').textContent(), { timeout: TIMEOUT }).toContain('mail.google.com');
  });

  it('switching a rule off in the options page updates an open compose at once', async () => {
    const gmail = await open(h.openFixture('docked-chips.html'));
    await expect.poll(() => guardCount(gmail), { timeout: TIMEOUT }).toBeGreaterThan(0);
    const before = await guardCount(gmail);
    const tabId = await h.tabOnHost('mail.google.com');
    const state = await h.worker.evaluate(
      (id) => (globalThis as unknown as { chrome: { tabs: { sendMessage(i: number, m: unknown): Promise<{ draft: { findings: { rule: string }[] } }> } } }).chrome.tabs.sendMessage(id, { type: 'toContent/getState' }),
      tabId,
    );
    const rule = state.draft.findings[0]!.rule;
    const ofRule = state.draft.findings.filter((f) => f.rule === rule).length;

    const options = await open(h.openExtensionPage('options.html'));
    const enabled = options.locator(`[data-rule="${rule}"] input[data-field=enabled]`);
    await expect.poll(() => enabled.isChecked(), { timeout: TIMEOUT }).toBe(true);
    await enabled.uncheck();
    await expect.poll(() => guardCount(gmail), { timeout: TIMEOUT }).toBe(before - ofRule);
    expect((await syncStorage(h)).rules).toEqual({ [rule]: expect.objectContaining({ enabled: false }) });
    await enabled.check();
    await expect.poll(() => guardCount(gmail), { timeout: TIMEOUT }).toBe(before);
  });

  it('a bad policy file is refused with the field named, and settings stay as they were', async () => {
    const options = await open(h.openExtensionPage('options.html'));
    const limit = options.locator('input[data-field=followUpLimit]');
    await limit.fill('4');
    await limit.press('Tab');
    await expect.poll(async () => (await syncStorage(h)).followUpLimit, { timeout: TIMEOUT }).toBe(4);
    const before = await syncStorage(h);

    const bad = { followUpLimit: 9, customPhrases: [{ phrase: 'circle back', category: 'rude', message: 'Feels like a chase.' }] };
    await options.locator('input[type=file][data-action=import]').setInputFiles({ name: 'team-policy.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
    const error = options.locator('[data-tactful=import-error]');
    await expect.poll(() => error.textContent(), { timeout: TIMEOUT }).toContain('customPhrases[0].category');
    expect(await error.getAttribute('role')).toBe('alert');
    expect(await syncStorage(h)).toEqual(before);
    expect(await limit.inputValue()).toBe('4');

    await options.locator('input[type=file][data-action=import]').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"followUpLimit": 9,') });
    await expect.poll(() => error.textContent(), { timeout: TIMEOUT }).toMatch(/JSON/);
    expect(await syncStorage(h)).toEqual(before);
  });

  it('popup and options pass axe-core with no serious violations, in light and dark', async () => {
    const gmail = await open(h.openFixture('docked-chips.html'));
    await expect.poll(() => guardCount(gmail), { timeout: TIMEOUT }).toBeGreaterThan(0);
    const tabId = await h.tabOnHost('mail.google.com');
    for (const colorScheme of ['light', 'dark'] as const) {
      const popup = await open(h.openExtensionPage(`popup.html?tab=${tabId}`));
      await popup.emulateMedia({ colorScheme });
      await popup.locator('[data-tactful=draft] [data-rule]').first().waitFor();
      expect(await seriousViolations(popup), `popup, ${colorScheme}`).toEqual([]);
      const inactive = await open(h.openExtensionPage('popup.html'));
      await inactive.emulateMedia({ colorScheme });
      await inactive.locator('[data-tactful=inactive]').waitFor();
      expect(await seriousViolations(inactive), `popup elsewhere, ${colorScheme}`).toEqual([]);
      const options = await open(h.openExtensionPage('options.html'));
      await options.emulateMedia({ colorScheme });
      await options.locator('[data-rule]').first().waitFor();
      expect(await seriousViolations(options), `options, ${colorScheme}`).toEqual([]);
    }
  });

  it('the keyboard reaches and works every control that matters', async () => {
    const gmail = await open(h.openFixture('docked-chips.html'));
    await expect.poll(() => guardCount(gmail), { timeout: TIMEOUT }).toBeGreaterThan(0);
    const tabId = await h.tabOnHost('mail.google.com');
    const popup = await open(h.openExtensionPage(`popup.html?tab=${tabId}`));
    await popup.locator('[data-tactful=checklist] input').first().waitFor();
    // Tab until the first checklist box has focus, then Space ticks it.
    const focusedIs = (page: Page, selector: string) => page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);
    let reached = false;
    for (let i = 0; i < 40 && !reached; i++) {
      await popup.keyboard.press('Tab');
      reached = await focusedIs(popup, '[data-tactful=checklist] input');
    }
    expect(reached, 'Tab reaches the checklist').toBe(true);
    await popup.keyboard.press('Space');
    await expect.poll(() => popup.locator('[data-tactful=checklist] input').first().isChecked(), { timeout: TIMEOUT }).toBe(true);

    const options = await open(h.openExtensionPage('options.html'));
    await options.locator('[data-rule] input[data-field=enabled]').first().waitFor();
    reached = false;
    for (let i = 0; i < 40 && !reached; i++) {
      await options.keyboard.press('Tab');
      reached = await focusedIs(options, '[data-rule] input[data-field=enabled]');
    }
    expect(reached, 'Tab reaches a rule switch').toBe(true);
    const rule = await options.evaluate(() => document.activeElement?.closest('[data-rule]')?.getAttribute('data-rule'));
    await options.keyboard.press('Space');
    await expect.poll(async () => ((await syncStorage(h)).rules as Record<string, { enabled: boolean }> | undefined)?.[rule!]?.enabled, { timeout: TIMEOUT }).toBe(false);
  });
});

describe('with an organisation policy (Chromium enterprise policy)', () => {
  const installable = canInstallPolicy();
  let h: Harness;
  const policy = { rules: { 'presumptive-meeting': { enabled: false } }, ownDomains: ['northwind-partners.com'], followUpLimit: 3 };

  beforeAll(async () => {
    if (installable) h = await launch({ managedPolicy: policy });
  });
  afterAll(async () => {
    await h?.close();
  });

  it.skipIf(!installable)('reaches managed storage, wins over personal settings, and shows locked in the options page', async () => {
    const managed = await h.worker.evaluate(() => (globalThis as unknown as { chrome: { storage: { managed: { get(k: null): Promise<unknown> } } } }).chrome.storage.managed.get(null));
    expect(managed).toEqual(policy);

    const options = await h.openExtensionPage('options.html');
    const row = options.locator('[data-rule="presumptive-meeting"]');
    await expect.poll(() => row.getAttribute('data-locked'), { timeout: TIMEOUT }).toBe('true');
    expect(await row.textContent()).toContain('Set by your organisation');
    expect(await row.locator('input[data-field=enabled]').isDisabled()).toBe(true);
    expect(await row.locator('input[data-field=enabled]').isChecked()).toBe(false);
    const domains = options.locator('[data-field=ownDomains]');
    expect(await domains.isDisabled()).toBe(true);
    expect(await domains.inputValue()).toContain('northwind-partners.com');
    expect(await options.locator('input[data-field=followUpLimit]').isDisabled()).toBe(true);
    // An unlocked rule stays the user's to change.
    expect(await options.locator('[data-rule="bump"] input[data-field=enabled]').isDisabled()).toBe(false);

    // The compose follows the organisation: the rule it switched off reports nothing.
    const gmail = await h.openFixture('docked-chips.html');
    await expect.poll(() => guardCount(gmail), { timeout: TIMEOUT }).toBeGreaterThan(0);
    const tabId = await h.tabOnHost('mail.google.com');
    const rules = await h.worker.evaluate(
      async (id) =>
        (await (globalThis as unknown as { chrome: { tabs: { sendMessage(i: number, m: unknown): Promise<{ draft: { findings: { rule: string }[] } }> } } }).chrome.tabs.sendMessage(id, { type: 'toContent/getState' })).draft.findings.map((f) => f.rule),
      tabId,
    );
    // (Without the policy this draft gets presumptive-meeting and propose-another-time.)
    expect(rules).toContain('propose-another-time');
    expect(rules).not.toContain('presumptive-meeting');
    expect(await seriousViolations(options), 'options with a policy').toEqual([]);
  });
});
