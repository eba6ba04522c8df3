// Resilience to Gmail changes in a real Chromium with the production build. The Gmail folder
// served is tests/fixtures/gmail/renamed/ (made by tests/fixtures/rename-classes.mjs): every class
// name in the pages, and in their page script, renamed. A compose there still gets a guard that
// flags its draft and holds a risky send; a compose whose editor is gone gets no guard, the popup
// says calmly that it is not checked, and Send still sends.
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { FIXTURES, guard, launch, sentLog, type Harness } from './harness';

const TIMEOUT = 5000;
/** Gmail's Send by its logging id: the renamed pages have no class to find it by. */
const SEND = '[role="button"][jslog^="32601;"]:not([aria-haspopup="true"])';

let h: Harness;
let pages: Page[] = [];

beforeAll(async () => {
  h = await launch({ fixtures: join(FIXTURES, 'renamed') });
});

afterAll(async () => {
  await h?.close();
});

afterEach(async () => {
  for (const page of pages) await page.close().catch(() => undefined);
  pages = [];
});

async function open(name: string): Promise<Page> {
  const page = await h.openFixture(name);
  pages.push(page);
  return page;
}

describe('Gmail with every class renamed', () => {
  it('guards the compose, flags its presumptive draft, and holds Send until "Send anyway"', async () => {
    const page = await open('docked-chips.html');
    expect(await page.locator('[class~="M9"], [class~="T-I-atl"], [class~="aoO"]').count()).toBe(0);
    const g = guard(page);
    await expect.poll(() => g.all.count(), { timeout: TIMEOUT }).toBe(1);
    await expect.poll(async () => Number(await g.findings()), { timeout: TIMEOUT }).toBeGreaterThan(0);
    expect(['warning', 'error']).toContain(await g.severity());
    expect(await g.host.evaluate((el) => el.closest('[contenteditable]') === null)).toBe(true);

    await page.locator(SEND).click();
    await expect.poll(() => g.dialog.count(), { timeout: TIMEOUT }).toBe(1);
    expect(await sentLog(page)).toEqual([]);
    await g.sendAnyway.click();
    await expect.poll(async () => (await sentLog(page)).map((s) => s.subject), { timeout: TIMEOUT }).toEqual(['Quick call about month-end close']);
    expect(h.pageErrors).toEqual([]);
  });

  it('leaves a compose without its editor unguarded, says so in the popup, and Send still sends', async () => {
    const page = await open('no-editor.html');
    const tabId = await h.tabOnHost('mail.google.com');
    const popup = await h.openExtensionPage(`popup.html?tab=${tabId}`);
    pages.push(popup);
    const notice = popup.locator('[data-tactful=unguarded][role=status]');
    await expect.poll(() => notice.count(), { timeout: TIMEOUT }).toBe(1);
    expect(await notice.textContent()).toContain("Tactful can't read one compose window on this page, so it isn't checking it. Your email sends as usual.");
    expect(await notice.isVisible()).toBe(true);
    expect(await page.locator('tactful-guard').count()).toBe(0);

    await page.locator(SEND).click();
    await expect.poll(async () => (await sentLog(page)).map((s) => s.subject), { timeout: TIMEOUT }).toEqual(['Quick call about month-end close']);
    expect(await page.locator('tactful-guard').count()).toBe(0);
    expect(h.pageErrors).toEqual([]);
    expect(h.consoleErrors).toEqual([]);
  });
});
