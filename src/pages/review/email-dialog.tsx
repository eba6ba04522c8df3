/**
 * One email of the review in a modal dialog: its subject and body with the flagged spans marked,
 * and every finding with why it lands badly and what to write instead. Email text is only ever
 * rendered as text nodes.
 */
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Finding } from '../../engine/draft';
import type { ReviewRecord } from '../../review/report';
import { categoryName, severityLabel } from '../../ui/guard-view';
import { t } from '../../ui/i18n';
import { formatDate, formatNumber } from './format';
import { segments } from './model';
import type { KeptBody } from './process';

/** Text with the findings' spans of one field as <mark> elements. */
export function Marked({ text, findings, field }: { text: string; findings: readonly Finding[]; field: Finding['field'] }) {
  return (
    <>
      {segments(text, findings, field).map((s, i) =>
        s.findings.length === 0 ? (
          s.text
        ) : (
          <mark
            key={i}
            class={`mark ${worst(s.findings.map((k) => findings[k]!))}`}
            data-rule={s.findings.map((k) => findings[k]!.rule).join(' ')}
            title={s.findings.map((k) => findings[k]!.message).join('\n')}
          >
            {s.text}
          </mark>
        ),
      )}
    </>
  );
}

function worst(list: Finding[]): string {
  return list.some((f) => f.severity === 'error') ? 'error' : list.some((f) => f.severity === 'warning') ? 'warning' : 'info';
}

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** A modal dialog: focus moves in on open and back to where it was on close; Tab stays inside; Escape closes. */
export function Dialog({ labelledBy, onClose, children, tactful }: { labelledBy: string; onClose: () => void; children: ComponentChildren; tactful: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const close = useRef(onClose);
  close.current = onClose;
  // A layout effect: focus moves in and Escape works from the moment the dialog shows. (An
  // effect runs after the next frame, and a key pressed before then was lost.)
  useLayoutEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    const box = ref.current!;
    (box.querySelector<HTMLElement>('[data-autofocus]') ?? box).focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        e.stopPropagation();
        close.current();
      } else if (e.key === 'Tab') {
        const items = [...box.querySelectorAll<HTMLElement>(FOCUSABLE)];
        if (items.length === 0) {
          e.preventDefault();
          return;
        }
        const first = items[0]!;
        const last = items[items.length - 1]!;
        const inside = box.contains(document.activeElement);
        if (e.shiftKey && (document.activeElement === first || !inside)) {
          e.preventDefault();
          last.focus();
        } else if (!e.shiftKey && (document.activeElement === last || !inside)) {
          e.preventDefault();
          first.focus();
        }
      }
    };
    document.addEventListener('keydown', onKey, true);
    const root = document.documentElement;
    root.classList.add('dialog-open');
    return () => {
      document.removeEventListener('keydown', onKey, true);
      root.classList.remove('dialog-open');
      if (opener && opener.isConnected) opener.focus();
    };
  }, []);
  return (
    <div class="backdrop" onClick={(e) => e.target === e.currentTarget && onClose()}>
      <div ref={ref} class="dialog" role="dialog" aria-modal="true" aria-labelledby={labelledBy} tabIndex={-1} data-tactful={tactful}>
        {children}
      </div>
    </div>
  );
}

export function EmailDialog({ record, body, onClose }: { record: ReviewRecord; body: KeptBody | undefined; onClose: () => void }) {
  const { findings } = record;
  const shown = findings.filter((f) => f.field === 'body' || f.field === 'subject').length;
  return (
    <Dialog labelledBy="email-title" onClose={onClose} tactful="email">
      <header class="dialog-head">
        <div class="dialog-title">
          <p class="eyebrow">{t('review_emailEyebrow', formatNumber(record.position))}</p>
          <h2 id="email-title" data-tactful="email-subject">
            {record.subject ? <Marked text={record.subject} findings={findings} field="subject" /> : t('review_noSubject')}
          </h2>
        </div>
        <button type="button" class="icon-button" data-action="close" data-autofocus aria-label={t('review_close')} title={t('review_close')} onClick={onClose}>
          <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
            <path fill="currentColor" d="M6.4 5 5 6.4 10.6 12 5 17.6 6.4 19l5.6-5.6 5.6 5.6 1.4-1.4-5.6-5.6L19 6.4 17.6 5 12 10.6 6.4 5Z" />
          </svg>
        </button>
      </header>
      <dl class="meta-list">
        <div>
          <dt>{t('review_fieldFrom')}</dt>
          <dd><bdi>{record.from || t('review_unknownSender')}</bdi></dd>
        </div>
        <div>
          <dt>{t('review_fieldTo')}</dt>
          <dd>{record.recipientDomains.join(', ') || '—'}</dd>
        </div>
        <div>
          <dt>{t('review_fieldDate')}</dt>
          <dd>{formatDate(record.date)}</dd>
        </div>
        <div>
          <dt>{t('review_fieldSource')}</dt>
          <dd class="source">{record.source}</dd>
        </div>
      </dl>
      <div class="email-columns">
        <section class="email-body-section" aria-labelledby="email-body-title">
          <h3 id="email-body-title">{t('review_bodyTitle')}</h3>
          {body ? (
            <>
              {/* Focusable, so a long email scrolls from the keyboard too. */}
              <div class="email-body" data-tactful="email-body" tabIndex={0} role="region" aria-labelledby="email-body-title">
                <Marked text={body.text} findings={findings} field="body" />
              </div>
              {body.truncated ? <p class="muted small">{t('review_bodyTruncated', formatNumber(body.text.length))}</p> : null}
            </>
          ) : (
            <p class="muted" data-tactful="no-body">
              {t('review_bodyNotKept')}
            </p>
          )}
        </section>
        <section class="email-findings" aria-labelledby="email-findings-title">
          <h3 id="email-findings-title">{findings.length === 1 ? t('review_findingsOne') : t('review_findingsMany', formatNumber(findings.length))}</h3>
          {findings.length === 0 ? <p class="muted">{t('review_findingsNone')}</p> : null}
          {shown < findings.length ? <p class="muted small">{t('review_findingsElsewhere')}</p> : null}
          <ol class="finding-list">
            {findings.map((f, i) => (
              <li key={`${f.rule}:${f.field}:${f.start ?? ''}:${i}`} class={`finding ${f.severity}`} data-rule={f.rule} data-severity={f.severity}>
                <p class="kind">
                  <span class="dot" aria-hidden="true" />
                  {severityLabel(f.severity)}
                  <span class="kind-sep" aria-hidden="true">
                    ·
                  </span>
                  <span class="muted">{categoryName(f.category)}</span>
                </p>
                {f.excerpt ? <p class="excerpt">“<bdi>{f.excerpt}</bdi>”</p> : null}
                <p class="message" data-tactful="explanation">
                  {f.message}
                </p>
                {f.suggestions.length > 0 ? (
                  <div class="rewrites" data-tactful="rewrites">
                    <p class="rewrites-title">{t('review_rewriteTitle')}</p>
                    <ul>
                      {f.suggestions.map((s, j) => (
                        <li key={j} data-tactful="rewrite">
                          <span class="rewrite-label">{s.label}</span>
                          {s.replacement !== undefined && s.replacement !== s.label ? (
                            <span class="rewrite-text">{s.replacement === '' ? t('review_rewriteRemove') : `“${s.replacement}”`}</span>
                          ) : null}
                        </li>
                      ))}
                    </ul>
                  </div>
                ) : null}
              </li>
            ))}
          </ol>
        </section>
      </div>
    </Dialog>
  );
}
