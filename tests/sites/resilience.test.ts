// @vitest-environment jsdom
// Resilience to webmail changes (fixtures made by tests/fixtures/rename-classes.mjs):
// - with every class name renamed (<site>/renamed/), each adapter still finds the compose, reads
//   the same draft as on the original page and finds the Send (Save) control, from stable
//   attributes alone;
// - a compose window missing a part a guard needs (Gmail's and Calendar's editor, Outlook's Send
//   button) is reported as such, the content script leaves it unguarded and tells the popup, and
//   the page's own send still goes out.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DraftInput } from '../../src/engine/draft';
import type { TabState } from '../../src/messaging/protocol';
import { gmail } from '../../src/sites/gmail';
import { googleCalendar } from '../../src/sites/google-calendar';
import { outlook } from '../../src/sites/outlook';
import type { SiteAdapter } from '../../src/sites/types';
import { composersOf, loadFixture } from './fixture-page';

interface FixtureWindow {
  __tactfulFixturePage?: boolean;
}

/**
 * The page scripts, each run once into this document (their listeners stay on it). Gmail's script
 * and its renamed copy look for disjoint classes, so both run. outlook-page.js and its renamed copy
 * differ only in the Send button's and the Cc/Bcc toggles' classes; its Ctrl+Enter send uses no
 * class, so the renamed copy also sends the original no-send.html (running both would send twice).
 * calendar-page.js uses no class: its renamed copy is the same script.
 */
const SCRIPTS = ['gmail/gmail-page.js', 'gmail/renamed/gmail-page.js', 'outlook/renamed/outlook-page.js', 'google-calendar/calendar-page.js'];

beforeAll(() => {
  for (const script of SCRIPTS) {
    (window as FixtureWindow).__tactfulFixturePage = false;
    new Function(readFileSync(join(process.cwd(), 'tests', 'fixtures', script), 'utf8'))();
  }
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** What the fixture page's own send recorded. */
const logged = (): (string | null)[] => [...document.querySelectorAll('#tactful-fixture-sent-log > li')].map((li) => li.getAttribute('data-subject'));

/** A draft without the thread view (read from thread-view classes, not part of a compose). */
function compared(draft: DraftInput): DraftInput {
  const { thread: _thread, ...rest } = draft;
  return rest;
}

interface Site {
  adapter: SiteAdapter;
  dir: string;
  url: string;
  /** Pages copied to renamed/ with every class renamed. */
  renamed: string[];
  /** The broken variant beside the originals, what it lacks, and the page's own way to send it. */
  broken: { file: string; missing: 'editor' | 'send'; send(): void };
}

const key = (target: Element, init: KeyboardEventInit) => target.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init }));

const SITES: Site[] = [
  {
    adapter: gmail,
    dir: 'gmail',
    url: 'https://mail.google.com/mail/u/0/',
    renamed: ['docked-chips.html', 'docked-classic.html', 'inline-reply.html'],
    broken: { file: 'no-editor.html', missing: 'editor', send: () => document.querySelector<HTMLElement>('div.M9 div[role=button].T-I-atl')!.click() },
  },
  {
    adapter: outlook,
    dir: 'outlook',
    url: 'https://outlook.office.com/mail/',
    renamed: ['compose-new.html', 'compose-reply.html', 'compose-docked.html'],
    broken: { file: 'no-send.html', missing: 'send', send: () => key(document.querySelector('[aria-label="Message body"]')!, { key: 'Enter', ctrlKey: true }) },
  },
  {
    adapter: googleCalendar,
    dir: 'google-calendar',
    url: 'https://calendar.google.com/calendar/r/eventedit',
    renamed: ['event-editor.html', 'quick-create.html'],
    broken: { file: 'no-editor.html', missing: 'editor', send: () => document.querySelector<HTMLElement>('#xSaveBu')!.click() },
  },
];

const RENAMED = SITES.flatMap((site) => site.renamed.map((file) => ({ ...site, file })));

describe.each(RENAMED)('$dir/renamed/$file: every class renamed', ({ adapter, dir, file }) => {
  it('has no class name of the original page left', () => {
    const original = new Set<string>();
    loadFixture(dir, file);
    for (const el of document.querySelectorAll('[class]')) for (const c of el.classList) original.add(c);
    loadFixture(dir, `renamed/${file}`);
    const renamed = [...document.querySelectorAll('[class]')].flatMap((el) => [...el.classList]);
    expect(renamed.length).toBeGreaterThan(0);
    expect(renamed.filter((c) => original.has(c))).toEqual([]);
  });

  it('finds the same composers, reads the same drafts, and finds the Send control the page sends by', () => {
    loadFixture(dir, file);
    const before = composersOf(adapter).map((c) => compared(c.readDraft()));
    expect(before.length).toBeGreaterThan(0);

    loadFixture(dir, `renamed/${file}`);
    const found = composersOf(adapter);
    expect(found.map((c) => compared(c.readDraft()))).toEqual(before);
    for (const c of found) {
      expect(c.missing?.()).toBeNull();
      expect(c.editor === null || !c.editor.contains(c.guardSlot().parent)).toBe(true);
    }
    // The composer's own re-send clicks the control it found; the page's script records the send.
    // (Under vitest, jsdom's MouseEvent refuses the document's own window as its view.)
    vi.stubGlobal('MouseEvent', class extends MouseEvent {
      constructor(type: string, init?: MouseEventInit) {
        super(type, { ...init, view: null });
      }
    });
    found[0]!.send({ control: null, commit: true });
    expect(logged()).toEqual([before[0]!.subject]);
  });
});

describe.each(SITES)('$dir: a compose window without its $broken.missing', ({ adapter, dir, broken }) => {
  it.each([broken.file, `renamed/${broken.file}`])('%s: found, reported as missing it, read without throwing', (file) => {
    loadFixture(dir, file);
    const [c, ...more] = composersOf(adapter);
    expect(more).toHaveLength(0);
    expect(c!.missing?.()).toBe(broken.missing);
    expect(() => c!.readDraft()).not.toThrow();
  });
});

describe('outlook: a compose window whose editor is gone', () => {
  it('is found by its Send wrapper and missing its editor; when the editor comes back, that composer closes and a guardable one opens', async () => {
    loadFixture('outlook', 'compose-new.html');
    const editor = document.querySelector('[aria-multiline="true"]')!;
    const holder = editor.parentElement!;
    editor.remove();
    const closed: AbortSignal[] = [];
    const found = composersOf(outlook, (signal) => closed.push(signal));
    expect(found).toHaveLength(1);
    expect(found[0]!.missing?.()).toBe('editor');
    expect(found[0]!.editor).toBeNull();
    holder.append(editor);
    await vi.waitFor(() => expect(found).toHaveLength(2));
    expect(closed[0]!.aborted).toBe(true);
    expect(found[1]!.missing?.()).toBeNull();
  });

  it('leaves a stale (hidden) compose pane out', () => {
    loadFixture('outlook', 'compose-docked.html');
    for (const editor of document.querySelectorAll('[aria-multiline="true"]')) editor.remove();
    expect(composersOf(outlook)).toHaveLength(1);
  });
});

// ------------------------------------------------------------------ the content script

/** Starts a fresh content script for the site (the URL its adapter matches) on the page loaded now. */
async function contentScript(url: string) {
  vi.resetModules();
  vi.stubGlobal('location', new URL(url));
  const { default: browser } = await import('webextension-polyfill');
  await import('../../src/content/index');
  const { setPaused } = await import('../../src/settings/paused');
  return {
    state: () => browser.tabs.sendMessage(7, { type: 'toContent/getState' }) as Promise<TabState>,
    /** Stops its observers (pausing the site), so none outlives the test. */
    stop: () => setPaused(new URL(url).host, true),
  };
}

describe.each(SITES)('content script on $dir/$broken.file', ({ dir, url, broken }) => {
  it('puts no guard there, says the compose is unguarded and why, and the page still sends it', async () => {
    loadFixture(dir, broken.file);
    const warn = vi.spyOn(console, 'warn');
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    window.addEventListener('error', onError);
    const tab = await contentScript(url);
    try {
      await vi.waitFor(async () => expect(await tab.state()).toMatchObject({ paused: false, draft: null, unguarded: 1, unguardedReason: broken.missing }));
      expect(document.querySelector('tactful-guard')).toBeNull();
      const subject = (document.querySelector<HTMLInputElement>('input[name=subjectbox], #xTiIn') ?? [...document.querySelectorAll<HTMLInputElement>('[role=main] input[type=text][autocomplete=off]')].at(-1))!.value;
      broken.send();
      expect(logged()).toEqual([subject]);
      // The compose window closed with the send: nothing unguarded is left.
      await vi.waitFor(async () => expect((await tab.state()).unguarded).toBe(0));
      expect(errors).toEqual([]);
      expect(warn.mock.calls.filter(([m]) => String(m).startsWith('Tactful'))).toEqual([]);
    } finally {
      window.removeEventListener('error', onError);
      await tab.stop();
    }
  });
});

describe('content script: an editor that renders late', () => {
  it('guards the Gmail compose once its editor appears', async () => {
    loadFixture('gmail', 'no-editor.html');
    const tab = await contentScript('https://mail.google.com/mail/u/0/');
    try {
      await vi.waitFor(async () => expect((await tab.state()).unguarded).toBe(1));
      const editor = document.createElement('div');
      editor.setAttribute('g_editable', 'true');
      editor.setAttribute('contenteditable', 'true');
      editor.setAttribute('role', 'textbox');
      editor.textContent = 'Hi Dana, per my last email: could you confirm?';
      document.querySelector('div.M9 .Ap')!.append(editor);
      await vi.waitFor(() => expect(document.querySelector('tactful-guard')).not.toBeNull());
      await vi.waitFor(async () => expect(await tab.state()).toMatchObject({ unguarded: 0, draft: { subject: 'Quick call about month-end close' } }));
    } finally {
      await tab.stop();
    }
  });
});
