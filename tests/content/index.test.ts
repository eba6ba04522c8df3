// @vitest-environment jsdom
// @vitest-environment-options {"url": "https://mail.google.com/mail/u/0/?view=cm"}
// The content script and the service worker together on a Gmail fixture: settings changes
// reach an open compose without a reload, the popup's questions are answered, the toolbar badge
// follows the draft, and pausing the site takes the guard away.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';
import type { DraftState, TabState } from '../../src/messaging/protocol';
import { savePersonal } from '../../src/settings/storage';
import { setPaused } from '../../src/settings/paused';
import { fake } from '../fakes/browser';
import { loadFixture } from '../sites/fixture-page';

const BODY = 'Per my last email, could you confirm the start date? I have scheduled a call for Friday at 10am.';

const guardEl = () => document.querySelector('tactful-guard');
const findings = () => Number(guardEl()?.getAttribute('data-findings') ?? NaN);
const ask = <T>(message: unknown) => browser.tabs.sendMessage(7, message) as Promise<T>;

beforeAll(async () => {
  // (jsdom without pretendToBeVisual has no animation frames.)
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => setTimeout(() => callback(performance.now()), 0));
  loadFixture('gmail', 'popout.html');
  const editor = document.querySelector<HTMLElement>('[aria-label="Message Body"]')!;
  editor.textContent = BODY;
  await import('../../src/background/index');
  await import('../../src/content/index');
  await vi.waitFor(() => expect(findings()).toBeGreaterThan(0), { timeout: 3000 });
});

// Pausing stops the content script's observers, so none fires while jsdom is torn down.
afterAll(async () => {
  await setPaused('mail.google.com', true);
  await vi.waitFor(() => expect(guardEl()).toBeNull());
});

describe('content script with the service worker', () => {
  it('re-checks an open compose when a rule is switched off, and again when it is back on', async () => {
    const state = await ask<TabState>({ type: 'toContent/getState' });
    expect(state.draft!.findings.map((f) => f.rule)).toContain('per-my-last-email');
    const before = findings();
    await savePersonal({ rules: { 'per-my-last-email': { enabled: false } } });
    await expect.poll(findings, { timeout: 3000 }).toBe(before - 1);
    await savePersonal({ rules: {} });
    await expect.poll(findings, { timeout: 3000 }).toBe(before);
  });

  it('follows an organisation policy that arrives while the page is open', async () => {
    const before = findings();
    await fake.managed.set({ rules: { 'per-my-last-email': { enabled: false } } });
    await expect.poll(findings, { timeout: 3000 }).toBe(before - 1);
    await fake.managed.remove('rules');
    await expect.poll(findings, { timeout: 3000 }).toBe(before);
  });

  it('tells the popup about the draft, keeps its ticks, and applies a rewrite through the editor', async () => {
    const state = await ask<TabState>({ type: 'toContent/getState' });
    expect(state).toMatchObject({ host: 'mail.google.com', site: 'gmail', paused: false });
    const draft = state.draft!;
    expect(draft.kind).toBe('email');
    expect(draft.checklist.map((c) => c.item)).toEqual(expect.arrayContaining(['question_time', 'question_face']));
    const ticked = await ask<DraftState>({ type: 'toContent/tick', composer: draft.composer, item: 'question_face', ticked: true });
    expect(ticked.checklist.find((c) => c.item === 'question_face')?.ticked).toBe(true);
    expect((await ask<TabState>({ type: 'toContent/getState' })).draft!.checklist.find((c) => c.item === 'question_face')?.ticked).toBe(true);

    const finding = draft.findings.find((f) => f.rule === 'per-my-last-email')!;
    const rewrite = finding.suggestions.find((s) => s.replacement !== undefined)!;
    // jsdom has no execCommand: the composer's insert falls back, and the text still changes only here.
    document.execCommand = ((_c: string, _u: boolean, text: string) => {
      const sel = document.getSelection()!;
      const range = sel.getRangeAt(0);
      range.deleteContents();
      range.insertNode(document.createTextNode(text));
      return true;
    }) as typeof document.execCommand;
    const after = await ask<DraftState>({ type: 'toContent/apply', composer: draft.composer, finding, replacement: rewrite.replacement! });
    const editor = document.querySelector<HTMLElement>('[aria-label="Message Body"]')!;
    expect(editor.textContent).toContain(rewrite.replacement!);
    expect(editor.textContent).not.toContain(finding.excerpt!);
    expect(after.findings.some((f) => f.rule === 'per-my-last-email')).toBe(false);
  });

  it('shows the focused draft on the toolbar badge, in its colour', async () => {
    document.querySelector<HTMLElement>('[aria-label="Message Body"]')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    await expect.poll(() => fake.badges.get(7)?.text, { timeout: 3000 }).toBe(String(findings()));
    expect(fake.badges.get(7)?.color).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('removes the guard when the site is paused and brings it back when resumed', async () => {
    await setPaused('mail.google.com', true);
    await expect.poll(() => guardEl(), { timeout: 3000 }).toBeNull();
    expect(await ask<TabState>({ type: 'toContent/getState' })).toMatchObject({ paused: true, draft: null });
    await expect.poll(() => fake.badges.get(7)?.text, { timeout: 3000 }).toBe('');
    await setPaused('mail.google.com', false);
    await expect.poll(() => guardEl(), { timeout: 3000 }).not.toBeNull();
    await expect.poll(findings, { timeout: 3000 }).toBeGreaterThan(0);
  });
});
