/**
 * Loads a webmail fixture page into the jsdom document of an adapter test, and runs an adapter's
 * observer over it. Observers stop after each test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { Composer, SiteAdapter } from '../../src/sites/types';

/** Replaces the test's document with tests/fixtures/<folder>/<name>, its html and body attributes included. */
export function loadFixture(folder: string, name: string): void {
  const html = readFileSync(join(process.cwd(), 'tests', 'fixtures', folder, name), 'utf8');
  const doc = new DOMParser().parseFromString(html, 'text/html');
  document.documentElement.innerHTML = doc.documentElement.innerHTML;
  for (const el of ['documentElement', 'body'] as const) {
    for (const attr of [...document[el].attributes]) document[el].removeAttribute(attr.name);
    for (const { name: attr, value } of [...doc[el].attributes]) document[el].setAttribute(attr, value);
  }
}

const stops: AbortController[] = [];
afterEach(() => stops.splice(0).forEach((s) => s.abort()));

/** The composers the adapter finds in the page now; with `onClosed`, each one's closing signal too. */
export function composersOf(adapter: SiteAdapter, onClosed?: (signal: AbortSignal) => void): Composer[] {
  const found: Composer[] = [];
  const stop = new AbortController();
  stops.push(stop);
  adapter.observe((c, closed) => {
    found.push(c);
    onClosed?.(closed);
  }, stop.signal);
  return found;
}
