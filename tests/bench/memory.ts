/**
 * npm run bench:memory: contact memory at capacity, in Chromium with the production build.
 * Fills storage.local with 50,000 contacts and 500,000 dates (10 per contact, as the store
 * writes them), then times what a compose window costs: reading its recipients' memory
 * (5 addresses, 3 of them known) straight from storage, and the whole `toBackground/contacts`
 * round trip from an extension page to the service worker and back. Also reports the storage used.
 */
import { chromiumAvailable, launch } from '../e2e/harness';

if (!chromiumAvailable()) {
  console.error('bench:memory needs Chromium (/usr/bin/chromium, or CHROMIUM_PATH): .ci/run installs it.');
  process.exit(1);
}

const CONTACTS = 50_000;
const DATES_PER_CONTACT = 10;
const ROUNDS = 300;

interface Chrome {
  storage: { local: { set(i: object): Promise<void>; get(k: unknown): Promise<Record<string, unknown>>; getBytesInUse(k: null): Promise<number> } };
  runtime: { sendMessage(m: unknown): Promise<unknown> };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)]!;

const h = await launch();
try {
  const page = await h.openExtensionPage('options.html');
  const filled = await h.worker.evaluate(
    async ({ contacts, perContact }) => {
      const { chrome } = globalThis as unknown as { chrome: Chrome };
      const start = Math.floor(Date.now() / 1000) - 300 * 86_400;
      for (let batch = 0; batch < contacts; batch += 5000) {
        const items: Record<string, object> = {};
        for (let i = batch; i < batch + 5000; i++) {
          const sent = Array.from({ length: perContact / 2 }, (_, k) => start + i + k * 86_400);
          const replies = Array.from({ length: perContact / 2 }, (_, k) => start + i + k * 86_400 + 3600);
          items[`contact:person${i}@customer${i % 997}.example`] = { s: sent, r: replies, ...(i % 10 === 0 ? { n: 'Prefers email; reconnect after Q3.' } : {}) };
        }
        await chrome.storage.local.set(items);
      }
      return chrome.storage.local.getBytesInUse(null);
    },
    { contacts: CONTACTS, perContact: DATES_PER_CONTACT },
  );

  const recipients = ['person17@customer17.example', 'person25000@customer75.example', 'person49999@customer149.example', 'new.person@nowhere.example', 'someone@else.example'];
  const direct = await h.worker.evaluate(
    async ({ keys, rounds }) => {
      const { chrome } = globalThis as unknown as { chrome: Chrome };
      const times: number[] = [];
      let found = 0;
      for (let r = 0; r < rounds; r++) {
        const t = performance.now();
        found = Object.keys(await chrome.storage.local.get(keys.map((k: string) => `contact:${k}`))).length;
        times.push(performance.now() - t);
      }
      return { times, found };
    },
    { keys: recipients, rounds: ROUNDS },
  );
  const roundTrip = await page.evaluate(
    async ({ addresses, rounds }) => {
      const { chrome } = globalThis as unknown as { chrome: Chrome };
      const times: number[] = [];
      let found = 0;
      for (let r = 0; r < rounds; r++) {
        const t = performance.now();
        found = ((await chrome.runtime.sendMessage({ type: 'toBackground/contacts', addresses })) as unknown[]).length;
        times.push(performance.now() - t);
      }
      return { times, found };
    },
    { addresses: recipients, rounds: ROUNDS },
  );
  if (direct.found !== 3 || roundTrip.found !== 3) throw new Error(`expected 3 known recipients, found ${direct.found} and ${roundTrip.found}`);
  const ms = (x: number) => `${x.toFixed(2)} ms`;
  console.log(`contact memory: ${CONTACTS.toLocaleString('en')} contacts, ${(CONTACTS * DATES_PER_CONTACT).toLocaleString('en')} dates, ${(filled / 1024 / 1024).toFixed(1)} MB in storage.local`);
  console.log(`recipients' memory (5 addresses, 3 known), ${ROUNDS} rounds:`);
  console.log(`  storage read in the service worker: median ${ms(median(direct.times))}, p95 ${ms(p95(direct.times))}`);
  console.log(`  toBackground/contacts round trip from a page: median ${ms(median(roundTrip.times))}, p95 ${ms(p95(roundTrip.times))}  (budget 5 ms)`);
} finally {
  await h.close();
}
