// Proves the real-browser harness itself: the fixture page is served as https://mail.google.com
// under a strict script policy, the production extension is loaded (its service worker runs),
// the page's own script works, and nothing is fetched from anywhere else.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CSP, FIXTURE_BASE, ORIGIN, launch, sentLog, type Harness } from './harness';
import { COMPOSE, editors } from './gmail-page';

describe('real-browser harness', () => {
  let h: Harness;
  let page: Page;

  beforeAll(async () => {
    h = await launch();
  });

  afterAll(async () => {
    await h?.close();
  });

  it('loads the production extension: its service worker runs', () => {
    expect(h.extensionId).toMatch(/^[a-p]{32}$/);
    const workers = h.context.serviceWorkers().map((w) => w.url());
    expect(workers).toContain(`${h.extensionOrigin}/background.js`);
  });

  it('serves a fixture as https://mail.google.com under a strict script policy, and its own script runs', async () => {
    const response = h.context.waitForEvent('response', (r) => r.url() === `${FIXTURE_BASE}docked-chips.html`);
    page = await h.openFixture('docked-chips.html');
    const headers = (await response).headers();
    expect(headers['content-security-policy']).toBe(CSP);
    expect(page.url()).toBe(`${FIXTURE_BASE}docked-chips.html`);
    expect(await page.evaluate(() => location.origin)).toBe(ORIGIN);
    expect(await page.evaluate(() => window.isSecureContext)).toBe(true);

    // The page script (gmail-page.js, loaded by a relative URL) ran: Compose opens another compose.
    expect(h.requests.map((r) => r.url)).toContain(`${FIXTURE_BASE}gmail-page.js`);
    const before = await editors(page).count();
    expect(before).toBeGreaterThan(0);
    await page.locator(COMPOSE).first().click();
    await expect.poll(() => editors(page).count(), { timeout: 5000 }).toBe(before + 1);
    expect(await sentLog(page)).toEqual([]);
  });

  it('saw no page error, no console error and no request other than the fixture server', async () => {
    await page.waitForTimeout(300);
    expect(h.pageErrors).toEqual([]);
    expect(h.consoleErrors).toEqual([]);
    expect(h.foreignRequests()).toEqual([]);
    expect(h.extensionRequests()).toEqual([]);
    expect(h.requests.length).toBeGreaterThanOrEqual(2);
    // Every request reached the fixture server as mail.google.com, and only for fixture files.
    for (const hit of h.serverHits) {
      expect(hit.host).toBe('mail.google.com');
      expect(hit.path === '/favicon.ico' || hit.path.startsWith('/mail/')).toBe(true);
      if (hit.path !== '/favicon.ico') expect(hit.status).toBe(200);
    }
  });

  it('enforces the policy: an inline script cannot run on the page', async () => {
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__tactfulInlineRan = true';
      document.head.append(script);
      return (window as unknown as { __tactfulInlineRan?: boolean }).__tactfulInlineRan === true;
    });
    expect(ran).toBe(false);
    await expect.poll(() => h.consoleErrors.some((e) => e.includes('Content Security Policy')), { timeout: 2000 }).toBe(true);
  });
});
