/**
 * The review page's benchmark hook: the production extension in Chromium reviews one mbox, timed
 * from the moment the file is given to the page to the moment the report is on screen. Called by
 * tests/bench/review.ts (npm run bench:review) with a large real corpus.
 */
import { launch } from '../e2e/harness';

/** How long a run may take before it counts as stuck. */
const LIMIT_MS = 300_000;

export async function benchReviewPage(mboxPath: string, team: string): Promise<{ ms: number; emails: number }> {
  const h = await launch();
  try {
    const page = await h.openExtensionPage('review.html');
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.locator('#review-team').fill(team);
    // As when a manager types the team: by then the page's worker has loaded and warmed up.
    await page.locator('[data-tactful=review-page][data-worker=ready]').waitFor({ timeout: 30_000 });
    const report = page.locator('[data-tactful=report]');
    const started = performance.now();
    await page.locator('input[type=file][data-action=files]').setInputFiles(mboxPath);
    await report.waitFor({ state: 'visible', timeout: LIMIT_MS });
    // The report's first paint: the frame after it entered the DOM.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined))));
    const ms = Math.round(performance.now() - started);
    const emails = Number(await report.getAttribute('data-emails'));
    if (h.pageErrors.length) throw new Error(`the review page failed: ${h.pageErrors.join('; ')}`);
    return { ms, emails };
  } finally {
    await h.close();
  }
}
