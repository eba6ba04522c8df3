import browser from 'webextension-polyfill';

/**
 * Sites where the user paused Tactful: a list of hosts in `storage.sync`. This part of the
 * settings has no zod in it, so the content script can read it and stay small.
 */
export const PAUSED_KEY = 'pausedSites';

/** A stored value as a list of hosts; anything else counts as none paused. */
export function readPausedSites(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((h): h is string => typeof h === 'string' && /^[a-z0-9.-]+$/i.test(h)).map((h) => h.toLowerCase()) : [];
}

export async function pausedSites(): Promise<string[]> {
  const items = await browser.storage.sync.get(PAUSED_KEY);
  return readPausedSites(items[PAUSED_KEY]);
}

/** Pauses or resumes Tactful on one host; open pages follow at once. */
export async function setPaused(host: string, paused: boolean): Promise<void> {
  const others = (await pausedSites()).filter((h) => h !== host.toLowerCase());
  await browser.storage.sync.set({ [PAUSED_KEY]: paused ? [...others, host.toLowerCase()] : others });
}
