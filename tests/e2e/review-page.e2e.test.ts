// The review page (review.html) in a real Chromium with the production build: a team and the
// fixture files (an mbox, a hostile .eml, JSON Lines) read in the page's worker with progress,
// then the report; a number opening its emails and an email opening with its highlights,
// explanation and rewrite; the hostile email shown as text; a long run cancelled; files dropped
// and chosen by keyboard; the team remembered; no network; axe-core on the report in light and
// dark, with the email dialog open too.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seriousViolations } from './axe';
import { DIST, launch, ROOT, type Harness } from './harness';

const TIMEOUT = 10_000;
const FIXTURES = join(ROOT, 'tests', 'fixtures', 'review-page');
const FILES = ['sent.mbox', 'hostile.eml', 'drafts.jsonl'].map((f) => join(FIXTURES, f));

/** A big mbox made here: `count` team emails of about 5 KB each. */
function bigMbox(count: number): Buffer {
  const filler = 'We went through the figures for each site and the notes from the last quarter in detail. '.repeat(55);
  const parts: string[] = [];
  for (let i = 0; i < count; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    parts.push(
      `From sam@northpeak.io Mon Mar  2 09:00:00 2026\nFrom: Sam <sam@northpeak.io>\nTo: Dana <dana@customer${i % 50}.com>\nSubject: Report ${i}\nDate: ${day} Feb 2026 09:00:00 +0000\nMessage-ID: <${i}@big>\n\nHi Dana,\n\n${filler}\n\n${i % 10 === 0 ? 'Just bumping this to the top of your inbox.\n\n' : ''}Sam\n\n`,
    );
  }
  return Buffer.from(parts.join(''));
}

describe('review page', () => {
  let h: Harness;
  let pages: Page[] = [];
  const open = async () => {
    const page = await h.openExtensionPage('review.html');
    await page.setViewportSize({ width: 1280, height: 900 });
    pages.push(page);
    return page;
  };
  const report = (page: Page) => page.locator('[data-tactful=report]');

  /** Enters the team and gives the fixture files; resolves once the report is on screen. */
  async function review(page: Page, files: string[] = FILES): Promise<void> {
    await page.locator('#review-team').fill('northpeak.io');
    await page.locator('input[type=file][data-action=files]').setInputFiles(files);
    await report(page).waitFor({ timeout: 30_000 });
  }

  // A copy of the production build, so a build started meanwhile (npm run build elsewhere) cannot pull files from under the browser.
  let copy: string;
  beforeAll(async () => {
    copy = mkdtempSync(join(tmpdir(), 'tactful-review-e2e-'));
    cpSync(DIST, copy, { recursive: true });
    h = await launch({ extensionDir: copy });
  });
  afterAll(async () => {
    await h?.close();
    rmSync(copy, { recursive: true, force: true });
  });
  afterEach(async () => {
    for (const page of pages) await page.close().catch(() => undefined);
    pages = [];
  });

  it('reads the files in its worker with progress, then shows the report; a number opens its emails, an email its highlights, explanation and rewrite', async () => {
    const page = await open();
    const from = h.requests.length;
    // Notes every state the page goes through and the furthest the progress bar got.
    await page.evaluate(() => {
      const seen = { phases: [] as string[], progress: 0 };
      (globalThis as unknown as { seen: typeof seen }).seen = seen;
      new MutationObserver(() => {
        const phase = document.querySelector('[data-phase]')?.getAttribute('data-phase') ?? '';
        if (seen.phases[seen.phases.length - 1] !== phase) seen.phases.push(phase);
        const bar = document.querySelector('progress');
        if (bar) seen.progress = Math.max(seen.progress, bar.value / bar.max);
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    await review(page);
    const seen = await page.evaluate(() => (globalThis as unknown as { seen: { phases: string[]; progress: number } }).seen);
    expect(seen.phases.filter((p) => p !== 'input')).toEqual(['running', 'report']);
    expect(seen.progress).toBeGreaterThan(0);
    // The parsing ran in a worker, not in the page.
    expect(page.workers().length).toBeGreaterThan(0);

    expect(await report(page).getAttribute('data-emails')).toBe('38');
    expect(await page.locator('[data-tactful=share]').textContent()).toMatch(/^\d+%$/);
    expect(await page.locator('[data-tactful=other-senders]').textContent()).toBe('4');
    expect(await page.locator('[data-tactful=malformed-count]').textContent()).toBe('1');
    expect(await page.locator('[data-tactful=category-chart] svg[role=img] rect.chart-bar').count()).toBe(5);
    expect(await page.locator('svg[data-tactful=trend-chart]').getAttribute('aria-label')).toContain('week of');
    expect(await page.locator('[data-tactful=senders] tbody tr').count()).toBe(4);

    const pushy = page.locator('[data-drill="category:pushy-outreach"]');
    const count = Number(await pushy.textContent());
    expect(count).toBeGreaterThan(2);
    await pushy.click();
    const rows = page.locator('[data-tactful=drill] [data-action=open-email]');
    await expect.poll(() => rows.count(), { timeout: TIMEOUT }).toBe(count);
    expect(await page.locator('#drill-title').textContent()).toContain('Pushy outreach');

    await rows.first().click();
    const dialog = page.locator('[role=dialog][data-tactful=email]');
    await dialog.waitFor();
    const marks = dialog.locator('[data-tactful=email-body] mark');
    expect(await marks.count()).toBeGreaterThan(0);
    expect(await marks.first().textContent()).toBe('Just bumping this to the top of your inbox.');
    expect(await dialog.locator('li[data-rule=bump] [data-tactful=explanation]').first().textContent()).toContain('bumping');
    expect(await dialog.locator('li[data-rule=bump] [data-tactful=rewrite]').first().textContent()).toContain('Respect the silence');
    // Keyboard: focus is in the dialog; Escape closes it and focus returns to the email.
    expect(await page.evaluate(() => document.activeElement?.closest('[role=dialog]') !== null)).toBe(true);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-action')), { timeout: TIMEOUT }).toBe('open-email');

    expect(h.extensionRequests(from)).toEqual([]);
    expect(h.pageErrors).toEqual([]);
    expect(h.consoleErrors.filter((e) => e.includes('review.html'))).toEqual([]);
  });

  it('shows a hostile email as text: no alert, no injected image or script', async () => {
    const page = await open();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await review(page);
    await page.locator('[data-drill="rule:bump"]').click();
    const hostileRow = page.locator('[data-tactful=drill] [data-action=open-email]', { hasText: 'Pricing <img src=x onerror=alert(1)>' });
    await hostileRow.click();
    const body = page.locator('[role=dialog] [data-tactful=email-body]');
    await body.waitFor();
    const text = await body.textContent();
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).toContain('<img src=x onerror=alert(1)>');
    expect(text).toContain('<a href="javascript:alert(1)">');
    expect(await page.locator('[role=dialog] [data-tactful=email-subject]').textContent()).toBe('Pricing <img src=x onerror=alert(1)>');
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    expect(await page.locator('img[src=x], [onerror], a[href^="javascript:"]').count()).toBe(0);
    expect(await page.evaluate(() => [...document.scripts].map((s) => s.getAttribute('src')))).toEqual(['review.js']);
  });

  it('reads an mbox by bytes: an ISO-8859-1 body and a UTF-8 one, both sent as 8-bit, each in its own charset', async () => {
    const page = await open();
    const message = (charset: string, subject: string) =>
      `From sender@example.com Mon Mar  2 09:00:00 2026\nFrom: Tom <tom@northpeak.io>\nTo: Dana <dana@customer.com>\nSubject: ${subject}\nMessage-ID: <${subject}@x>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=${charset}\nContent-Transfer-Encoding: 8bit\n\n`;
    const buffer = Buffer.concat([
      Buffer.from(message('iso-8859-1', 'Latin'), 'latin1'),
      Buffer.from('Just bumping this: le café à Genève est réservé.\n\n', 'latin1'),
      Buffer.from(message('utf-8', 'Unicode'), 'utf8'),
      Buffer.from('Just bumping this: Grüße aus Zürich.\n', 'utf8'),
    ]);
    await page.locator('#review-team').fill('northpeak.io');
    await page.locator('input[type=file][data-action=files]').setInputFiles({ name: 'mixed.mbox', mimeType: 'application/mbox', buffer });
    await report(page).waitFor({ timeout: 30_000 });
    await page.locator('[data-drill="rule:bump"]').click();
    const body = page.locator('[role=dialog] [data-tactful=email-body]');
    for (const [subject, text] of [['Latin', 'le café à Genève est réservé.'], ['Unicode', 'Grüße aus Zürich.']]) {
      await page.locator('[data-tactful=drill] [data-action=open-email]', { hasText: subject }).click();
      await body.waitFor();
      expect(await body.textContent()).toContain(text);
      await page.keyboard.press('Escape');
      await body.waitFor({ state: 'detached' });
    }
  });

  it('cancels a long run: the worker stops and the page returns to its input, with nothing of the report', async () => {
    const page = await open();
    // The page starts its worker at once (warmed up for the run): the one that will read the files.
    await expect.poll(() => page.workers().length, { timeout: TIMEOUT }).toBeGreaterThan(0);
    const runner = page.workers()[0]!;
    let stopped = false;
    runner.once('close', () => (stopped = true));
    await page.locator('#review-team').fill('northpeak.io');
    const buffer = bigMbox(6000);
    expect(buffer.length).toBeGreaterThan(20 * 1024 * 1024);
    await page.locator('input[type=file][data-action=files]').setInputFiles({ name: 'big.mbox', mimeType: 'application/mbox', buffer });
    const bar = page.locator('progress[data-tactful=progress-bar]');
    await expect.poll(() => bar.evaluate((b: HTMLProgressElement) => (b.hasAttribute('value') ? b.value : 0)), { timeout: TIMEOUT }).toBeGreaterThan(0);
    expect(await page.locator('[data-tactful=progress-text]').textContent()).toContain('of 2');
    expect(await page.locator('label[for=review-progress]').textContent()).toBe('Reading 1 file');
    // The page stays responsive while the worker reads.
    expect(await page.evaluate(() => new Promise<number>((resolve) => {
      const t = performance.now();
      setTimeout(() => resolve(performance.now() - t), 0);
    }))).toBeLessThan(200);

    expect(stopped).toBe(false);
    await page.locator('[data-action=cancel]').click();
    await page.locator('[data-tactful=input]').waitFor();
    await expect.poll(() => stopped, { timeout: TIMEOUT }).toBe(true);
    expect(await page.locator('[data-tactful=progress], [data-tactful=report]').count()).toBe(0);
    await page.waitForTimeout(1500);
    expect(await page.locator('[data-tactful=report]').count()).toBe(0);
    expect(await page.locator('[data-phase]').getAttribute('data-phase')).toBe('input');
    expect(await page.locator('#review-team').inputValue()).toBe('northpeak.io');
    expect(h.pageErrors).toEqual([]);
  });

  it('reads files dropped on the page, and files chosen from the keyboard', async () => {
    const page = await open();
    // Listening from the start: Playwright turns on file chooser interception when a listener is added, asynchronously.
    const chooser = page.waitForEvent('filechooser', { timeout: 20_000 });
    await page.locator('#review-team').fill('northpeak.io');
    const eml = readFileSync(join(FIXTURES, 'hostile.eml'), 'utf8');
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'dropped.eml', { type: 'message/rfc822' }));
      const zone = document.querySelector('[data-tactful=dropzone]')!;
      zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, eml);
    await report(page).waitFor({ timeout: 30_000 });
    expect(await report(page).getAttribute('data-emails')).toBe('1');

    await page.locator('[data-action=new-review]').click();
    await page.locator('[data-tactful=input]').waitFor();
    // From the team field, Tab reaches the button that opens the file chooser, with a visible focus ring.
    await page.locator('#review-team').focus();
    await page.keyboard.press('Tab');
    const choose = page.locator('[data-action=choose-files]');
    expect(await choose.evaluate((b) => document.activeElement === b)).toBe(true);
    expect(await choose.evaluate((b) => getComputedStyle(b).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Enter');
    const opened = await chooser;
    expect(opened.isMultiple()).toBe(true);
    await opened.setFiles(FILES);
    await report(page).waitFor({ timeout: 30_000 });
    expect(await report(page).getAttribute('data-emails')).toBe('38');
  });

  it('says what is wrong with the team, and remembers a valid one', async () => {
    const page = await open();
    await page.locator('#review-team').fill('');
    await page.locator('input[type=file][data-action=files]').setInputFiles(FILES);
    const error = page.locator('[data-tactful=team-error]');
    await error.waitFor();
    expect(await error.getAttribute('role')).toBe('alert');
    expect(await page.locator('#review-team').getAttribute('aria-invalid')).toBe('true');
    await page.locator('#review-team').fill('northpeak.io');
    await page.locator('[data-action=start]').click();
    await report(page).waitFor({ timeout: 30_000 });

    const again = await open();
    await expect.poll(() => again.locator('#review-team').inputValue(), { timeout: TIMEOUT }).toBe('northpeak.io');
  });

  it('passes axe-core with no serious violations on the input and the report, with and without the email dialog, in light and dark', async () => {
    const page = await open();
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await seriousViolations(page), `input, ${colorScheme}`).toEqual([]);
    }
    await review(page);
    await page.locator('[data-drill="flagged"]').click();
    await page.locator('[data-tactful=drill]').waitFor();
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await seriousViolations(page), `report, ${colorScheme}`).toEqual([]);
    }
    await page.locator('[data-tactful=drill] [data-action=open-email]').first().click();
    await page.locator('[role=dialog]').waitFor();
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await seriousViolations(page), `dialog, ${colorScheme}`).toEqual([]);
    }
  });
});
