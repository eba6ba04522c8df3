// Fail open: when Tactful's analysis is unavailable (here, a service worker that answers
// nothing), the guard still appears, email sends at once, and the failure is logged once.
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, guard, launch, sentLog, type Harness } from './harness';

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

const SURFACES = [
  { fixture: 'docked-chips.html', send: '[role="button"].T-I-atl:not([aria-haspopup="true"])', id: /composer gmail-/ },
  { fixture: 'outlook/compose-new.html', send: '[data-testid="ComposeSendButton"] button.fui-SplitButton__primaryActionButton', id: /composer outlook-/ },
  { fixture: 'google-calendar/event-editor.html', send: '#xSaveBu', id: /composer calendar-/ },
];

describe.each(SURFACES)('fail open ($fixture)', ({ fixture, send, id }) => {
  it('sends at once when analysis fails, and logs the failure once with the composer id', async () => {
    // Listening on the whole context before the page opens: the first check fails during load.
    const warnings: string[] = [];
    const listener = (m: { type(): string; text(): string }) => {
      if (m.type() === 'warning' && m.text().startsWith('Tactful')) warnings.push(m.text());
    };
    h.context.on('console', listener);
    const page = await h.openFixture(fixture);
    const g = guard(page);
    await expect.poll(() => g.all.count(), { timeout: 5000 }).toBe(1);
    await page.waitForTimeout(500);
    await page.locator(send).first().click();
    await expect.poll(async () => (await sentLog(page)).length, { timeout: 2000, message: 'sent log entries' }).toBe(1);
    expect(await g.dialog.count()).toBe(0);
    h.context.off('console', listener);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(id);
    expect(h.pageErrors).toEqual([]);
    await page.close();
  });
});
