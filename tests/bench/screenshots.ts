/**
 * Screenshots of the guard for the docs (npm run screenshots): the findings panel beside a
 * Gmail compose, and the pre-send checklist, on the fixture pages in Chromium. Writes
 * docs/guard.png and docs/presend.png.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
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
  console.log(`wrote ${join('docs', 'guard.png')} and ${join('docs', 'presend.png')}`);
} finally {
  await h.close();
}
