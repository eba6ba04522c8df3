/**
 * Content script for the webmail hosts in the manifest: finds every compose window on the page
 * and puts a guard beside it. The text is analysed by the extension's own service worker, on
 * this machine; nothing is sent anywhere else. If anything here fails, the page is left as it
 * was and email sends as usual.
 *
 * It also keeps the toolbar badge on the draft last worked on, answers the popup about it, and
 * follows the settings: a change re-checks every open draft; pausing the site removes the guards.
 */
import browser from 'webextension-polyfill';
import type { DraftInput, Finding } from '../engine/draft';
import type { Contact, Sighting } from '../memory/contacts';
import { isToContent, type DraftState, type TabState, type ToContent } from '../messaging/protocol';
import { PAUSED_KEY, pausedSites, readPausedSites } from '../settings/paused';
import { adapterFor } from '../sites/index';
import type { Composer, SiteAdapter } from '../sites/types';
import { highest } from '../ui/guard-view';
import { Guard, type Analyze } from './guard';

const analyze: Analyze = async (draft) => {
  const findings = (await browser.runtime.sendMessage({ type: 'toBackground/analyze', draft })) as Finding[] | undefined;
  return Array.isArray(findings) ? findings : [];
};

const guards = new Set<Guard>();
/** The guard last focused; the popup and the badge speak of it (else of the first one open). */
let current: Guard | undefined;
let running: AbortController | undefined;
let paused = false;
let badgeShown = '';
/** The user's own addresses, as composers show them: never remembered as contacts. */
const self = new Set<string>();

const send = <T>(message: unknown): Promise<T> => browser.runtime.sendMessage(message) as Promise<T>;

function remember(sightings: Sighting[]): void {
  if (sightings.length) send({ type: 'toBackground/record', sightings, self: [...self] }).catch(() => undefined);
}

/** A draft that went out: a sent date for each recipient. */
function sent(draft: DraftInput): void {
  if (draft.from) self.add(draft.from);
  const at = Date.now();
  remember([...(draft.to ?? []), ...(draft.cc ?? []), ...(draft.bcc ?? [])].map((address) => ({ address, at, kind: 'sent' as const })));
}

const currentGuard = (): Guard | undefined => (current && guards.has(current) ? current : guards.values().next().value);

/** The toolbar badge follows the current draft; sent only when it changes. */
function showBadge(): void {
  const findings = currentGuard()?.state().findings ?? [];
  const badge = { type: 'toBackground/badge' as const, count: findings.length, severity: highest(findings) };
  const key = `${badge.count}|${badge.severity}`;
  if (key === badgeShown) return;
  badgeShown = key;
  browser.runtime.sendMessage(badge).catch(() => undefined);
}

/** Compose windows open now that are not guarded, and why: the popup says so. */
const unguarded = new Map<Composer, string>();

/** Leaves a compose window unguarded (the page sends as usual) until it closes, or `retry` guards it. */
function leave(composer: Composer, reason: string, closed: AbortSignal, retry?: () => void): void {
  unguarded.set(composer, reason);
  const watch = new MutationObserver(() => {
    if (composer.missing?.()) return;
    stop();
    retry?.();
  });
  const stop = () => {
    watch.disconnect();
    unguarded.delete(composer);
  };
  if (retry) watch.observe(composer.root, { childList: true, subtree: true });
  closed.addEventListener('abort', stop);
}

function start(adapter: SiteAdapter): void {
  running = new AbortController();
  adapter.observe(function onComposer(composer, closed) {
    const missing = composer.missing?.();
    // A part rendered late (the editor, the Send button): guarded once it is there.
    if (missing) return leave(composer, missing, closed, () => onComposer(composer, closed));
    try {
      const guard = new Guard(composer, analyze, closed, {
        changed: (g) => (g === currentGuard() ? showBadge() : undefined),
        focused: (g) => {
          current = g;
          showBadge();
        },
        sent,
        contacts: async (addresses) => {
          const found = await send<Contact[] | undefined>({ type: 'toBackground/contacts', addresses });
          return Array.isArray(found) ? found : [];
        },
        saveNote: async (address, note) => {
          const saved = await send<{ ok: boolean; error?: string } | undefined>({ type: 'toBackground/note', address, note });
          return saved?.ok ? null : (saved?.error ?? 'not saved');
        },
      });
      guards.add(guard);
      closed.addEventListener('abort', () => {
        guards.delete(guard);
        showBadge();
      });
    } catch (error) {
      leave(composer, 'error', closed);
      console.warn(`Tactful: could not guard composer ${composer.id}; sending is unaffected.`, error);
    }
  }, running.signal);
  // Who wrote the messages of the threads the user opens (dates only): replies seen.
  adapter.observeThreads?.((seen) => remember(seen.map((s) => ({ ...s, kind: 'reply' as const }))), running.signal);
}

function setPausedHere(adapter: SiteAdapter, pause: boolean): void {
  if (pause === paused && (pause || running)) return;
  paused = pause;
  running?.abort();
  running = undefined;
  if (!pause) start(adapter);
  showBadge();
}

function find(composer: string): Guard | undefined {
  return [...guards].find((g) => g.id === composer);
}

async function answer(message: ToContent, adapter: SiteAdapter): Promise<TabState | DraftState | null> {
  switch (message.type) {
    case 'toContent/getState': {
      const guard = currentGuard();
      return { host: location.host, site: adapter.name, paused, draft: guard ? guard.state() : null, unguarded: unguarded.size, unguardedReason: unguarded.values().next().value };
    }
    case 'toContent/apply': {
      const guard = find(message.composer);
      if (!guard) return null;
      await guard.apply(message.finding, message.replacement);
      return guard.state();
    }
    case 'toContent/tick': {
      const guard = find(message.composer);
      guard?.tick(message.item, message.ticked);
      return guard ? guard.state() : null;
    }
  }
}

try {
  const adapter = adapterFor(new URL(location.href));
  if (adapter) {
    browser.runtime.onMessage.addListener((message: unknown) => (isToContent(message) ? answer(message, adapter) : undefined));
    browser.storage.onChanged.addListener((changes: Record<string, unknown>, area: string) => {
      if (area !== 'sync' && area !== 'managed') return;
      if (area === 'sync' && PAUSED_KEY in changes) {
        const change = changes[PAUSED_KEY] as { newValue?: unknown };
        setPausedHere(adapter, readPausedSites(change.newValue).includes(location.host));
      }
      if (area === 'managed' || Object.keys(changes).some((k) => k !== PAUSED_KEY)) {
        for (const guard of guards) void guard.recheck();
      }
    });
    pausedSites().then(
      (hosts) => setPausedHere(adapter, hosts.includes(location.host)),
      () => setPausedHere(adapter, false),
    );
  }
} catch (error) {
  console.warn('Tactful: the content script could not start; the page is unaffected.', error);
}
