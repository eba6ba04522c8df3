import browser from 'webextension-polyfill';
import { DEFAULT_POLICY, parsePolicy, type Policy } from './schema';

const KEY = 'policy';

/**
 * The policy in force: an organisation's managed policy wins over personal settings; a stored
 * value that fails validation is ignored (defaults apply) rather than breaking the extension.
 */
export async function loadPolicy(): Promise<Policy> {
  const [personal, managed] = await Promise.all([
    browser.storage.sync.get(KEY).catch(() => ({}) as Record<string, unknown>),
    browser.storage.managed.get(KEY).catch(() => ({}) as Record<string, unknown>),
  ]);
  for (const source of [managed, personal]) {
    const value = (source as Record<string, unknown>)[KEY];
    if (value === undefined) continue;
    const parsed = parsePolicy(value);
    if (parsed.ok) return parsed.value;
  }
  return DEFAULT_POLICY;
}
