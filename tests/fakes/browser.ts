/** Stand-in for webextension-polyfill under vitest: the real one throws outside an extension. */
const listeners = new Set<(...args: unknown[]) => unknown>();
const store = new Map<string, unknown>();

const storageArea = {
  async get(keys?: string | string[] | null): Promise<Record<string, unknown>> {
    const wanted = keys == null ? [...store.keys()] : Array.isArray(keys) ? keys : [keys];
    return Object.fromEntries(wanted.filter((k) => store.has(k)).map((k) => [k, store.get(k)]));
  },
  async set(items: Record<string, unknown>): Promise<void> {
    for (const [k, v] of Object.entries(items)) store.set(k, v);
  },
  async clear(): Promise<void> {
    store.clear();
  },
};

const browser = {
  runtime: {
    onMessage: {
      addListener: (fn: (...args: unknown[]) => unknown) => listeners.add(fn),
      removeListener: (fn: (...args: unknown[]) => unknown) => listeners.delete(fn),
    },
    onInstalled: { addListener: () => undefined },
    async sendMessage(message: unknown): Promise<unknown> {
      for (const fn of listeners) {
        const answer = await fn(message, {});
        if (answer !== undefined) return answer;
      }
      return undefined;
    },
    getURL: (path: string) => `chrome-extension://test/${path}`,
  },
  storage: { sync: storageArea, local: storageArea, managed: storageArea },
};

export default browser;
