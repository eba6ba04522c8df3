/**
 * Content script for the webmail hosts in the manifest: finds every compose window on the page
 * and puts a guard beside it. The text is analysed by the extension's own service worker, on
 * this machine; nothing is sent anywhere else. If anything here fails, the page is left as it
 * was and email sends as usual.
 */
import browser from 'webextension-polyfill';
import type { Finding } from '../engine/draft';
import { adapterFor } from '../sites/index';
import { Guard, type Analyze } from './guard';

const analyze: Analyze = async (draft) => {
  const findings = (await browser.runtime.sendMessage({ type: 'toBackground/analyze', draft })) as Finding[] | undefined;
  return Array.isArray(findings) ? findings : [];
};

try {
  const adapter = adapterFor(new URL(location.href));
  if (adapter) {
    const stop = new AbortController();
    adapter.observe((composer, closed) => {
      try {
        new Guard(composer, analyze, closed);
      } catch (error) {
        console.warn(`Tactful: could not guard composer ${composer.id}; sending is unaffected.`, error);
      }
    }, stop.signal);
  }
} catch (error) {
  console.warn('Tactful: the content script could not start; the page is unaffected.', error);
}
