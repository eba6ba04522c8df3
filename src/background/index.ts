import browser from 'webextension-polyfill';
import { analyze } from '../engine/analyze';
import { parseDraft } from '../engine/draft';
import { isToBackground } from '../messaging/protocol';
import { loadPolicy } from '../settings/storage';

/**
 * The service worker answers the extension's own parts. It holds no email text: each request
 * is analysed and forgotten.
 */
browser.runtime.onMessage.addListener((message: unknown) => {
  if (!isToBackground(message)) return undefined;
  switch (message.type) {
    case 'toBackground/getPolicy':
      return loadPolicy();
    case 'toBackground/analyze': {
      const draft = parseDraft(message.draft);
      if (!draft.ok) return Promise.resolve([]);
      return loadPolicy().then((policy) => analyze(draft.value, policy));
    }
  }
});
