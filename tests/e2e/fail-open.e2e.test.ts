// Fail open: when Tactful's analysis is unavailable (here, a service worker that answers
// nothing), the guard still appears, email sends at once, and the failure is logged once.
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, guard, launch, sentLog, type Harness } from './harness';
import { sendButtons } from './gmail-page';

let h: Harness;

beforeAll(async () => {
  const broken = mkdtempSync(join(tmpdir(), 'tactful-broken-'));
  cpSync(DIST, broken, { recursive: true });
  // A service worker with no message listener: every analysis request fails.
  writeFileSync(join(broken, 'background.js'), '// broken on purpose\n');
  h = await launch({ extensionDir: broken });
});

afterAll(async () => {
  await h?.close();
});

describe('fail open', () => {
  it('sends a draft at once when analysis fails, and logs the failure once with the composer id', async () => {
    // Listening on the whole context before the page opens: the first check fails during load.
    const warnings: string[] = [];
    h.context.on('console', (m) => {
      if (m.type() === 'warning' && m.text().startsWith('Tactful')) warnings.push(m.text());
    });
    const page = await h.openFixture('docked-chips.html');
    const g = guard(page);
    await expect.poll(() => g.all.count(), { timeout: 5000 }).toBe(1);
    await page.waitForTimeout(500);
    await sendButtons(page).first().click();
    await expect.poll(async () => (await sentLog(page)).length, { timeout: 2000, message: 'sent log entries' }).toBe(1);
    expect(await g.dialog.count()).toBe(0);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/composer gmail-/);
    expect(h.pageErrors).toEqual([]);
  });
});
