/**
 * The toolbar popup. On a webmail tab with a guarded composer: the draft last worked on, its
 * findings by category with their rewrites, and a checklist to tick before sending. On a
 * webmail tab without one: what Tactful is doing there, and a switch to pause it on that site.
 * Anywhere else: where Tactful works and what it looks for.
 *
 * The draft lives in the tab: the popup asks the tab's content script (`toContent/...`) and
 * keeps nothing itself. `popup.html?tab=<id>` shows a given tab (for a popup opened as a page).
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { CATEGORIES, type Finding } from '../../engine/draft';
import type { DraftState, TabState, ToContent } from '../../messaging/protocol';
import { setPaused } from '../../settings/paused';
import { Card, categoryName } from '../../ui/guard-view';
import { t, type MessageKey } from '../../ui/i18n';

/** Site names by host, as the manifest's content scripts list them. */
const SITE_OF_HOST: [RegExp, MessageKey][] = [
  [/^mail\.google\.com$/, 'popup_siteGmail'],
  [/^calendar\.google\.com$/, 'popup_siteGoogleCalendar'],
  [/^outlook\./, 'popup_siteOutlook'],
];
const SITE_NAME: Record<string, MessageKey> = { gmail: 'popup_siteGmail', outlook: 'popup_siteOutlook', 'google-calendar': 'popup_siteGoogleCalendar' };

/** The hosts Tactful guards, grouped by site, from the manifest. */
export function guardedSites(matches: readonly string[]): { name: string; hosts: string[] }[] {
  const sites = new Map<string, string[]>();
  for (const pattern of matches) {
    const host = /^https:\/\/([^/]+)\//.exec(pattern)?.[1];
    if (!host) continue;
    const key = SITE_OF_HOST.find(([re]) => re.test(host))?.[1];
    const name = key ? t(key) : host;
    sites.set(name, [...(sites.get(name) ?? []), host]);
  }
  return [...sites].map(([name, hosts]) => ({ name, hosts }));
}

type Load = { status: 'loading' } | { status: 'inactive' } | { status: 'ready'; tab: TabState };

export interface PopupProps {
  /** The tab to speak of. */
  tabId: number | undefined;
  /** Hosts from the manifest's content scripts. */
  matches: readonly string[];
}

function send<T>(tabId: number, message: ToContent): Promise<T> {
  return browser.tabs.sendMessage(tabId, message) as Promise<T>;
}

export function Popup({ tabId, matches }: PopupProps) {
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [error, setError] = useState('');

  const refresh = () => {
    if (tabId === undefined) return setLoad({ status: 'inactive' });
    // No content script answers on a page Tactful does not guard (or one loaded before install).
    send<TabState>(tabId, { type: 'toContent/getState' }).then(
      (tab) => setLoad(tab && typeof tab.host === 'string' ? { status: 'ready', tab } : { status: 'inactive' }),
      () => setLoad({ status: 'inactive' }),
    );
  };
  useEffect(refresh, [tabId]);

  const setDraft = (draft: DraftState | null) => {
    if (load.status === 'ready') setLoad({ status: 'ready', tab: { ...load.tab, draft } });
  };
  const act = (message: ToContent) => {
    if (tabId === undefined) return;
    setError('');
    send<DraftState | null>(tabId, message).then(setDraft, () => setError(t('popup_tabGone')));
  };
  const togglePause = (tab: TabState) => {
    setError('');
    setPaused(tab.host, !tab.paused).then(
      // The page removes or restores its guards at once; ask it again for what it shows now.
      () => setTimeout(refresh, 150),
      () => setError(t('popup_pauseFailed')),
    );
  };

  return (
    <main data-tactful="popup">
      <header>
        <img src="icons/icon-32.png" alt="" width={20} height={20} />
        <h1>{t('extName')}</h1>
        <button type="button" class="link" data-action="review" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('review.html') })}>
          {t('popup_review')}
        </button>
        <button type="button" class="link" data-action="options" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popup_options')}
        </button>
      </header>
      {error ? (
        <p role="alert" class="alert">
          {error}
        </p>
      ) : null}
      {load.status === 'loading' ? <p class="muted">{t('popup_loading')}</p> : null}
      {load.status === 'inactive' ? <Inactive matches={matches} /> : null}
      {load.status === 'ready' ? (
        <>
          {!load.tab.paused && load.tab.unguarded ? <Unguarded tab={load.tab} /> : null}
          {load.tab.draft && !load.tab.paused ? (
            <DraftView draft={load.tab.draft} onApply={(finding, replacement) => act({ type: 'toContent/apply', composer: load.tab.draft!.composer, finding, replacement })} onTick={(item, ticked) => act({ type: 'toContent/tick', composer: load.tab.draft!.composer, item, ticked })} />
          ) : (
            <SiteView tab={load.tab} />
          )}
          <PauseSwitch tab={load.tab} onToggle={() => togglePause(load.tab)} />
        </>
      ) : null}
    </main>
  );
}

function Inactive({ matches }: { matches: readonly string[] }) {
  return (
    <section data-tactful="inactive" aria-labelledby="where">
      <p>{t('popup_inactive')}</p>
      <h2 id="where">{t('popup_whereTitle')}</h2>
      <ul class="sites">
        {guardedSites(matches).map((s) => (
          <li key={s.name}>
            <strong>{s.name}</strong> <span class="muted">{s.hosts.join(', ')}</span>
          </li>
        ))}
      </ul>
      <WhatItGuards />
    </section>
  );
}

function WhatItGuards() {
  return (
    <>
      <h2>{t('popup_whatTitle')}</h2>
      <ul class="categories">
        {CATEGORIES.map((c) => (
          <li key={c}>
            <strong>{categoryName(c)}</strong>: {t(`popup_about_${c.replace(/-/g, '_')}` as MessageKey)}
          </li>
        ))}
      </ul>
    </>
  );
}

function SiteView({ tab }: { tab: TabState }) {
  const site = t(SITE_NAME[tab.site] ?? 'popup_siteOther');
  return (
    <section data-tactful="site">
      <p>{tab.paused ? t('popup_pausedHere', site, tab.host) : t('popup_activeHere', site)}</p>
      <WhatItGuards />
    </section>
  );
}

/** Why the one compose window Tactful cannot read is not guarded (TabState.unguardedReason). */
const UNGUARDED_REASON: Record<string, MessageKey> = { editor: 'popup_unguardedEditor', send: 'popup_unguardedSend' };

/** Compose windows Tactful cannot read: not checked, and sent as usual. */
function Unguarded({ tab }: { tab: TabState }) {
  const reason = UNGUARDED_REASON[tab.unguardedReason ?? ''];
  return (
    <p role="status" class="unguarded" data-tactful="unguarded">
      {tab.unguarded === 1 ? t('popup_unguarded') : t('popup_unguardedMany', tab.unguarded ?? 0)}
      {reason && tab.unguarded === 1 ? <span class="muted"> {t(reason)}</span> : null}
    </p>
  );
}

function PauseSwitch({ tab, onToggle }: { tab: TabState; onToggle(): void }) {
  return (
    <footer>
      <label class="switch">
        <input type="checkbox" role="switch" data-action="pause" checked={!tab.paused} onChange={onToggle} />
        <span>{t('popup_guardOn', tab.host)}</span>
      </label>
    </footer>
  );
}

interface DraftViewProps {
  draft: DraftState;
  onApply(finding: Finding, replacement: string): void;
  onTick(item: string, ticked: boolean): void;
}

function DraftView({ draft, onApply, onTick }: DraftViewProps) {
  const groups = CATEGORIES.map((c) => ({ category: c, findings: draft.findings.filter((f) => f.category === c) })).filter((g) => g.findings.length > 0);
  const done = draft.checklist.filter((c) => c.ticked).length;
  return (
    <section data-tactful="draft" aria-labelledby="draft-title">
      <h2 id="draft-title">
        {draft.kind === 'invite' ? t('popup_invite') : t('popup_draft')}
        {draft.subject ? <span class="subject">: <bdi>{draft.subject}</bdi></span> : null}
      </h2>
      {groups.length === 0 ? <p class="ok">{t('guard_empty')}</p> : null}
      {groups.map((g) => (
        <section key={g.category} data-category={g.category} aria-labelledby={`cat-${g.category}`}>
          <h3 id={`cat-${g.category}`}>
            {categoryName(g.category)} <span class="count">{g.findings.length}</span>
          </h3>
          <ul class="cards">
            {g.findings.map((f, i) => (
              <Card key={`${f.rule}:${f.start}:${i}`} finding={f} focused={false} onApply={onApply} />
            ))}
          </ul>
        </section>
      ))}
      <fieldset class="checklist" data-tactful="checklist">
        <legend>
          {t('popup_checklist')} <span class="count">{t('popup_checked', done, draft.checklist.length)}</span>
        </legend>
        {draft.checklist.map((c) => (
          <label key={c.item} class="check">
            <input type="checkbox" data-item={c.item} checked={c.ticked} onChange={(e) => onTick(c.item, e.currentTarget.checked)} />
            <span>{t(c.item as MessageKey)}</span>
          </label>
        ))}
      </fieldset>
    </section>
  );
}

/** Which tab: `?tab=<id>`, else the active tab of this window. */
async function targetTab(): Promise<number | undefined> {
  const param = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(param) && param > 0) return param;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export async function mountPopup(container: Element): Promise<void> {
  document.title = t('extName');
  const matches = browser.runtime.getManifest().content_scripts?.flatMap((c) => c.matches ?? []) ?? [];
  const tabId = await targetTab().catch(() => undefined);
  render(<Popup tabId={tabId} matches={matches} />, container);
}

const app = typeof document !== 'undefined' ? document.getElementById('app') : null;
if (app) void mountPopup(app);
