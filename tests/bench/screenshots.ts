/**
 * Screenshots of the guard for the docs (npm run screenshots), on the fixture pages in Chromium:
 * the findings panel beside a Gmail compose (docs/guard.png), Gmail's pre-send checklist
 * (docs/presend.png), the panel in Outlook on the web (docs/outlook.png), and the checklist at
 * Save in Google Calendar (docs/google-calendar.png) and at Send in Outlook's new-event form
 * (docs/outlook-calendar.png); the toolbar popup on that Gmail draft (docs/popup.png) and the
 * options page (docs/options.png); the manager's review page with its report on a few weeks of a
 * sales team's sent mail (docs/review.png, from tests/fixtures/review-page/), and the same mail
 * as the `tactful review` HTML report (docs/review-report.png).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromiumAvailable, launch, ROOT } from '../e2e/harness';
import { SEND } from '../e2e/gmail-page';

if (!chromiumAvailable()) {
  console.error('screenshots need Chromium (/usr/bin/chromium, or CHROMIUM_PATH): .ci/run installs it.');
  process.exit(1);
}

const docs = join(ROOT, 'docs');
mkdirSync(docs, { recursive: true });
const h = await launch();
try {
  const page = await h.openFixture('docked-chips.html');
  await page.setViewportSize({ width: 1280, height: 800 });
  const guard = page.locator('tactful-guard').first();
  await page.waitForFunction(() => Number(document.querySelector('tactful-guard')?.getAttribute('data-findings')) > 0);
  await guard.locator('[data-action=toggle]').click();
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(docs, 'guard.png') });
  await guard.locator('[data-action=toggle]').click();
  await page.locator(SEND).first().click();
  await guard.locator('[data-tactful=presend]').waitFor();
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(docs, 'presend.png') });

  const outlook = await h.openFixture('outlook/compose-new.html');
  await outlook.setViewportSize({ width: 1280, height: 800 });
  await outlook.waitForFunction(() => Number(document.querySelector('tactful-guard')?.getAttribute('data-findings')) > 0);
  await outlook.locator('tactful-guard [data-action=toggle]').first().click();
  await outlook.waitForTimeout(300);
  await outlook.screenshot({ path: join(docs, 'outlook.png') });

  const calendar = await h.openFixture('google-calendar/event-editor.html');
  await calendar.setViewportSize({ width: 1280, height: 800 });
  await calendar.waitForFunction(() => Number(document.querySelector('tactful-guard')?.getAttribute('data-findings')) > 0);
  await calendar.locator('#xSaveBu').click();
  await calendar.locator('tactful-guard [data-tactful=presend]').waitFor();
  await calendar.waitForTimeout(300);
  await calendar.screenshot({ path: join(docs, 'google-calendar.png') });

  const event = await h.openFixture('outlook/calendar-new-event.html');
  await event.setViewportSize({ width: 1280, height: 800 });
  await event.waitForFunction(() => Number(document.querySelector('tactful-guard')?.getAttribute('data-findings')) > 0);
  await event.locator('[data-testid="ComposeSendButton"] button.fui-SplitButton__primaryActionButton').first().click();
  await event.locator('tactful-guard [data-tactful=presend]').waitFor();
  await event.waitForTimeout(300);
  await event.screenshot({ path: join(docs, 'outlook-calendar.png') });
  // The popup as the toolbar shows it (380 px wide), for the Gmail draft above.
  await page.bringToFront();
  const popup = await h.openExtensionPage(`popup.html?tab=${await h.tabOnHost('mail.google.com')}`);
  await popup.setViewportSize({ width: 380, height: 720 });
  await popup.locator('[data-tactful=checklist] input').first().check();
  await popup.waitForTimeout(200);
  await popup.screenshot({ path: join(docs, 'popup.png'), fullPage: true });

  const options = await h.openExtensionPage('options.html');
  await options.setViewportSize({ width: 1024, height: 900 });
  await options.locator('[data-rule]').first().waitFor();
  await options.waitForTimeout(200);
  await options.screenshot({ path: join(docs, 'options.png') });

  // The review page's report on the fixture team's sent mail (four senders over eight weeks).
  const review = await h.openExtensionPage('review.html');
  await review.setViewportSize({ width: 1280, height: 900 });
  await review.emulateMedia({ colorScheme: 'light' });
  await review.locator('#review-team').fill('northpeak.io');
  const reviewFixtures = join(ROOT, 'tests', 'fixtures', 'review-page');
  await review.locator('input[type=file][data-action=files]').setInputFiles([join(reviewFixtures, 'sent.mbox'), join(reviewFixtures, 'drafts.jsonl')]);
  await review.locator('[data-tactful=report]').waitFor({ timeout: 30000 });
  // No focus ring on the report's heading, and the page at its top.
  await review.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  await review.waitForTimeout(300);
  await review.screenshot({ path: join(docs, 'review.png') });
  // The same mail as a `tactful review` HTML report, opened as a file, its first email opened.
  const reportFile = join(tmpdir(), `tactful-review-${process.pid}.html`);
  execFileSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'review', join(reviewFixtures, 'sent.mbox'), '--from', 'northpeak.io', '--out', reportFile], { stdio: 'ignore' });
  const report = await h.context.newPage();
  await report.setViewportSize({ width: 1280, height: 900 });
  await report.goto(pathToFileURL(reportFile).href);
  await report.screenshot({ path: join(docs, 'review-report.png') });
  await report.close();
  rmSync(reportFile, { force: true });
  console.log('wrote docs/guard.png, presend.png, outlook.png, google-calendar.png, outlook-calendar.png, popup.png, options.png, review.png and review-report.png');
} finally {
  await h.close();
}
