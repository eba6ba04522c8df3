import browser from 'webextension-polyfill';
import type messages from '../../assets/_locales/en/messages.json';

/** A key of assets/_locales/en/messages.json: the compiler rejects a string that is not one. */
export type MessageKey = keyof typeof messages;

/**
 * A UI string in the browser's language (`browser.i18n`, falling back to English by the
 * manifest's default_locale). Substitutions fill the message's placeholders in order.
 */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  try {
    const text = browser.i18n.getMessage(key, substitutions.map(String));
    if (text) return text;
  } catch {
    // No i18n here (a context without the extension): the key is still a readable label.
  }
  return key;
}
