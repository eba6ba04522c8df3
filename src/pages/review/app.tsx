/**
 * The review page: the manager gives the team and their exported sent mail (files dropped or
 * chosen, or one email pasted); a worker reads and analyses it with a progress bar and a way to
 * cancel; the report follows (report-view.tsx). Nothing leaves the browser.
 */
import { render } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { parseTeam } from '../../review/report';
import { DEFAULT_POLICY, type Policy } from '../../settings/schema';
import { loadSettings } from '../../settings/storage';
import { t } from '../../ui/i18n';
import { formatBytes, formatNumber } from './format';
import type { ReviewProgress, ReviewResult } from './process';
import type { WorkerLike, WorkerMessage } from './protocol';
import { ReportView } from './report-view';

/** Where the team is remembered (local to this browser). */
export const TEAM_KEY = 'reviewTeam';


export const createWorker = (): WorkerLike => new Worker('review-worker.js') as unknown as WorkerLike;

type Phase = { name: 'input' } | { name: 'running'; progress: ReviewProgress | null; files: number } | { name: 'report'; result: ReviewResult };

export interface ReviewPageProps {
  /** Makes the worker (tests give a fake). */
  makeWorker?: () => WorkerLike;
  onLoaded?: () => void;
}

export function ReviewPage({ makeWorker = createWorker, onLoaded }: ReviewPageProps) {
  const [phase, setPhase] = useState<Phase>({ name: 'input' });
  const [team, setTeam] = useState('');
  const [teamError, setTeamError] = useState('');
  const [pending, setPending] = useState<File[]>([]);
  const [pasted, setPasted] = useState('');
  const [pasteError, setPasteError] = useState('');
  const [runError, setRunError] = useState('');
  const [status, setStatus] = useState('');
  const [dragging, setDragging] = useState(false);
  const [loaded, setLoaded] = useState(false);
  /** The spare worker has loaded and warmed up (for tests and the benchmark: data-worker="ready"). */
  const [workerReady, setWorkerReady] = useState(false);

  const worker = useRef<WorkerLike | null>(null);
  /** A worker started ahead of time, so a run does not wait for it to load. */
  const spare = useRef<WorkerLike | null>(null);
  const policy = useRef<Promise<Policy> | null>(null);
  const teamInput = useRef<HTMLInputElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const pasteInput = useRef<HTMLTextAreaElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const lastAnnounced = useRef(-1);

  const announce = useCallback((text: string) => {
    // Emptied first, so the same words twice in a row are still announced.
    setStatus('');
    setTimeout(() => setStatus(text), 30);
  }, []);

  useEffect(() => {
    document.title = t('review_title');
    // The policy in force (the user's and the organisation's), read once: workers have no extension storage.
    policy.current = loadSettings().then(
      (s) => s.policy,
      () => DEFAULT_POLICY,
    );
    browser.storage.local
      .get(TEAM_KEY)
      .then((items) => {
        const saved = items[TEAM_KEY];
        if (typeof saved === 'string') setTeam((current) => current || saved);
      })
      .catch(() => undefined)
      .finally(() => setLoaded(true));
    prepareSpare();
    return () => {
      worker.current?.terminate();
      spare.current?.terminate();
      spare.current = null;
    };
    // (Once, on mount: prepareSpare only reads refs and the makeWorker prop.)
  }, []);

  const told = useRef(false);
  useEffect(() => {
    if (loaded && !told.current) {
      told.current = true;
      onLoaded?.();
    }
  }, [loaded, onLoaded]);

  const prepareSpare = () => {
    if (spare.current) return;
    try {
      const w = makeWorker();
      spare.current = w;
      w.onmessage = (event) => {
        if (event.data?.type === 'ready' && spare.current === w) setWorkerReady(true);
      };
      w.postMessage({ type: 'warm' });
    } catch {
      // Made when needed instead.
      spare.current = null;
    }
  };
  const takeWorker = (): WorkerLike => {
    const w = spare.current ?? makeWorker();
    spare.current = null;
    setWorkerReady(false);
    return w;
  };

  const stopWorker = () => {
    if (worker.current) {
      worker.current.onmessage = null;
      worker.current.onerror = null;
      worker.current.terminate();
      worker.current = null;
    }
  };

  const start = async (files: File[]) => {
    setRunError('');
    // Read from the field itself: a render may not have caught up with the last keystroke yet.
    const spec = teamInput.current?.value ?? team;
    const parsed = parseTeam(spec);
    if (!parsed) {
      setPending(files);
      setTeamError(spec.trim() ? t('review_teamInvalid') : t('review_teamMissing'));
      teamInput.current?.focus();
      return;
    }
    setTeamError('');
    setPending([]);
    browser.storage.local.set({ [TEAM_KEY]: spec.trim() }).catch(() => undefined);
    stopWorker();
    const w = takeWorker();
    worker.current = w;
    lastAnnounced.current = -1;
    setPhase({ name: 'running', progress: null, files: files.length });
    announce(t('review_started'));
    w.onmessage = (event) => {
      if (worker.current !== w) return;
      const message: WorkerMessage = event.data;
      if (message.type === 'ready') return;
      if (message.type === 'progress') {
        setPhase({ name: 'running', progress: message, files: files.length });
        const tenth = message.totalBytes ? Math.floor((message.bytes / message.totalBytes) * 10) : 0;
        if (tenth > lastAnnounced.current && tenth < 10) {
          lastAnnounced.current = tenth;
          if (tenth > 0) announce(t('review_progressAnnounce', formatNumber(tenth * 10), formatNumber(message.messages)));
        }
      } else if (message.type === 'done') {
        stopWorker();
        prepareSpare();
        setPhase({ name: 'report', result: message.result });
        announce(t('review_ready', formatNumber(message.result.records.length)));
      } else {
        stopWorker();
        prepareSpare();
        setPhase({ name: 'input' });
        setRunError(t('review_failed', message.message));
      }
    };
    w.onerror = (event) => {
      if (worker.current !== w) return;
      event.preventDefault?.();
      stopWorker();
      prepareSpare();
      setPhase({ name: 'input' });
      setRunError(t('review_failed', event.message || t('review_workerFailed')));
    };
    w.postMessage({ type: 'start', files, team: parsed, policy: await policy.current! });
  };

  const cancel = () => {
    stopWorker();
    prepareSpare();
    setPhase({ name: 'input' });
    announce(t('review_cancelled'));
    setTimeout(() => heading.current?.focus(), 0);
  };

  const newReview = () => {
    setPhase({ name: 'input' });
    setTimeout(() => heading.current?.focus(), 0);
  };

  // Focus the report's first heading when it appears, for keyboard and screen reader users.
  useEffect(() => {
    if (phase.name === 'report') document.getElementById('summary-title')?.focus();
  }, [phase.name]);

  // Files dropped anywhere on the page while it asks for them are read; elsewhere a drop never navigates away.
  useEffect(() => {
    const over = (e: DragEvent) => {
      if (!e.dataTransfer?.types.includes('Files')) return;
      e.preventDefault();
      if (phase.name === 'input') {
        e.dataTransfer.dropEffect = 'copy';
        setDragging(true);
      } else e.dataTransfer.dropEffect = 'none';
    };
    const leave = (e: DragEvent) => {
      if (!e.relatedTarget) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      if (!e.dataTransfer?.types.includes('Files')) return;
      e.preventDefault();
      setDragging(false);
      const files = [...(e.dataTransfer.files ?? [])];
      if (phase.name === 'input' && files.length) void start(files);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  });

  const onFiles = (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const files = [...(input.files ?? [])];
    // Emptied, so choosing the same files again reads them again.
    input.value = '';
    if (files.length) void start(files);
  };

  const reviewPasted = () => {
    const raw = pasteInput.current?.value ?? pasted;
    if (!raw.trim()) {
      setPasteError(t('review_pasteEmpty'));
      return;
    }
    setPasteError('');
    void start([new File([raw], 'pasted.eml', { type: 'message/rfc822' })]);
  };

  const running = phase.name === 'running' ? phase : null;

  return (
    <div class={`page${phase.name === 'report' ? ' wide' : ''}`} data-tactful="review-page" data-phase={phase.name} data-worker={workerReady ? 'ready' : 'loading'}>
      <header class="page-head">
        <img src="icons/icon-48.png" alt="" width={32} height={32} />
        <div>
          <h1 ref={heading} tabIndex={-1}>
            {t('review_title')}
          </h1>
          <p class="lead">{t('review_intro')}</p>
        </div>
      </header>
      <main>
        {phase.name === 'input' ? (
          <div data-tactful="input">
            {runError ? (
              <div class="banner error-banner" role="alert" data-tactful="run-error">
                <p>{runError}</p>
              </div>
            ) : null}
            <section class="card" aria-labelledby="team-title">
              <h2 id="team-title">{t('review_teamTitle')}</h2>
              <div class="field">
                <label for="review-team">{t('review_teamLabel')}</label>
                <p class="help" id="review-team-help">
                  {t('review_teamHelp')}
                </p>
                <input
                  ref={teamInput}
                  id="review-team"
                  type="text"
                  data-field="team"
                  autocomplete="off"
                  spellcheck={false}
                  placeholder={t('review_teamPlaceholder')}
                  value={team}
                  aria-invalid={teamError ? 'true' : undefined}
                  aria-describedby={teamError ? 'review-team-help review-team-error' : 'review-team-help'}
                  onInput={(e) => {
                    const value = (e.currentTarget as HTMLInputElement).value;
                    setTeam(value);
                    if (teamError) setTeamError('');
                    // Clearing the field is how a manager makes this browser forget the team.
                    if (!value.trim()) browser.storage.local.remove(TEAM_KEY).catch(() => undefined);
                  }}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter' && pending.length) void start(pending);
                  }}
                />
                {teamError ? (
                  <p class="error" id="review-team-error" role="alert" data-tactful="team-error">
                    {teamError}
                  </p>
                ) : null}
              </div>
            </section>

            <section class="card" aria-labelledby="files-title">
              <h2 id="files-title">{t('review_filesTitle')}</h2>
              <p class="lead">{t('review_filesLead')}</p>
              <div class={`dropzone${dragging ? ' dragging' : ''}`} data-tactful="dropzone">
                <svg class="dropzone-icon" viewBox="0 0 24 24" width="40" height="40" aria-hidden="true" focusable="false">
                  <path
                    fill="currentColor"
                    d="M19.35 10.04A7.49 7.49 0 0 0 12 4C9.11 4 6.6 5.64 5.35 8.04A5.994 5.994 0 0 0 0 14c0 3.31 2.69 6 6 6h13c2.76 0 5-2.24 5-5 0-2.64-2.05-4.78-4.65-4.96ZM14 13v4h-4v-4H7l5-5 5 5h-3Z"
                  />
                </svg>
                <p class="dropzone-text">{t('review_dropHere')}</p>
                <p class="muted small">{t('review_dropOr')}</p>
                {/* No file type filter: mail apps save mbox files without an extension (Thunderbird's "Sent"); the worker tells formats apart by content. */}
                <button type="button" class="button primary" data-action="choose-files" onClick={() => fileInput.current?.click()}>
                  {t('review_chooseFiles')}
                </button>
                <input ref={fileInput} type="file" multiple hidden data-action="files" aria-label={t('review_chooseFiles')} onChange={onFiles} />
              </div>
              {pending.length > 0 ? (
                <div class="pending" data-tactful="pending">
                  <p>{t('review_pending', formatNumber(pending.length), formatBytes(pending.reduce((s, f) => s + f.size, 0)))}</p>
                  <button type="button" class="button primary" data-action="start" onClick={() => void start(pending)}>
                    {t('review_start')}
                  </button>
                </div>
              ) : null}
              <p class="help small">{t('review_privacy')}</p>
            </section>

            <section class="card" aria-labelledby="paste-title">
              <h2 id="paste-title">{t('review_pasteTitle')}</h2>
              <div class="field">
                <label for="review-paste">{t('review_pasteLabel')}</label>
                <p class="help" id="review-paste-help">
                  {t('review_pasteHelp')}
                </p>
                <textarea
                  ref={pasteInput}
                  id="review-paste"
                  class="mono"
                  data-field="paste"
                  rows={8}
                  spellcheck={false}
                  value={pasted}
                  aria-invalid={pasteError ? 'true' : undefined}
                  aria-describedby={pasteError ? 'review-paste-help review-paste-error' : 'review-paste-help'}
                  onInput={(e) => {
                    setPasted((e.currentTarget as HTMLTextAreaElement).value);
                    if (pasteError) setPasteError('');
                  }}
                />
                {pasteError ? (
                  <p class="error" id="review-paste-error" role="alert">
                    {pasteError}
                  </p>
                ) : null}
              </div>
              <div class="form-actions">
                <button type="button" class="button" data-action="review-paste" onClick={reviewPasted}>
                  {t('review_pasteStart')}
                </button>
              </div>
            </section>
          </div>
        ) : null}

        {running ? <Progress progress={running.progress} files={running.files} onCancel={cancel} /> : null}

        {phase.name === 'report' ? <ReportView result={phase.result} onNewReview={newReview} announce={announce} /> : null}
      </main>
      <p class="visually-hidden" role="status" aria-live="polite" data-tactful="status">
        {status}
      </p>
    </div>
  );
}

function Progress({ progress, files, onCancel }: { progress: ReviewProgress | null; files: number; onCancel: () => void }) {
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => cancelRef.current?.focus(), []);
  const total = progress?.totalBytes ?? 0;
  const done = progress?.bytes ?? 0;
  return (
    <section class="card progress-card" aria-labelledby="progress-title" data-tactful="progress">
      <h2 id="progress-title">{t('review_progressTitle')}</h2>
      <label for="review-progress" class="progress-label">
        {files === 1 ? t('review_progressLabelOne') : t('review_progressLabelMany', formatNumber(files))}
      </label>
      <progress id="review-progress" max={total || 1} value={progress ? done : undefined} data-tactful="progress-bar" />
      <p class="progress-text" data-tactful="progress-text">
        {progress
          ? t('review_progressText', formatBytes(done), formatBytes(total), formatNumber(progress.messages), formatNumber(progress.teamEmails))
          : t('review_progressStarting')}
      </p>
      <div class="form-actions">
        <button ref={cancelRef} type="button" class="button" data-action="cancel" onClick={onCancel}>
          {t('review_cancel')}
        </button>
      </div>
    </section>
  );
}

export interface ReviewHandle {
  /** Settles once the remembered team is read. */
  ready: Promise<void>;
  unmount(): void;
}

/** Renders the review page into `container`. */
export function mountReview(container: Element, props: Omit<ReviewPageProps, 'onLoaded'> = {}): ReviewHandle {
  let loaded!: () => void;
  const ready = new Promise<void>((resolve) => (loaded = resolve));
  render(<ReviewPage {...props} onLoaded={() => loaded()} />, container);
  return { ready, unmount: () => render(null, container) };
}
