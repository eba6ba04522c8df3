import browser, { type Runtime } from 'webextension-polyfill';
import { analyze } from '../engine/analyze';
import { parseDraft } from '../engine/draft';
import type { Severity } from '../engine/severity';
import { isToBackground } from '../messaging/protocol';
import { loadSettings, migrateStored } from '../settings/storage';

/**
 * The service worker answers the extension's own parts. It holds no email text: each request
 * is analysed and forgotten. Settings are read for each analysis, so a change in the options
 * page (or a new organisation policy) applies to the very next check.
 */

/** The toolbar button's colour per highest severity: the guard's palette. */
export const BADGE_COLOURS: Record<Severity, string> = { info: '#1a73e8', warning: '#b06000', error: '#c5221f' };

browser.runtime.onInstalled.addListener(() => {
  migrateStored().catch((error: unknown) => console.warn('Tactful: could not migrate stored settings; defaults apply where they fail.', error));
});

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (!isToBackground(message)) return undefined;
  switch (message.type) {
    case 'toBackground/analyze': {
      const draft = parseDraft(message.draft);
      if (!draft.ok) return Promise.resolve([]);
      return loadSettings().then(({ policy }) => analyze(draft.value, policy));
    }
    case 'toBackground/badge': {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return undefined;
      const text = message.count > 0 ? String(message.count) : '';
      const color = message.severity ? BADGE_COLOURS[message.severity] : BADGE_COLOURS.info;
      return Promise.all([browser.action.setBadgeText({ tabId, text }), browser.action.setBadgeBackgroundColor({ tabId, color })]).then(
        () => true as const,
        () => true as const,
      );
    }
    default:
      return undefined;
  }
});
