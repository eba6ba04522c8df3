// The same guard on Outlook on the web and Google Calendar, in Chromium with the production
// build, each fixture served as its real host: one guard per composer, the pre-send dialog on
// Send or Save when there is something to look at, send-anyway once, clean drafts untouched.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { guard, launch, sentLog, type Harness } from './harness';

let h: Harness;
let pages: Page[] = [];

beforeAll(async () => {
  h = await launch();
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

/** The page's guard once it has checked the draft; `flagged`: wait for a warning or error. */
async function ready(page: Page, flagged: boolean) {
  const g = guard(page);
  await expect.poll(() => g.all.count(), { timeout: 5000, message: 'no tactful-guard element' }).toBe(1);
  await expect
    .poll(async () => /^\d+$/.test((await g.findings()) ?? '') && (!flagged || ['warning', 'error'].includes((await g.severity()) ?? '')), {
      timeout: 5000,
      message: flagged ? 'a warning or error' : 'a decimal data-findings',
    })
    .toBe(true);
  return g;
}

const SURFACES = [
  { name: 'Outlook new message', fixture: 'outlook/compose-new.html', send: '[data-testid="ComposeSendButton"] button.fui-SplitButton__primaryActionButton' },
  { name: 'Outlook pop-out compose', fixture: 'outlook/compose-popout.html', send: '[data-testid="ComposeSendButton"] button.fui-SplitButton__primaryActionButton' },
  { name: 'Outlook new event', fixture: 'outlook/calendar-new-event.html', send: '[data-testid="ComposeSendButton"] button.fui-SplitButton__primaryActionButton' },
  { name: 'Outlook in German', fixture: 'outlook/compose-de.html', send: '[data-testid="ComposeSendButton"] button.fui-SplitButton__primaryActionButton' },
  { name: 'Google Calendar editor', fixture: 'google-calendar/event-editor.html', send: '#xSaveBu' },
];

describe.each(SURFACES)('$name ($fixture)', ({ fixture, send }) => {
  it('gets one guard outside the editor; Send or Save asks first; send-anyway sends once', async () => {
    const page = await open(fixture);
    const g = await ready(page, true);
    expect(await g.host.evaluate((el) => el.closest('[contenteditable="true"]') === null)).toBe(true);
    await page.locator(send).first().click();
    await g.dialog.waitFor({ state: 'visible', timeout: 2000 });
    expect(await sentLog(page)).toEqual([]);
    await g.sendAnyway.click();
    await expect.poll(async () => (await sentLog(page)).length, { timeout: 2000, message: 'sent log entries' }).toBe(1);
    await page.waitForTimeout(300);
    expect((await sentLog(page)).length).toBe(1);
  });
});

describe('Google Calendar invites', () => {
  it('at Save, asks whether the outside guest agreed, and offers an email asking first', async () => {
    const page = await open('google-calendar/event-editor.html');
    const g = await ready(page, true);
    await page.locator('#xSaveBu').click();
    await g.dialog.waitFor({ state: 'visible', timeout: 2000 });
    const text = (await g.dialog.textContent()) ?? '';
    expect(text).toContain('Did each guest outside your company agree to this time?');
    const email = await g.dialog.locator('textarea').inputValue();
    expect(email).toContain('Would a short call about Month-end close walkthrough be useful?');
    expect(await g.dialog.locator('[data-action=copy]').count()).toBe(1);
    await g.edit.click();
    await g.dialog.waitFor({ state: 'hidden', timeout: 2000 });
    expect(await sentLog(page)).toEqual([]);
  });

  it('guards the quick-create dialog too: an invite to an outside guest is held at Save', async () => {
    const page = await open('google-calendar/quick-create.html');
    const g = await ready(page, true);
    await page.locator('[role=dialog] button[aria-label="Save"]').click();
    await g.dialog.waitFor({ state: 'visible', timeout: 2000 });
    expect(await sentLog(page)).toEqual([]);
    await g.sendAnyway.click();
    await expect.poll(async () => (await sentLog(page)).length, { timeout: 2000, message: 'saved entries' }).toBe(1);
  });
});

describe('clean drafts pass untouched', () => {
  for (const [fixture, send] of [
    ['outlook/compose-docked.html', '#docking_InitVisiblePart_0 [data-testid="ComposeSendButton"] button.fui-SplitButton__primaryActionButton'],
    // A gracious answer to a no: the thread (read from the quoted original) shows they declined, and the reply respects it.
    ['outlook/compose-reply.html', '[data-testid="ComposeSendButton"] button.fui-SplitButton__primaryActionButton'],
    ['google-calendar/event-editor-internal.html', '#xSaveBu'],
    ['google-calendar/event-editor-agreed.html', '#xSaveBu'],
  ] as const) {
    it(fixture, async () => {
      const page = await open(fixture);
      const g = await ready(page, false);
      expect(['', 'info']).toContain((await g.severity()) ?? '');
      await page.locator(send).first().click();
      await expect.poll(async () => (await sentLog(page)).length, { timeout: 2000, message: 'sent log entries' }).toBe(1);
      expect(await g.dialog.count()).toBe(0);
    });
  }
});

describe('Outlook keyboard', () => {
  it('Ctrl+Enter in the body asks first, like Send', async () => {
    const page = await open('outlook/compose-new.html');
    const g = await ready(page, true);
    await page.locator('div[contenteditable="true"][aria-multiline="true"]').first().click();
    await page.keyboard.press('Control+Enter');
    await g.dialog.waitFor({ state: 'visible', timeout: 2000 });
    expect(await sentLog(page)).toEqual([]);
  });
});

describe('every Outlook host', () => {
  for (const host of ['outlook.live.com', 'outlook.office.com', 'outlook.office365.com', 'outlook.cloud.microsoft']) {
    it(host, async () => {
      const page = await h.openFixture('outlook/compose-new.html', host);
      pages.push(page);
      await ready(page, true);
    });
  }
});

describe('the whole run', () => {
  it('had no page error and no request but to the fixture servers, none by the extension', () => {
    expect(h.pageErrors).toEqual([]);
    expect(h.foreignRequests()).toEqual([]);
    expect(h.extensionRequests()).toEqual([]);
  });
});
