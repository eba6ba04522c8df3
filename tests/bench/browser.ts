/**
 * The guard's speed in a real browser (npm run bench:browser). Not a test: figures vary with
 * the machine and its load, so they are printed for the notes, never asserted. Needs Chromium
 * (see .ci/run) and the production build (dist/chrome).
 *  - latency: from the last keystroke to updated highlights, minus the 300 ms pause the guard
 *    waits for, on a 400-word draft (budget 50 ms)
 *  - main-thread work the content script adds per second of typing (budget 5 ms), measured as
 *    the page's script time with Tactful against the same typing with an empty extension
 *  - the content script bundle, minified (budget 60 KB)
 */
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { chromiumAvailable, DIST, launch } from '../e2e/harness';
import { EDITOR } from '../e2e/gmail-page';

const DEBOUNCE_MS = 300;
const PROSE =
  'Thanks again for walking me through how the month-end close works at Northwind today. It was useful to hear where the reconciliations slow the team down and which reports the controller needs first. ';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/** Puts a 400-word draft with one presumptive sentence into the compose. */
async function longDraft(page: Page): Promise<void> {
  await page.locator(EDITOR).first().evaluate((editor, prose) => {
    editor.replaceChildren();
    const lines = ['Hi Dana,', ''];
    for (let i = 0; i < 12; i++) lines.push(prose.trim());
    lines.push("I've put 30 minutes on your calendar for Thursday at 10.", '', 'Best regards,', 'Sam Ortiz');
    for (const line of lines) {
      const div = document.createElement('div');
      if (line) div.textContent = line;
      else div.appendChild(document.createElement('br'));
      editor.appendChild(div);
    }
    editor.dispatchEvent(new Event('input', { bubbles: true }));
  }, PROSE);
}

/** Types a word at the end of the body; resolves with ms from its last keystroke to the guard's next check. */
async function keystrokeToMarks(page: Page, word: string): Promise<{ latency: number; check: number }> {
  await page.evaluate(() => {
    const w = window as unknown as { __last: number; __checked: Promise<[number, number]> };
    document.addEventListener('keydown', () => (w.__last = performance.now()), { capture: true });
    w.__checked = new Promise((resolve) =>
      document.querySelector('tactful-guard')!.addEventListener('tactful-checked', (e) => resolve([performance.now(), Number((e as CustomEvent).detail)]), { once: true }),
    );
  });
  await page.keyboard.type(word);
  const [done, check, last] = await page.evaluate(async () => {
    const w = window as unknown as { __last: number; __checked: Promise<[number, number]> };
    const [at, took] = await w.__checked;
    return [at, took, w.__last] as const;
  });
  return { latency: done - last - DEBOUNCE_MS, check };
}

/**
 * The page's script time (ms) per second over `seconds` of typing: ten characters a second, with
 * a pause long enough for a check after every word (the most checks a typist can cause).
 */
async function scriptTimeWhileTyping(page: Page, seconds: number): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const metric = async () => ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
  const before = await metric();
  const words = ' and the close checklist stays with the controller'.split(/(?= )/);
  const started = Date.now();
  for (let i = 0; Date.now() - started < seconds * 1000; i++) {
    await page.keyboard.type(words[i % words.length]!, { delay: 100 });
    await page.waitForTimeout(DEBOUNCE_MS + 50);
  }
  // Let the last pause's check run too.
  await page.waitForTimeout(DEBOUNCE_MS + 200);
  const elapsed = (Date.now() - started) / 1000;
  return ((await metric()) - before) / elapsed;
}

async function typingWork(extensionDir: string | undefined, seconds: number): Promise<number> {
  const h = await launch(extensionDir ? { extensionDir } : {});
  try {
    const page = await h.openFixture('docked-chips.html');
    await longDraft(page);
    await page.locator(EDITOR).first().click();
    await page.keyboard.press('Control+End');
    await page.waitForTimeout(1000);
    return await scriptTimeWhileTyping(page, seconds);
  } finally {
    await h.close();
  }
}

if (!chromiumAvailable()) {
  console.error('bench:browser needs Chromium (/usr/bin/chromium, or CHROMIUM_PATH): .ci/run installs it.');
  process.exit(1);
}

const rows: [string, string][] = [];
const h = await launch();
try {
  const page = await h.openFixture('docked-chips.html');
  await page.locator('tactful-guard[data-findings]').first().waitFor();
  await longDraft(page);
  await page.locator(EDITOR).first().click();
  await page.keyboard.press('Control+End');
  await page.waitForTimeout(1000);
  const words = await page.locator(EDITOR).first().evaluate((e) => (e as HTMLElement).innerText.split(/\s+/).filter(Boolean).length);
  // A warm-up, then the measured rounds.
  await keystrokeToMarks(page, ' again');
  const runs: { latency: number; check: number }[] = [];
  for (let i = 0; i < 15; i++) runs.push(await keystrokeToMarks(page, ` word${i}`));
  rows.push(['draft', `${words} words in a docked Gmail compose (fixture), Chromium ${h.context.browser()?.version() ?? ''}`.trim()]);
  rows.push([
    'keystroke to highlights',
    `median ${median(runs.map((r) => r.latency)).toFixed(1)} ms after the ${DEBOUNCE_MS} ms pause (${runs.length} runs), max ${Math.max(...runs.map((r) => r.latency)).toFixed(1)} ms (budget 50 ms)`,
  ]);
  rows.push(['of which read, analyse, mark', `median ${median(runs.map((r) => r.check)).toFixed(1)} ms (read the draft, service worker round trip, highlights)`]);
} finally {
  await h.close();
}

// The same typing with and without Tactful; an empty extension keeps the browser set-up alike.
const empty = mkdtempSync(join(tmpdir(), 'tactful-empty-'));
writeFileSync(join(empty, 'manifest.json'), JSON.stringify({ manifest_version: 3, name: 'empty', version: '1.0', background: { service_worker: 'background.js' } }));
writeFileSync(join(empty, 'background.js'), '');
const seconds = 8;
const withTactful = await typingWork(undefined, seconds);
const without = await typingWork(empty, seconds);
rows.push([
  'main-thread script per second typing',
  `${(withTactful - without).toFixed(1)} ms added by Tactful (${withTactful.toFixed(1)} ms with, ${without.toFixed(1)} ms without; a check after every word; budget 5 ms)`,
]);
rows.push(['content script bundle', `${(statSync(join(DIST, 'content.js')).size / 1024).toFixed(1)} KB minified (budget 60 KB)`]);
for (const [k, v] of rows) console.log(`${k.padEnd(38)} ${v}`);
