import browser from 'webextension-polyfill';
import { PAUSED_KEY, readPausedSites } from './paused';
import { DEFAULT_POLICY, POLICY_FIELDS, PolicySchema, readPolicy, isRecord, type Policy, type PolicyField } from './schema';
import { describeIssues, type ParseResult } from '../engine/draft';

/**
 * Where settings live:
 * - personal settings in `storage.sync`, one key per policy field (plus `pausedSites` and
 *   `settingsVersion`), so no single item nears sync storage's 8 KB per-item quota;
 * - an organisation's policy in `storage.managed` (Chrome enterprise policy with the manifest's
 *   managed_schema, Firefox's policies.json), under the same field names. A managed field wins
 *   over the personal one; in `rules`, each rule the organisation names wins.
 * Every stored value is validated when read; a value that fails falls back to its default
 * (keeping what is valid in it), and the problem is reported rather than thrown.
 */

export const SETTINGS_VERSION = 2;
const VERSION_KEY = 'settingsVersion';

type Items = Record<string, unknown>;

/**
 * Migrations of the stored personal settings: MIGRATIONS[n] takes version n to n + 1.
 * Version 1 (the first builds) kept the whole policy under one `policy` key, which sync storage
 * caps at 8 KB: a long list of custom phrases would not have saved. Version 2 stores each field
 * under its own key.
 */
export const MIGRATIONS: Record<number, (items: Items) => Items> = {
  1: ({ policy, ...rest }) => ({ ...rest, ...(isRecord(policy) ? policy : {}) }),
};

/** The stored version: absent means version 1 when the old `policy` key is there, else nothing stored yet. */
function versionOf(items: Items): number {
  const v = items[VERSION_KEY];
  if (typeof v === 'number' && Number.isInteger(v) && v >= 1) return v;
  return 'policy' in items ? 1 : SETTINGS_VERSION;
}

/** Brings stored items up to SETTINGS_VERSION; returns the new items and the keys to remove. */
export function migrate(items: Items): { items: Items; remove: string[]; changed: boolean } {
  let version = versionOf(items);
  let next = items;
  while (version < SETTINGS_VERSION) {
    const step = MIGRATIONS[version];
    if (!step) break;
    next = step(next);
    version++;
  }
  const changed = next !== items || (Object.keys(items).length > 0 && items[VERSION_KEY] !== SETTINGS_VERSION);
  const remove = Object.keys(items).filter((k) => !(k in next));
  return { items: { ...next, [VERSION_KEY]: SETTINGS_VERSION }, remove, changed };
}

/** Migrates what is in sync storage, once (the service worker does it on install and update). */
export async function migrateStored(): Promise<void> {
  const stored = await browser.storage.sync.get(null);
  const { items, remove, changed } = migrate(stored);
  if (!changed) return;
  await browser.storage.sync.set(items);
  if (remove.length) await browser.storage.sync.remove(remove);
}

export interface Settings {
  /** The policy in force: managed fields over personal ones over defaults. */
  policy: Policy;
  /** The user's own settings as stored (valid parts only). */
  personal: Policy;
  /** Fields the organisation sets (locked in the options page). */
  lockedFields: PolicyField[];
  /** Rules the organisation sets (locked in the options page). */
  lockedRules: string[];
  /** Hosts where the user paused Tactful. */
  pausedSites: string[];
  /** Stored or managed values that were ignored: whose, and the field with why. */
  problems: { source: 'personal' | 'organisation'; detail: string }[];
}

/** Reads personal and managed settings, each field validated on its own; never throws. */
export async function loadSettings(): Promise<Settings> {
  const [stored, managed] = await Promise.all([
    browser.storage.sync.get(null).catch(() => ({}) as Items),
    // Firefox rejects when no managed storage is configured; Chrome answers {}.
    browser.storage.managed.get(null).catch(() => ({}) as Items),
  ]);
  const personal = readPolicy(migrate(stored).items);
  const org = readPolicy(managed);
  const policy: Policy = { ...personal.policy };
  const lockedFields = org.present.filter((f) => f !== 'rules');
  for (const field of lockedFields) (policy as Record<string, unknown>)[field] = org.policy[field];
  const lockedRules = org.present.includes('rules') ? Object.keys(org.policy.rules) : [];
  policy.rules = { ...personal.policy.rules, ...org.policy.rules };
  return {
    policy,
    personal: personal.policy,
    lockedFields,
    lockedRules,
    pausedSites: readPausedSites(stored[PAUSED_KEY]),
    problems: [
      ...personal.problems.map((detail) => ({ source: 'personal' as const, detail })),
      ...org.problems.map((detail) => ({ source: 'organisation' as const, detail })),
    ],
  };
}

/** Sync storage's limit for one item, in bytes of key + JSON value (Chrome and Firefox). */
export const ITEM_QUOTA = 8192;

/**
 * Saves personal policy fields. Validates them all first (strictly, as an import would) and
 * writes nothing when any is invalid; a field too large for sync storage is refused by name.
 */
export async function savePersonal(patch: Partial<Policy>): Promise<ParseResult<Policy>> {
  const whole = PolicySchema.safeParse({ ...DEFAULT_POLICY, ...patch });
  if (!whole.success) return { ok: false, error: describeIssues(whole.error) };
  const items: Items = { [VERSION_KEY]: SETTINGS_VERSION };
  for (const field of POLICY_FIELDS) {
    if (!(field in patch)) continue;
    const value = whole.data[field];
    const bytes = new TextEncoder().encode(field + JSON.stringify(value)).length;
    if (bytes > ITEM_QUOTA) {
      return { ok: false, error: `${field}: too large to sync (${(bytes / 1024).toFixed(1)} KB; the browser allows ${ITEM_QUOTA / 1024} KB per setting)` };
    }
    items[field] = value;
  }
  try {
    await browser.storage.sync.set(items);
  } catch (error) {
    return { ok: false, error: `could not save: ${error instanceof Error ? error.message : String(error)}` };
  }
  return { ok: true, value: whole.data };
}

/** Calls `listener` when personal or managed settings change (in any window). Returns a way to stop. */
export function onSettingsChanged(listener: () => void): () => void {
  const handler = (_changes: unknown, area: string) => {
    if (area === 'sync' || area === 'managed') listener();
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
