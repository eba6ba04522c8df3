// The Gmail guard in a real Chromium with the production build, against the test contract in
// ARCHITECTURE.md ("UI hooks for tests"): one <tactful-guard> per open composer, outside the
// editor, with data-findings and data-severity; a pre-send dialog for warnings and errors;
// suggestions applied through the editor's undo stack; no request anywhere.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { guard, launch, sentLog, type Harness } from './harness';
import { editorText, editors, sendButtons, sentCount } from './gmail-page';

const GUARD_TIMEOUT = 5000;
/** Typing a bump ("pointing at their silence") adds warnings to any draft. */
const PUSHY_SENTENCE = " Did you get my last email? I haven't heard back.";

let h: Harness;
let pages: Page[] = [];
/** Where this test's records start; nothing is forgotten, so the last test can look at the whole run. */
let mark = { requests: 0, pageErrors: 0 };

beforeAll(async () => {
  h = await launch();
});

afterAll(async () => {
  await h?.close();
});

beforeEach(() => {
  mark = { requests: h.requests.length, pageErrors: h.pageErrors.length };
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

/** In every test: no page error and no request but to the fixture server (none by the extension). */
function expectClean(): void {
  expect(h.pageErrors.slice(mark.pageErrors)).toEqual([]);
  expect(h.foreignRequests(mark.requests)).toEqual([]);
  expect(h.extensionRequests(mark.requests)).toEqual([]);
}

/** Waits for the page's one guard to carry a decimal data-findings, and returns it. */
async function guardReady(page: Page) {
  const g = guard(page);
  await expect.poll(() => g.all.count(), { timeout: GUARD_TIMEOUT, message: 'no tactful-guard element' }).toBe(1);
  await expect
    .poll(async () => /^\d+$/.test((await g.findings()) ?? ''), { timeout: GUARD_TIMEOUT, message: 'no decimal data-findings' })
    .toBe(true);
  return g;
}

/** The guard of a presumptive draft, once its findings include warnings or errors. */
async function flaggedGuard(page: Page) {
  const g = await guardReady(page);
  await expect
    .poll(async () => Number(await g.findings()) > 0 && ['warning', 'error'].includes((await g.severity()) ?? ''), {
      timeout: GUARD_TIMEOUT,
      message: 'data-findings > 0 with data-severity warning or error',
    })
    .toBe(true);
  return g;
}

describe('docked compose, presumptive draft (docked-chips.html)', () => {
  it('gets exactly one guard without focusing anything, flagged, outside the editor', async () => {
    const page = await open('docked-chips.html');
    const g = await flaggedGuard(page);
    expect(await page.evaluate(() => document.activeElement === document.body || document.activeElement === null)).toBe(true);
    expect(await editors(page).count()).toBe(1);
    expect(await g.host.evaluate((el) => el.closest('[contenteditable]') === null)).toBe(true);
    expect(await editors(page).first().locator('tactful-guard').count()).toBe(0);
    expect(await g.host.evaluate((el) => el.shadowRoot !== null)).toBe(true);
    // Still one a moment later (no duplicate from a second detection pass).
    await page.waitForTimeout(500);
    expect(await g.all.count()).toBe(1);
    expectClean();
  });

  it('updates data-findings within 2 s of typing a sentence', async () => {
    const page = await open('docked-chips.html');
    const g = await flaggedGuard(page);
    const before = Number(await g.findings());
    const editor = editors(page).first();
    await editor.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(PUSHY_SENTENCE);
    await expect
      .poll(async () => Number(await g.findings()), { timeout: 2000, message: 'data-findings after typing a bump' })
      .toBeGreaterThan(before);
    expect(await editor.locator('tactful-guard').count()).toBe(0);
    expectClean();
  });

  it('applies a suggestion, and Ctrl+Z undoes it', async () => {
    const page = await open('docked-chips.html');
    const g = await flaggedGuard(page);
    const editor = editors(page).first();
    const original = await editorText(editor);
    if (!(await g.apply.first().isVisible())) await g.badge.click();
    await g.apply.first().waitFor({ state: 'visible', timeout: 3000 });
    await g.apply.first().click();
    await expect.poll(() => editorText(editor), { timeout: 2000, message: 'editor text after apply' }).not.toBe(original);
    // Undo from the editor, as a user would; focusing does not touch the undo stack.
    await editor.focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => editorText(editor), { timeout: 2000, message: 'editor text after Ctrl+Z' }).toBe(original);
    expectClean();
  });

  it('clicking Send shows the pre-send dialog and sends nothing', async () => {
    const page = await open('docked-chips.html');
    const g = await flaggedGuard(page);
    await sendButtons(page).first().click();
    await g.dialog.waitFor({ state: 'visible', timeout: 2000 });
    await expect(g.sendAnyway.count()).resolves.toBe(1);
    await expect(g.edit.count()).resolves.toBe(1);
    await page.waitForTimeout(300);
    expect(await sentLog(page)).toEqual([]);
    expect(await sentCount(page)).toBe(0);
    expect(await editors(page).count()).toBe(1);
    expect(await sendButtons(page).count()).toBe(1);
    expectClean();
  });

  it('[data-action=edit] closes the dialog and keeps the draft', async () => {
    const page = await open('docked-chips.html');
    const g = await flaggedGuard(page);
    const text = await editorText(editors(page).first());
    await sendButtons(page).first().click();
    await g.dialog.waitFor({ state: 'visible', timeout: 2000 });
    await g.edit.click();
    await g.dialog.waitFor({ state: 'hidden', timeout: 2000 });
    await page.waitForTimeout(300);
    expect(await sentLog(page)).toEqual([]);
    expect(await sentCount(page)).toBe(0);
    expect(await editors(page).count()).toBe(1);
    expect(await editorText(editors(page).first())).toBe(text);
    expect(await g.all.count()).toBe(1);
    expectClean();
  });

  it('[data-action=send-anyway] sends exactly once', async () => {
    const page = await open('docked-chips.html');
    const g = await flaggedGuard(page);
    await sendButtons(page).first().click();
    await g.dialog.waitFor({ state: 'visible', timeout: 2000 });
    await g.sendAnyway.click();
    await expect.poll(async () => (await sentLog(page)).length, { timeout: 2000, message: 'sent log entries' }).toBe(1);
    await page.waitForTimeout(500);
    expect((await sentLog(page)).length).toBe(1);
    expect(await sentCount(page)).toBe(1);
    expect(await editors(page).count()).toBe(0);
    // The guard goes with its composer.
    await expect.poll(() => g.all.count(), { timeout: 2000, message: 'guards after the compose closed' }).toBe(0);
    expectClean();
  });

  it('Ctrl+Enter in the editor behaves like Send: the dialog appears, nothing is sent', async () => {
    const page = await open('docked-chips.html');
    const g = await flaggedGuard(page);
    await editors(page).first().click();
    await page.keyboard.press('Control+Enter');
    await g.dialog.waitFor({ state: 'visible', timeout: 2000 });
    await page.waitForTimeout(300);
    expect(await sentLog(page)).toEqual([]);
    expect(await sentCount(page)).toBe(0);
    expect(await editors(page).count()).toBe(1);
    expectClean();
  });
});

describe('keyboard and pointer (docked-chips.html)', () => {
  it('Enter on the focused Send button asks first; in the dialog Tab stays inside and Escape goes back to the draft', async () => {
    const page = await open('docked-chips.html');
    const g = await flaggedGuard(page);
    await sendButtons(page).first().focus();
    await page.keyboard.press('Enter');
    await g.dialog.waitFor({ state: 'visible', timeout: 2000 });
    // The dialog opens on "Review the draft"; Tab moves to "Send anyway" and back, never out.
    const focused = () => g.host.evaluate((el) => (el.shadowRoot?.activeElement as HTMLElement | null)?.dataset.action ?? '');
    await expect.poll(focused, { timeout: 2000 }).toBe('edit');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('send-anyway');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('edit');
    await page.keyboard.press('Escape');
    await g.dialog.waitFor({ state: 'hidden', timeout: 2000 });
    expect(await sentCount(page)).toBe(0);
    expect(await editors(page).count()).toBe(1);
    expectClean();
  });

  it('resting the pointer on a marked phrase shows its card', async () => {
    const page = await open('docked-chips.html');
    await flaggedGuard(page);
    const box = await editors(page)
      .first()
      .evaluate((editor) => {
        const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const at = (n as Text).data.indexOf('30 minutes');
          if (at === -1) continue;
          const range = document.createRange();
          range.setStart(n, at);
          range.setEnd(n, at + 10);
          const r = range.getBoundingClientRect();
          return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
        }
        return null;
      });
    expect(box).not.toBeNull();
    await page.mouse.move(box!.x, box!.y);
    const card = guard(page).host.locator('[role=tooltip]');
    await card.waitFor({ state: 'visible', timeout: 2000 });
    expect(await card.textContent()).toContain('calendar');
    expectClean();
  });
});

describe('schedule send (docked-chips.html)', () => {
  it('asks before a scheduled send too, and send-anyway schedules it once', async () => {
    const page = await open('docked-chips.html');
    const g = await flaggedGuard(page);
    await page.locator('.Up [role=button][aria-haspopup=true]').first().click();
    await page.locator('[selector="scheduledSend"]').first().click();
    await g.dialog.waitFor({ state: 'visible', timeout: 2000 });
    expect(await sentCount(page)).toBe(0);
    await g.sendAnyway.click();
    await expect.poll(async () => (await sentLog(page)).length, { timeout: 2000, message: 'sent log entries' }).toBe(1);
    expectClean();
  });
});

describe('inline reply in a thread (inline-reply.html)', () => {
  it('flags the reply, and Send asks before it goes', async () => {
    const page = await open('inline-reply.html');
    const g = await flaggedGuard(page);
    await sendButtons(page).first().click();
    await g.dialog.waitFor({ state: 'visible', timeout: 2000 });
    expect(await sentCount(page)).toBe(0);
    expectClean();
  });

  it('asks before Send & archive too', async () => {
    const page = await open('inline-reply.html');
    const g = await flaggedGuard(page);
    await page.locator('.Up [role=button].Uo').click();
    await g.dialog.waitFor({ state: 'visible', timeout: 2000 });
    expect(await sentCount(page)).toBe(0);
    await g.sendAnyway.click();
    await expect.poll(async () => (await sentLog(page)).length, { timeout: 2000, message: 'sent log entries' }).toBe(1);
    expectClean();
  });
});

describe('docked compose, clean draft (docked-classic.html)', () => {
  it('gets a guard with no warning or error, and Send sends at once with no dialog', async () => {
    const page = await open('docked-classic.html');
    const g = await guardReady(page);
    // Give the first analysis a moment, then read what it found.
    await page.waitForTimeout(500);
    expect(['', 'info']).toContain((await g.severity()) ?? '');
    await sendButtons(page).first().click();
    await expect.poll(async () => (await sentLog(page)).length, { timeout: 2000, message: 'sent log entries' }).toBe(1);
    expect(await g.dialog.count()).toBe(0);
    await page.waitForTimeout(300);
    expect((await sentLog(page)).length).toBe(1);
    expect(await sentCount(page)).toBe(1);
    expectClean();
  });
});

describe('one guard per open compose', () => {
  for (const name of ['docked-chips.html', 'docked-classic.html', 'fullscreen.html', 'popout.html', 'inline-reply.html', 'locale-de.html']) {
    it(name, async () => {
      const page = await open(name);
      const composes = await editors(page).count();
      expect(composes).toBeGreaterThan(0);
      await expect
        .poll(() => guard(page).all.count(), { timeout: GUARD_TIMEOUT, message: `tactful-guard elements for ${composes} compose(s)` })
        .toBe(composes);
      for (const host of await guard(page).all.all()) {
        expect(await host.evaluate((el) => el.closest('[contenteditable]') === null)).toBe(true);
        expect(await host.getAttribute('data-findings')).toMatch(/^\d+$/);
        expect(['', 'info', 'warning', 'error']).toContain((await host.getAttribute('data-severity')) ?? 'missing');
      }
      await page.waitForTimeout(500);
      expect(await guard(page).all.count()).toBe(composes);
      expectClean();
    });
  }
});

describe('the whole run', () => {
  it('had no page error, and no request but to the fixture server, none by the extension (its start included)', () => {
    expect(h.requests.length).toBeGreaterThan(0);
    expect(h.pageErrors).toEqual([]);
    expect(h.foreignRequests()).toEqual([]);
    expect(h.extensionRequests()).toEqual([]);
    for (const hit of h.serverHits) expect(hit.path === '/favicon.ico' || hit.path.startsWith('/mail/')).toBe(true);
  });
});
