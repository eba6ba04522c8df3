// Hostile input in a real Chromium with the production build: email bodies, subjects, display
// names and contact notes holding HTML (<img onerror>, <b>, <a href=javascript:>), script text,
// bidirectional controls (an unclosed RLO; a stray PDI then open LRI, RLI, FSI) and
// 100,000-character lines, shown by every Tactful surface: the guard's panel, hover card and
// pre-send dialog (tests/fixtures/gmail/hostile.html), the popup, the options page's "Try it"
// and contact list, the review page, and the `tactful review` HTML report opened from disk.
//
// On each: no dialog opens, no element comes of the payload (in the page or any shadow root),
// the payload's literal text is there, and the page stays responsive with a 100,000-character
// line. Each surface also gets a test that a bidi control in the payload cannot reorder the
// interface text around it: the payload must sit in an isolating element (unicode-bidi: isolate,
// <bdi>, dir=...), be the last thing in its paragraph, or be closed by a PDI (U+2069) where the
// engine quotes email text inside its own sentences (src/engine/shapes.ts `isolate`).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { editors, sendButtons, sentCount } from './gmail-page';
import { guard, launch, ROOT, type Harness } from './harness';

const TIMEOUT = 10_000;

// ------------------------------------------------------------------ the payloads

const IMG = '<img src=x onerror=alert(1)>';
const SCRIPT = '<script>alert(1)</script>';
const BOLD = '<b>HOSTILEBOLD</b>';
const LINK = '<a href=javascript:alert(1)>HOSTILELINK</a>';
/** An unclosed right-to-left override: what follows it on the line is drawn backwards. */
const RLO = '\u202egnp.exe';
/** A stray pop-directional-isolate (to close an isolate around it), then isolates left open. */
const ISO = '\u2069\u2066\u2067\u2068lanif';
const MARKUP = [IMG, SCRIPT, BOLD, LINK];
const BIDI = [RLO, ISO];

/** What hostile.html holds (tests/fixtures/gmail/README.md). */
const FIXTURE = {
  subject: `Re: ${IMG} ${BOLD} ${SCRIPT} ${RLO}`,
  bump: `Just bumping this to the top of your inbox ${IMG} ${SCRIPT} ${RLO}`,
  heard: `I haven't heard back from you ${LINK} ${ISO}`,
  bccName: `Priya ${IMG} ${SCRIPT} ${RLO}`,
};
const DANA = 'dana.whitfield@northwind-health.com';
const NOTE = `${IMG} ${BOLD} ${SCRIPT} ${RLO}`;

const SIZE = 100_000;
/** A 100,000-character line of markup, script text and a closing RLO, after a flagged lead-in. */
function longLine(lead: string): string {
  const unit = `${IMG} ${SCRIPT} ${BOLD} `;
  return (lead + unit.repeat(Math.ceil(SIZE / unit.length))).slice(0, SIZE - RLO.length) + RLO;
}

// ------------------------------------------------------------------ what is checked in the page

interface Scan {
  /** Elements that came of a payload (img[src=x], [onerror], javascript: URLs, scripts and tags with the payloads' marker text). */
  injected: string[];
  /** The payloads whose literal text is on the page (text nodes, shadow roots, form fields). */
  found: string[];
  /** Bidi payloads followed, in the same paragraph and without isolation, by other text. */
  leaks: string[];
  /** How many bidi payload occurrences were looked at. */
  checked: number;
}

/**
 * Runs in the page (as source text, so no bundler helper gets in). `scope` 'guard' looks at the
 * tactful-guard shadow roots only for text and bidi (the rest is the fixture's own Gmail page);
 * injected elements are looked for everywhere.
 */
const SCAN = `(args) => {
  const { payloads, bidi, scope } = args;
  const roots = [];
  const visit = (root) => {
    roots.push(root);
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) visit(el.shadowRoot);
  };
  visit(document);
  const injected = [];
  for (const root of roots) {
    for (const el of root.querySelectorAll('img, script, b, a, iframe, object, embed, [onerror], [onload], [href], [src]')) {
      const text = el.textContent || '';
      const js = ['href', 'src'].some((a) => /^\\s*javascript:/i.test(el.getAttribute(a) || ''));
      const bad = (el.tagName === 'IMG' && el.getAttribute('src') === 'x') || el.hasAttribute('onerror') || js ||
        (el.tagName === 'SCRIPT' && text.includes('alert(1)')) || (el.tagName === 'B' && text.includes('HOSTILEBOLD')) ||
        (el.tagName === 'A' && text.includes('HOSTILELINK')) || el.tagName === 'IFRAME' || el.tagName === 'OBJECT' || el.tagName === 'EMBED';
      if (bad) injected.push(el.outerHTML.slice(0, 120));
    }
  }
  const textRoots = scope === 'guard' ? roots.filter((r) => r instanceof ShadowRoot && r.host.localName === 'tactful-guard') : roots;
  let text = '';
  for (const root of textRoots) {
    text += (root === document ? document.documentElement : root).textContent + '\\n';
    for (const f of root.querySelectorAll('input, textarea')) text += f.value + '\\n';
  }
  const found = payloads.filter((p) => text.includes(p));

  const inlineish = (el) => { const d = getComputedStyle(el).display; return d === 'inline' || d === 'contents'; };
  const isolating = (el) => el.localName === 'bdi' || el.hasAttribute('dir') || /isolate|plaintext/.test(getComputedStyle(el).unicodeBidi);
  const name = (el) => el.localName + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '') + (el.closest('[data-tactful]') ? ' in [data-tactful=' + el.closest('[data-tactful]').getAttribute('data-tactful') + ']' : '');
  const leaks = [];
  let checked = 0;
  for (const root of textRoots) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || /^(script|style|template|textarea|title)$/.test(parent.localName) || parent.getClientRects().length === 0) continue;
      for (const p of bidi) {
        for (let at = node.data.indexOf(p); at !== -1; at = node.data.indexOf(p, at + 1)) {
          checked++;
          // The paragraph: the nearest ancestor that is not inline (crossing into a shadow host).
          const chain = [];
          let box = node.parentNode;
          while (box && box.nodeType === 1 && inlineish(box)) { chain.push(box); box = box.parentNode; }
          const container = box instanceof ShadowRoot ? box.host : box;
          if (chain.some(isolating)) continue;
          // The text after the payload in that paragraph: the rest of this node, then following
          // text up to the first block inside the paragraph (or a preserved line break).
          let after = node.data.slice(at + p.length);
          const scopeRoot = box;
          const tw = document.createTreeWalker(scopeRoot, NodeFilter.SHOW_TEXT);
          tw.currentNode = node;
          for (let t = tw.nextNode(); t; t = tw.nextNode()) {
            let ok = true;
            for (let e = t.parentNode; e && e !== scopeRoot; e = e.parentNode) if (e.nodeType === 1 && !inlineish(e)) { ok = false; break; }
            if (!ok) break;
            if (t.parentElement && t.parentElement.getClientRects().length === 0) continue;
            after += t.data;
          }
          if (/pre|break-spaces/.test(getComputedStyle(container).whiteSpace)) after = after.split('\\n')[0];
          if (after.trim() === '' || /^[\\u2069\\u202c]/.test(after)) continue;
          leaks.push(name(container) + ': ' + JSON.stringify(p) + ' is followed by ' + JSON.stringify(after.trim().slice(0, 60)) + ' in the same paragraph, with nothing isolating it');
        }
      }
    }
  }
  return { injected, found, leaks, checked };
}`;

async function scan(page: Page, scope: 'page' | 'guard' = 'page', payloads: string[] = [...MARKUP, ...BIDI]): Promise<Scan> {
  return page.evaluate(`(${SCAN})(${JSON.stringify({ payloads, bidi: BIDI, scope })})`) as Promise<Scan>;
}

/** The page answers at once: an evaluate returns, and a zero timeout fires, promptly. */
async function expectResponsive(page: Page, what: string): Promise<void> {
  const started = Date.now();
  const lag = (await page.evaluate(() => new Promise<number>((resolve) => {
    const t = performance.now();
    setTimeout(() => resolve(performance.now() - t), 0);
  }))) as number;
  expect(Date.now() - started, `${what}: an evaluate took too long`).toBeLessThan(2000);
  expect(lag, `${what}: a zero timeout waited`).toBeLessThan(500);
}

/** Dialogs (alert, confirm, prompt) a page opens; each is dismissed. */
function watchDialogs(page: Page, into: string[]): void {
  page.on('dialog', (d) => {
    into.push(`${page.url()}: ${d.type()} ${d.message()}`);
    void d.dismiss();
  });
}

function expectInert(s: Scan, what: string, payloads: string[]): void {
  expect(s.injected, `${what}: elements made from the payload`).toEqual([]);
  expect(s.found.sort(), `${what}: the payloads' literal text`).toEqual([...payloads].sort());
}

// ------------------------------------------------------------------ the extension

describe('hostile input in the extension', () => {
  let h: Harness;
  let pages: Page[] = [];
  const dialogs: string[] = [];
  const track = async (p: Promise<Page>) => {
    const page = await p;
    watchDialogs(page, dialogs);
    pages.push(page);
    return page;
  };
  const setLocal = (items: Record<string, unknown>) =>
    h.worker.evaluate((i) => (globalThis as unknown as { chrome: { storage: { local: { set(i: object): Promise<void> } } } }).chrome.storage.local.set(i), items);

  beforeAll(async () => {
    h = await launch();
    const now = Math.floor(Date.now() / 1000);
    await setLocal({
      [`contact:${DANA}`]: { s: [now - 86_400], n: NOTE },
      // A note far past the 1,000-character limit, written behind the extension's back.
      'contact:long.note@northwind-health.com': { s: [now - 172_800], n: longLine('Note: ') },
    });
  });
  afterAll(async () => {
    await h?.close();
  });
  afterEach(async () => {
    for (const page of pages) await page.close().catch(() => undefined);
    pages = [];
    expect(dialogs).toEqual([]);
    expect(h.pageErrors).toEqual([]);
  });

  it('the checks themselves: an element made from a payload, and an unisolated bidi control, are caught', async () => {
    // A control for the scan used everywhere below, on a page of the extension's own.
    const page = await track(h.openExtensionPage('options.html'));
    await page.evaluate(({ markup, rlo }) => {
      const host = document.body.appendChild(document.createElement('div'));
      const root = host.attachShadow({ mode: 'open' });
      // As a careless innerHTML would: elements from the payload (the page's policy keeps onerror from running).
      root.innerHTML = markup;
      const leak = document.body.appendChild(document.createElement('p'));
      leak.textContent = `“${rlo}”`;
      const safe = document.body.appendChild(document.createElement('p'));
      safe.append('“', Object.assign(document.createElement('bdi'), { textContent: rlo }), '”');
    }, { markup: `${IMG}${BOLD}${LINK}`, rlo: RLO });
    const s = await scan(page, 'page', [RLO]);
    expect(s.injected).toHaveLength(3);
    expect(s.checked).toBe(2);
    expect(s.leaks).toHaveLength(1);
    expect(s.leaks[0]).toContain('is followed by "”"');
  });

  /** hostile.html with its guard flagged; the panel open. */
  async function openHostileCompose(): Promise<Page> {
    const page = await track(h.openFixture('hostile.html'));
    const g = guard(page);
    await expect.poll(async () => Number((await g.findings()) ?? 0), { timeout: TIMEOUT }).toBeGreaterThanOrEqual(3);
    await g.badge.click();
    await g.host.locator('.panel [data-rule=bump]').first().waitFor({ timeout: TIMEOUT });
    await g.host.locator(`[data-tactful=contact][data-address="${DANA}"]`).waitFor({ timeout: TIMEOUT });
    return page;
  }

  /** Rests the pointer on a phrase of the editor, and waits for its card. */
  async function hoverOn(page: Page, phrase: string): Promise<void> {
    const box = await editors(page)
      .first()
      .evaluate((editor, wanted) => {
        const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const at = (n as Text).data.indexOf(wanted);
          if (at === -1) continue;
          const range = document.createRange();
          range.setStart(n, at);
          range.setEnd(n, at + wanted.length);
          const r = range.getBoundingClientRect();
          return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
        }
        return null;
      }, phrase);
    expect(box, `"${phrase}" in the editor`).not.toBeNull();
    await page.mouse.move(box!.x, box!.y);
    await guard(page).host.locator('[role=tooltip]').waitFor({ state: 'visible', timeout: TIMEOUT });
  }

  /** The guard's panel, hover card and pre-send dialog on hostile.html, each scanned. */
  async function guardScans(): Promise<{ page: Page; panel: Scan; hover: Scan; presend: Scan }> {
    const page = await openHostileCompose();
    const panel = await scan(page, 'guard');
    await hoverOn(page, 'bumping');
    const hover = await scan(page, 'guard');
    await page.mouse.move(1, 1);
    await sendButtons(page).first().click();
    const g = guard(page);
    await g.dialog.waitFor({ state: 'visible', timeout: TIMEOUT });
    const presend = await scan(page, 'guard');
    expect(await sentCount(page)).toBe(0);
    return { page, panel, hover, presend };
  }

  it('the guard: panel, hover card and pre-send dialog show names, subject, body and note as text', async () => {
    const { page, panel, hover, presend } = await guardScans();
    expectInert(panel, 'panel', [IMG, SCRIPT, BOLD, LINK, RLO, ISO]);
    // The hover card holds the bump's excerpt; the pre-send dialog every excerpt.
    expectInert(hover, 'hover card', [IMG, SCRIPT, BOLD, LINK, RLO, ISO]);
    // (The subject and the To name, which hold the bold tag, are not quoted in the dialog.)
    expectInert(presend, 'pre-send dialog', [IMG, SCRIPT, LINK, RLO, ISO]);
    const g = guard(page);
    expect(await g.dialog.textContent()).toContain(FIXTURE.bump);
    // The display name, quoted in the Bcc finding, and the contact note (a text field's value).
    await g.edit.click();
    await g.dialog.waitFor({ state: 'hidden', timeout: TIMEOUT });
    if (!(await g.host.locator('.panel').count())) await g.badge.click();
    expect(await g.host.locator('[data-rule=bcc-recipient-org] .message').textContent()).toContain(FIXTURE.bccName);
    expect(await g.host.locator(`[data-tactful=contact][data-address="${DANA}"] input[data-field=note]`).inputValue()).toBe(NOTE);
    await expectResponsive(page, 'guard');
  });

  it('the guard: a 100,000-character line in the body and the subject is checked within seconds, shown as text, and the page stays responsive', async () => {
    const page = await openHostileCompose();
    const g = guard(page);
    const before = Number(await g.findings());
    const line = longLine('Per my last email, ');
    const started = Date.now();
    // A new line above the sign-off (what follows "Best regards" is the signature, which is not checked).
    await editors(page).first().evaluate((editor, text) => {
      const div = document.createElement('div');
      div.textContent = text;
      const signOff = [...editor.children].find((d) => d.textContent === 'Best regards,') ?? null;
      editor.insertBefore(div, signOff);
      editor.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
    }, line);
    await page.locator('input[name=subjectbox]').fill(longLine('Re: '));
    // And a 100,000-character display name on the Bcc chip (quoted in the Bcc finding's message).
    await page.locator('div[name=bcc] [role=option]').evaluate((chip, name) => {
      chip.setAttribute('data-name', name);
      chip.querySelector('span')!.textContent = name;
    }, longLine('Priya '));
    await expect.poll(async () => Number(await g.findings()), { timeout: TIMEOUT, message: 'findings after the long line' }).toBeGreaterThan(before);
    expect(Date.now() - started, 'time until the long line was checked').toBeLessThan(8000);
    await expectResponsive(page, 'guard with a 100,000-character line');
    await g.host.locator('[data-rule=per-my-last-email]').first().waitFor({ timeout: TIMEOUT });
    // The excerpt is cut short; what is shown is text.
    const excerpt = (await g.host.locator('[data-rule=per-my-last-email] .excerpt').first().textContent()) ?? '';
    expect(excerpt.length).toBeLessThan(200);
    expect(excerpt).toContain(`Per my last email, ${IMG} ${SCRIPT} ${BOLD}`);
    await expect
      .poll(async () => ((await g.host.locator('[data-rule=bcc-recipient-org] .message').textContent()) ?? '').length, { timeout: TIMEOUT, message: 'the long name in the Bcc finding' })
      .toBeGreaterThan(SIZE);
    await expectResponsive(page, 'guard with a 100,000-character name');
    const s = await scan(page, 'guard', [IMG, SCRIPT, BOLD]);
    expectInert(s, 'panel with the long line', [IMG, SCRIPT, BOLD]);

    // The popup for this draft: the 100,000-character subject and the findings, as text.
    const tabId = await h.tabOnHost('mail.google.com');
    const shown = Date.now();
    const popup = await track(h.openExtensionPage(`popup.html?tab=${tabId}`));
    await popup.locator('[data-tactful=draft] [data-rule=per-my-last-email]').first().waitFor({ timeout: TIMEOUT });
    expect(Date.now() - shown, 'popup with a 100,000-character subject').toBeLessThan(8000);
    await expectResponsive(popup, 'popup with a 100,000-character subject');
    expect(((await popup.locator('h2 .subject').textContent()) ?? '').length).toBeGreaterThanOrEqual(SIZE);
    expectInert(await scan(popup, 'page', [IMG, SCRIPT, BOLD, RLO]), 'popup with the long line', [IMG, SCRIPT, BOLD, RLO]);
  });

  it(`the guard: a bidi control in a name, excerpt or note cannot reorder the text around it`, async () => {
    const { panel, hover, presend } = await guardScans();
    for (const s of [panel, hover, presend]) expect(s.checked).toBeGreaterThan(0);
    expect([...panel.leaks.map((l) => `panel: ${l}`), ...hover.leaks.map((l) => `hover card: ${l}`), ...presend.leaks.map((l) => `pre-send: ${l}`)]).toEqual([]);
  });

  it('the popup shows the hostile draft (subject, excerpts, names) as text', async () => {
    await openHostileCompose();
    const tabId = await h.tabOnHost('mail.google.com');
    const popup = await track(h.openExtensionPage(`popup.html?tab=${tabId}`));
    await popup.locator('[data-tactful=draft] [data-rule=bump]').first().waitFor({ timeout: TIMEOUT });
    expectInert(await scan(popup), 'popup', [IMG, SCRIPT, BOLD, LINK, RLO, ISO]);
    expect(await popup.locator('h2 .subject').textContent()).toBe(`: ${FIXTURE.subject}`);
    await expectResponsive(popup, 'popup');
  });

  it(`the popup: a bidi control in email text cannot reorder the text around it`, async () => {
    await openHostileCompose();
    const tabId = await h.tabOnHost('mail.google.com');
    const popup = await track(h.openExtensionPage(`popup.html?tab=${tabId}`));
    await popup.locator('[data-tactful=draft] [data-rule=bump]').first().waitFor({ timeout: TIMEOUT });
    const s = await scan(popup);
    expect(s.checked).toBeGreaterThan(0);
    expect(s.leaks).toEqual([]);
  });

  /** The options page's "Try it" with hostile text and a 100,000-character line, and its contact list. */
  async function optionsWithHostileText(): Promise<Page> {
    const options = await track(h.openExtensionPage('options.html'));
    const text = `Hi ${BOLD} Dana,\n\n${FIXTURE.bump}\n\n${FIXTURE.heard}\n\n${longLine('Per my last email, ')}\n\nSam`;
    const started = Date.now();
    await options.locator('#try-text').fill(text);
    await options.locator('[data-tactful=test-results] [data-rule=per-my-last-email]').waitFor({ timeout: TIMEOUT });
    expect(Date.now() - started, '"Try it" with a 100,000-character line').toBeLessThan(8000);
    await options.locator(`[data-tactful=contacts] [data-contact="${DANA}"] [data-tactful=note]`).waitFor({ timeout: TIMEOUT });
    return options;
  }

  it('the options page: "Try it" results and the contact list (notes, one far too long) show the payloads as text', async () => {
    const options = await optionsWithHostileText();
    await expectResponsive(options, 'options');
    expectInert(await scan(options), 'options', [IMG, SCRIPT, BOLD, LINK, RLO, ISO]);
    const results = (await options.locator('[data-tactful=test-results]').textContent()) ?? '';
    expect(results).toContain(FIXTURE.bump);
    expect(results).toContain(FIXTURE.heard);
    expect(await options.locator(`[data-contact="${DANA}"] [data-tactful=note]`).textContent()).toContain(NOTE);
    // The over-long note is cut to the limit when read.
    const long = (await options.locator('[data-contact="long.note@northwind-health.com"] [data-tactful=note]').textContent()) ?? '';
    expect(long.length).toBeLessThan(1100);
    expect(long).toContain(`Note: ${IMG}`);
  });

  it(`the options page: a bidi control in the "Try it" results cannot reorder the text around it`, async () => {
    const options = await optionsWithHostileText();
    const s = await scan(options);
    expect(s.checked).toBeGreaterThan(0);
    expect(s.leaks).toEqual([]);
  });

  it('the options page: the contact list isolates a note (or ends its paragraph with it)', async () => {
    const options = await optionsWithHostileText();
    await options.locator('#try-text').fill('');
    await expect.poll(() => options.locator('[data-tactful=test-results] [data-rule]').count(), { timeout: TIMEOUT }).toBe(0);
    const s = await scan(options);
    expect(s.checked).toBeGreaterThan(0);
    expect(s.leaks).toEqual([]);
  });

  // ---------------------------------------------------------------- the review page

  const HOSTILE_FILES = ['hostile.eml', 'hostile.mbox'].map((f) => join(ROOT, 'tests', 'fixtures', 'hostile', f));
  const LONG_EML = [
    'From: Tom Reilly <tom.reilly@northpeak.io>',
    'To: Sofia Marin <sofia.marin@cobaltdental.com>',
    `Subject: ${longLine('A long one ').replace(/[\u2000-\uffff]/g, '')}`,
    'Date: Wed, 25 Mar 2026 09:00:00 +0000',
    'Message-ID: <hostile-e2e-long@mail.example>',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Hi Sofia,',
    '',
    longLine('Just bumping this '),
    '',
    'Tom',
    '',
  ].join('\r\n');

  async function reviewHostile(): Promise<Page> {
    const page = await track(h.openExtensionPage('review.html'));
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.locator('#review-team').fill('northpeak.io');
    const files = [
      ...HOSTILE_FILES.map((path) => ({ name: path.split('/').pop()!, mimeType: 'application/octet-stream', buffer: readFileSync(path) })),
      { name: 'long-line.eml', mimeType: 'message/rfc822', buffer: Buffer.from(LONG_EML) },
    ];
    await page.locator('input[type=file][data-action=files]').setInputFiles(files);
    await page.locator('[data-tactful=report]').waitFor({ timeout: 30_000 });
    expect(await page.locator('[data-tactful=report]').getAttribute('data-emails')).toBe('4');
    return page;
  }

  async function openEmail(page: Page, subjectPart: string): Promise<void> {
    await page.locator('[data-drill="rule:bump"]').click();
    const row = page.locator('[data-tactful=drill] [data-action=open-email]', { hasText: subjectPart }).first();
    await row.click();
    await page.locator('[role=dialog][data-tactful=email] [data-tactful=email-body]').waitFor({ timeout: TIMEOUT });
  }

  it('the review page: the report and an opened email show subjects, names and bodies as text', async () => {
    const page = await reviewHostile();
    await expectResponsive(page, 'review report');
    // The emails behind a number, listed with their subjects.
    await page.locator('[data-drill="rule:bump"]').click();
    await page.locator('[data-tactful=drill] [data-action=open-email]').first().waitFor({ timeout: TIMEOUT });
    const report = await scan(page, 'page', [IMG, SCRIPT, BOLD]);
    expectInert(report, 'review report', [IMG, SCRIPT, BOLD]);
    await openEmail(page, `Re: ${IMG}`);
    const dialog = page.locator('[role=dialog][data-tactful=email]');
    expect(await dialog.locator('[data-tactful=email-subject]').textContent()).toBe(FIXTURE.subject);
    const body = (await dialog.locator('[data-tactful=email-body]').textContent()) ?? '';
    expect(body).toContain(FIXTURE.bump);
    expect(body).toContain(FIXTURE.heard);
    expectInert(await scan(page), 'review email dialog', [IMG, SCRIPT, BOLD, LINK, RLO, ISO]);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    // The HTML-only email: its real <img>, <script> and <iframe> were read as HTML and dropped; the escaped ones are text.
    await openEmail(page, `${BOLD} ${ISO}`);
    const html = (await dialog.locator('[data-tactful=email-body]').textContent()) ?? '';
    expect(html).toContain(`Did you get my last email? ${IMG} ${SCRIPT} ${RLO}`);
    expect(html).not.toContain('iframe');
    expectInert(await scan(page, 'page', [IMG, SCRIPT, BOLD, RLO, ISO]), 'review email dialog (HTML mail)', [IMG, SCRIPT, BOLD, RLO, ISO]);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    // The 100,000-character line opens within seconds, as text.
    const started = Date.now();
    await openEmail(page, 'A long one');
    expect(Date.now() - started, 'opening the email with a 100,000-character line').toBeLessThan(8000);
    await expectResponsive(page, 'review email dialog with a 100,000-character line');
    expectInert(await scan(page, 'page', [IMG, SCRIPT, BOLD]), 'review email dialog (long line)', [IMG, SCRIPT, BOLD]);
    expect(await page.evaluate(() => [...document.scripts].map((s) => s.getAttribute('src')))).toEqual(['review.js']);
  });

  it(`the review page: a bidi control in an email cannot reorder the text around it`, async () => {
    const page = await reviewHostile();
    const leaks: string[] = [];
    let checked = 0;
    await page.locator('[data-drill="rule:bump"]').click();
    await page.locator('[data-tactful=drill] [data-action=open-email]').first().waitFor({ timeout: TIMEOUT });
    const report = await scan(page);
    leaks.push(...report.leaks.map((l) => `report: ${l}`));
    checked += report.checked;
    await openEmail(page, `Re: ${IMG}`);
    const email = await scan(page);
    leaks.push(...email.leaks.map((l) => `email: ${l}`));
    checked += email.checked;
    expect(checked).toBeGreaterThan(0);
    expect(leaks).toEqual([]);
  });
});

// ------------------------------------------------------------------ the CLI's HTML report

describe('hostile input in the `tactful review` HTML report', () => {
  let h: Harness;
  let dir: string;
  let page: Page;
  const dialogs: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tactful-hostile-'));
    const long = join(dir, 'long-line.eml');
    writeFileSync(
      long,
      ['From: Tom Reilly <tom.reilly@northpeak.io>', 'To: Sofia Marin <sofia.marin@cobaltdental.com>', 'Subject: A long one', 'Date: Wed, 25 Mar 2026 09:00:00 +0000', 'Message-ID: <hostile-cli-long@mail.example>', 'Content-Type: text/plain; charset=utf-8', '', 'Hi Sofia,', '', longLine('Just bumping this '), '', 'Tom', ''].join('\r\n'),
    );
    const out = join(dir, 'report.html');
    const files = ['hostile.eml', 'hostile.mbox'].map((f) => join(ROOT, 'tests', 'fixtures', 'hostile', f));
    // The production CLI, as built by the e2e setup.
    execFileSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'review', ...files, long, '--from', 'northpeak.io', '--out', out], { stdio: 'pipe', timeout: 60_000 });
    h = await launch();
    page = await h.context.newPage();
    watchDialogs(page, dialogs);
    const started = Date.now();
    await page.goto(pathToFileURL(out).href, { waitUntil: 'load' });
    expect(Date.now() - started, 'loading the report').toBeLessThan(10_000);
    // Every email's details open, so all its text is laid out.
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => d.setAttribute('open', '')));
  });
  afterAll(async () => {
    await h?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('shows subjects, bodies and the 100,000-character line as text: no dialog, no element from the payload', async () => {
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    await expectResponsive(page, 'report');
    const s = await scan(page, 'page', [IMG, SCRIPT, BOLD, LINK, RLO, ISO]);
    expectInert(s, 'report', [IMG, SCRIPT, BOLD, LINK, RLO, ISO]);
    expect(await page.locator('script').count()).toBe(0);
    const text = (await page.locator('body').textContent()) ?? '';
    expect(text).toContain(FIXTURE.subject);
    expect(text).toContain(FIXTURE.heard);
    expect(h.pageErrors).toEqual([]);
  });

  it(`a bidi control in an email cannot reorder the report's text around it`, async () => {
    const s = await scan(page);
    expect(s.checked).toBeGreaterThan(0);
    expect(s.leaks).toEqual([]);
  });
});
