/**
 * The options page: loads the settings, keeps them current when they change elsewhere, and gives
 * each section a way to save. Sections live in their own files; this one holds the page's state.
 */
import { render } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { DEFAULT_POLICY } from '../../settings/schema';
import { loadSettings, onSettingsChanged, savePersonal, type Settings } from '../../settings/storage';
import { setPaused } from '../../settings/paused';
import { t } from '../../ui/i18n';
import { Card, type Patch, type SectionProps } from './parts';
import { RulesSection } from './rules';
import { DomainsSection, FollowUpSection } from './fields';
import { PhrasesSection } from './phrases';
import { TryIt } from './try-it';
import { TransferSection } from './transfer';
import { MemorySection } from './memory';

/** What the page shows when the settings cannot be read: the defaults, nothing locked. */
export const FALLBACK_SETTINGS: Settings = {
  policy: DEFAULT_POLICY,
  personal: DEFAULT_POLICY,
  lockedFields: [],
  lockedRules: [],
  pausedSites: [],
  problems: [],
};

/** How long "Saved" stays in the status line. */
const STATUS_MS = 5000;

export function OptionsPage({ onLoaded }: { onLoaded?: () => void }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [loadError, setLoadError] = useState('');
  const [status, setStatus] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const loads = useRef(0);
  /** The settings last read, for building a patch at the moment it is saved. */
  const latest = useRef<Settings>(FALLBACK_SETTINGS);
  const statusTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const showTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  /** Reads the settings again; when several reads overlap, only the latest is shown. */
  const reload = useCallback(async () => {
    const mine = ++loads.current;
    let next: Settings;
    let failure = '';
    try {
      next = await loadSettings();
    } catch (error) {
      next = FALLBACK_SETTINGS;
      failure = error instanceof Error ? error.message : String(error);
    }
    if (mine !== loads.current) return;
    latest.current = next;
    setSettings(next);
    setLoadError(failure);
  }, []);

  useEffect(() => {
    document.title = t('options_title');
    void reload();
    const stop = onSettingsChanged(() => void reload());
    return () => {
      stop();
      clearTimeout(statusTimer.current);
      clearTimeout(showTimer.current);
    };
  }, [reload]);

  // Told once the first settings are on screen (effects run after the DOM is updated).
  const told = useRef(false);
  useEffect(() => {
    if (settings && !told.current) {
      told.current = true;
      onLoaded?.();
    }
  }, [settings, onLoaded]);

  const announce = useCallback((text: string) => {
    clearTimeout(statusTimer.current);
    clearTimeout(showTimer.current);
    // Emptied first, so the same words said twice in a row are announced twice.
    setStatus('');
    showTimer.current = setTimeout(() => setStatus(text), 30);
    statusTimer.current = setTimeout(() => setStatus(''), STATUS_MS);
  }, []);

  /**
   * Saves one change. Changes are saved one after another, each patch made from the settings as
   * they are once the previous change is stored, so quick changes never undo each other.
   */
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const save = useCallback(
    (key: string, patch: Patch, done?: string): Promise<boolean> => {
      const run = async (): Promise<boolean> => {
        const result = await savePersonal(typeof patch === 'function' ? patch(latest.current) : patch);
        if (!result.ok) {
          setErrors((e) => ({ ...e, [key]: result.error }));
          return false;
        }
        setErrors(({ [key]: _gone, ...rest }) => rest);
        await reload();
        announce(done ?? t('options_saved'));
        return true;
      };
      const next = queue.current.then(run, run);
      queue.current = next;
      return next;
    },
    [reload, announce],
  );

  /** A whole new policy: earlier refusals no longer apply to anything on screen. */
  const afterImport = useCallback(async () => {
    setErrors({});
    await reload();
  }, [reload]);

  const shown = settings ?? FALLBACK_SETTINGS;
  const props: SectionProps = { settings: shown, save, errors, announce };

  return (
    <div class="page">
      <header class="page-head">
        <img src="icons/icon-48.png" alt="" width={32} height={32} />
        <div>
          <h1>{t('options_title')}</h1>
          <p class="lead">{t('options_intro')}</p>
          <p>
            <a href="review.html" data-action="review">
              {t('options_reviewLink')}
            </a>
          </p>
        </div>
      </header>
      <main>
        {settings === null ? (
          <p class="loading">{t('options_loading')}</p>
        ) : (
          <>
            {loadError ? (
              <div class="banner error-banner" role="alert" data-tactful="load-error">
                <p>{t('options_loadFailed', loadError)}</p>
              </div>
            ) : null}
            {shown.problems.length > 0 ? <Problems problems={shown.problems} /> : null}
            <RulesSection {...props} />
            <DomainsSection {...props} />
            <FollowUpSection {...props} />
            <PhrasesSection {...props} />
            <TryIt policy={shown.policy} />
            <MemorySection {...props} />
            <TransferSection personal={shown.personal} onImported={afterImport} announce={announce} />
            {shown.pausedSites.length > 0 ? <PausedSites hosts={shown.pausedSites} announce={announce} reload={reload} /> : null}
          </>
        )}
      </main>
      <p class="status" role="status" aria-live="polite" data-tactful="status">
        {status}
      </p>
    </div>
  );
}

function Problems({ problems }: { problems: Settings['problems'] }) {
  return (
    <section class="banner" role="status" data-tactful="problems" aria-labelledby="problems-title">
      <h2 id="problems-title">{t('options_problemsTitle')}</h2>
      <p>{t('options_problemsLead')}</p>
      <ul>
        {problems.map((p) => (
          <li key={`${p.source}:${p.detail}`}>{t(p.source === 'personal' ? 'options_problemPersonal' : 'options_problemOrganisation', p.detail)}</li>
        ))}
      </ul>
    </section>
  );
}

function PausedSites({ hosts, announce, reload }: { hosts: string[]; announce: (text: string) => void; reload: () => Promise<void> }) {
  const [error, setError] = useState('');
  const resume = async (host: string) => {
    try {
      await setPaused(host, false);
      setError('');
      await reload();
      announce(t('options_resumed', host));
    } catch (e) {
      setError(t('options_notSaved', e instanceof Error ? e.message : String(e)));
    }
  };
  return (
    <Card id="paused" title={t('options_pausedTitle')} lead={t('options_pausedLead')} field="pausedSites">
      <ul class="paused">
        {hosts.map((host) => (
          <li key={host} data-host={host}>
            <span class="host">{host}</span>
            <button type="button" class="button" data-action="resume" aria-label={t('options_resumeLabel', host)} onClick={() => void resume(host)}>
              {t('options_resume')}
            </button>
          </li>
        ))}
      </ul>
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
    </Card>
  );
}

export interface OptionsHandle {
  /** Settles once the settings are first loaded and shown. */
  ready: Promise<void>;
  unmount(): void;
}

/** Renders the options page into `container`. */
export function mountOptions(container: Element): OptionsHandle {
  let loaded!: () => void;
  const ready = new Promise<void>((resolve) => (loaded = resolve));
  render(<OptionsPage onLoaded={() => loaded()} />, container);
  return { ready, unmount: () => render(null, container) };
}
