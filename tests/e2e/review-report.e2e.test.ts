// The `tactful review` HTML report in a real Chromium, opened from disk as a manager would:
// its sections, a number that lists its emails, an email opened on its marked text with the
// explanation and rewrite, light and dark, and a hostile email that stays text (no dialog, no
// image, no script).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_PATH, ROOT } from './harness';

const FIXTURE = join(ROOT, 'tests', 'fixtures', 'review', 'team.mbox');

let dir: string;
let reportUrl: string;
let browser: Browser;
let page: Page;
const dialogs: string[] = [];
const requests: string[] = [];

/** The ids of the emails the list shows right now. */
const visibleEmails = (p: Page) => p.locator('details.email:visible').evaluateAll((els) => els.map((e) => e.id));

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tactful-review-e2e-'));
  const out = join(dir, 'report.html');
  // The production CLI, as built by the e2e setup.
  execFileSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'review', FIXTURE, '--from', 'vendor.example', '--out', out], { stdio: 'pipe' });
  reportUrl = pathToFileURL(out).href;
  browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(reportUrl);
});

afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the review report in Chromium', () => {
  it('shows every section, with the headline numbers', async () => {
    expect(await page.locator('h1').innerText()).toBe('Outbound tone review');
    for (const id of ['headline', 'categories', 'rules', 'senders', 'trend', 'phrases', 'emails', 'malformed']) {
      expect(await page.locator(`section#${id}`).isVisible(), id).toBe(true);
    }
    const kpis = await page.locator('.kpi .big').allInnerTexts();
    expect(kpis.slice(0, 4)).toEqual(['5', '80%', '1', '1']);
    expect(await page.locator('#trend svg.chart rect.t').count()).toBe(3);
    expect(await page.locator('#malformed td code').innerText()).toMatch(/team\.mbox:72$/);
    // Without a filter the list holds every flagged email.
    expect(await visibleEmails(page)).toEqual(['email-1', 'email-2', 'email-5', 'email-7']);
  });

  it('lists the emails behind a number when it is clicked', async () => {
    const row = page.locator('#rules tr', { has: page.locator('code', { hasText: /^bump$/ }) });
    await row.locator('a.drill').first().click();
    expect(new URL(page.url()).hash).toBe('#f-r-bump');
    expect(await page.locator('#f-r-bump').isVisible()).toBe(true);
    expect(await page.locator('#f-r-bump').innerText()).toMatch(/Showing the 3 emails flagged by bump/);
    expect(await visibleEmails(page)).toEqual(['email-2', 'email-5', 'email-7']);

    // A sender's number lists that sender's flagged emails.
    await page.locator('#senders tr', { hasText: 'sam@vendor.example' }).locator('a.drill').nth(1).click();
    expect(await visibleEmails(page)).toEqual(['email-1']);

    // A week's bar in the chart.
    await page.locator('#trend svg a').first().click();
    expect(new URL(page.url()).hash).toBe('#f-w-2026-03-02');
    expect(await visibleEmails(page)).toEqual(['email-1', 'email-2']);

    await page.locator('#f-w-2026-03-02 a', { hasText: 'Show all flagged emails' }).click();
    expect(await visibleEmails(page)).toEqual(['email-1', 'email-2', 'email-5', 'email-7']);
  });

  it('opens an email on its text with the flagged span marked, the explanation and the rewrite', async () => {
    const email = page.locator('#email-1');
    expect(await email.locator('.body').isVisible()).toBe(false);
    await email.locator('summary').click();
    await expect.poll(() => email.locator('.body').isVisible()).toBe(true);
    const mark = email.locator('.body mark');
    expect(await mark.count()).toBe(1);
    expect(await mark.innerText()).toMatch(/^I've put 30 minutes on your calendar for Thursday at 10am/);
    expect(await mark.evaluate((m) => getComputedStyle(m).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    const item = email.locator('#email-1-f1');
    expect(await item.isVisible()).toBe(true);
    expect(await item.locator('.msg').innerText()).toMatch(/treats the meeting as settled/);
    expect(await item.locator('.sugg ins').innerText()).toMatch(/^Would a short call be useful\?/);
    expect(await email.locator('.meta').innerText()).toMatch(/northwind\.example/);
  });

  it('shows the hostile email as text: no dialog, no image, no script, title unchanged', async () => {
    const email = page.locator('#email-5');
    await email.locator('summary').click();
    const body = await email.locator('.body').innerText();
    expect(body).toContain('<script>alert(1)</script><img src=x onerror="alert(2)">');
    expect(body).toContain("</textarea></details><script>document.title='pwned'</script>");
    expect(await email.locator('.subj').innerText()).toBe(`<b>Following up</b> & "more" 'quotes'`);
    expect(await page.locator('img, script, iframe, object, embed').count()).toBe(0);
    await page.waitForTimeout(300);
    expect(await page.title()).toBe('Outbound tone review: vendor.example');
    expect(dialogs).toEqual([]);
    // Nothing was fetched beyond the report itself.
    expect(requests.filter((u) => u !== reportUrl && !u.startsWith(`${reportUrl}#`))).toEqual([]);
  });

  it('is readable in light and dark', async () => {
    const colours = async (scheme: 'light' | 'dark') => {
      await page.emulateMedia({ colorScheme: scheme });
      return page.evaluate(() => ({
        bg: getComputedStyle(document.body).backgroundColor,
        fg: getComputedStyle(document.body).color,
        bar: getComputedStyle(document.querySelector('#trend rect.t')!).fill,
      }));
    };
    const light = await colours('light');
    const dark = await colours('dark');
    expect(light.bg).toBe('rgb(255, 255, 255)');
    expect(dark.bg).not.toBe(light.bg);
    expect(dark.fg).not.toBe(light.fg);
    expect(dark.bar).not.toBe(light.bar);
    // Light text on the dark background, dark text on the light one.
    const lum = (rgb: string) => rgb.match(/\d+/g)!.slice(0, 3).reduce((s, v) => s + Number(v), 0);
    expect(lum(light.fg)).toBeLessThan(lum(light.bg));
    expect(lum(dark.fg)).toBeGreaterThan(lum(dark.bg));
    await page.emulateMedia({ colorScheme: 'light' });
  });
});
