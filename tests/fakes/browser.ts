/**
 * Stand-in for webextension-polyfill under vitest: the real one throws outside an extension.
 * Storage areas are separate maps and report changes like the browser does; i18n reads the
 * real messages file; runtime and tabs messages go to the runtime.onMessage listeners.
 * `resetFake()` empties everything between tests.
 */
import messages from '../../assets/_locales/en/messages.json';
import manifest from '../../manifest.json';

type Listener = (...args: unknown[]) => unknown;
type Change = { oldValue?: unknown; newValue?: unknown };

function event<L extends Listener = Listener>() {
  const listeners = new Set<L>();
  return {
    listeners,
    addListener: (fn: L) => void listeners.add(fn),
    removeListener: (fn: L) => void listeners.delete(fn),
    hasListener: (fn: L) => listeners.has(fn),
  };
}

const onChanged = event();
const clone = <T,>(v: T): T => (v === undefined ? v : structuredClone(v));

function storageArea(name: string) {
  const store = new Map<string, unknown>();
  const notify = (changes: Record<string, Change>) => {
    if (Object.keys(changes).length) for (const fn of onChanged.listeners) fn(changes, name);
  };
  return {
    store,
    /** When set, the next set() rejects with this message (a quota error, say). */
    failNextSet: undefined as string | undefined,
    async get(keys?: string | string[] | Record<string, unknown> | null): Promise<Record<string, unknown>> {
      const wanted = keys == null ? [...store.keys()] : typeof keys === 'string' ? [keys] : Array.isArray(keys) ? keys : Object.keys(keys);
      return Object.fromEntries(wanted.filter((k) => store.has(k)).map((k) => [k, clone(store.get(k))]));
    },
    async set(items: Record<string, unknown>): Promise<void> {
      if (this.failNextSet) {
        const message = this.failNextSet;
        this.failNextSet = undefined;
        throw new Error(message);
      }
      const changes: Record<string, Change> = {};
      for (const [k, v] of Object.entries(items)) {
        changes[k] = { oldValue: clone(store.get(k)), newValue: clone(v) };
        store.set(k, clone(v));
      }
      notify(changes);
    },
    async remove(keys: string | string[]): Promise<void> {
      const changes: Record<string, Change> = {};
      for (const k of typeof keys === 'string' ? [keys] : keys) {
        if (!store.has(k)) continue;
        changes[k] = { oldValue: store.get(k) };
        store.delete(k);
      }
      notify(changes);
    },
    async clear(): Promise<void> {
      await this.remove([...store.keys()]);
    },
  };
}

const onMessage = event();

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/** chrome.i18n.getMessage: placeholders ($NAME$) take their content, then $1..$9 take the substitutions. */
function getMessage(key: string, substitutions?: string | string[]): string {
  const entry = (messages as Messages)[key];
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const withPlaceholders = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (all, name: string) => {
    const found = Object.entries(entry.placeholders ?? {}).find(([n]) => n.toLowerCase() === name.toLowerCase());
    return found ? found[1].content : all;
  });
  return withPlaceholders.replace(/\$(\d)/g, (_all, n: string) => subs[Number(n) - 1] ?? '').replace(/\$\$/g, '$');
}

const badges = new Map<number | undefined, { text: string; color: string }>();

const browser = {
  runtime: {
    onMessage,
    onInstalled: event(),
    async sendMessage(message: unknown): Promise<unknown> {
      for (const fn of onMessage.listeners) {
        const answer = await fn(message, { tab: { id: 7 } });
        if (answer !== undefined) return answer;
      }
      return undefined;
    },
    getURL: (path: string) => `chrome-extension://test/${path}`,
    getManifest: () => manifest,
    openOptionsPage: async () => undefined,
  },
  storage: { sync: storageArea('sync'), local: storageArea('local'), managed: storageArea('managed'), session: storageArea('session'), onChanged },
  i18n: { getMessage, getUILanguage: () => 'en' },
  tabs: {
    async query(): Promise<{ id: number }[]> {
      return [{ id: 7 }];
    },
    /** One page plays every part here: a tab's content script listens on runtime.onMessage too. */
    async sendMessage(_tabId: number, message: unknown): Promise<unknown> {
      for (const fn of onMessage.listeners) {
        const answer = await fn(message, { id: 'test' });
        if (answer !== undefined) return answer;
      }
      throw new Error('Could not establish connection. Receiving end does not exist.');
    },
    create: async () => ({ id: 8 }),
  },
  action: {
    async setBadgeText({ tabId, text }: { tabId?: number; text: string }) {
      badges.set(tabId, { ...(badges.get(tabId) ?? { color: '' }), text });
    },
    async setBadgeBackgroundColor({ tabId, color }: { tabId?: number; color: string }) {
      badges.set(tabId, { ...(badges.get(tabId) ?? { text: '' }), color });
    },
  },
};

/** Test-only handles on the fake's state. */
export const fake = {
  badges,
  onMessage,
  sync: browser.storage.sync,
  managed: browser.storage.managed,
  local: browser.storage.local,
};

/** Empties storage, storage listeners and badges, without firing change events. */
export function resetFake(): void {
  for (const area of [browser.storage.sync, browser.storage.local, browser.storage.managed, browser.storage.session]) {
    area.store.clear();
    area.failNextSet = undefined;
  }
  onChanged.listeners.clear();
  badges.clear();
}

export default browser;
