/**
 * What the salesperson sees beside a compose window: a small badge, a panel of findings with
 * their rewrites, and the pre-send checklist. Rendered by Preact into the guard's shadow root.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Finding } from '../engine/draft';
import type { Contact } from '../memory/contacts';
import { severityRank, type Severity } from '../engine/severity';
import { t, type MessageKey } from './i18n';

export interface GuardViewProps {
  findings: readonly Finding[];
  panelOpen: boolean;
  /** Open the panel below the badge (a toolbar at the top, as in Outlook) rather than above it. */
  panelBelow?: boolean;
  /** Index of the finding to bring into view (a click on its highlight). */
  focused: number;
  /** A finding to show in a small card by the pointer (resting on its mark), or null. */
  hover: { index: number; x: number; y: number } | null;
  presend: boolean;
  /** The recipients the contact memory knows: a line each at the top of the panel. */
  contacts?: readonly Contact[];
  /** Saves a note on a contact; resolves to an error message, or null. */
  onSaveNote?(address: string, note: string): Promise<string | null>;
  /** For an invite: what to offer instead, as an email the user can copy (see askFirst). */
  askFirst?: string;
  onToggle(): void;
  onApply(finding: Finding, replacement: string): void;
  onDismiss(finding: Finding): void;
  onEdit(): void;
  onSendAnyway(): void;
}


export function highest(findings: readonly Finding[]): Severity | '' {
  let best: Severity | '' = '';
  for (const f of findings) if (best === '' || severityRank[f.severity] > severityRank[best]) best = f.severity;
  return best;
}

/** One question per kind of finding (by rule, else by category), asked before a risky send. */
const QUESTIONS: Record<string, MessageKey> = {
  'bcc-recipient-org': 'question_bcc',
  'presumptive-invite': 'question_invite',
  'unfilled-merge-field': 'question_mergeField',
  'presumptive-appointment': 'question_presumptive',
  escalation: 'question_escalation',
  'pushy-outreach': 'question_pushy',
  impersonal: 'question_impersonal',
  'internal-boundaries': 'question_internal',
};

/** The checklist questions for these findings, as message keys, one per kind. */
export function checklist(findings: readonly Finding[]): MessageKey[] {
  const questions = new Set(findings.map((f) => QUESTIONS[f.rule] ?? QUESTIONS[f.category] ?? 'question_other'));
  // On an invite, the question for each outside guest already asks whether they agreed.
  if (questions.has('question_invite')) questions.delete('question_presumptive');
  return [...questions];
}

/** The questions worth asking before any send, whatever was found. */
export const STANDING_QUESTIONS: readonly MessageKey[] = ['question_time', 'question_face', 'question_agreed'];

/**
 * The full pre-send checklist: the questions the findings raise, then the standing ones (less
 * the meeting question when a finding already asks whether they agreed).
 */
export function fullChecklist(findings: readonly Finding[]): MessageKey[] {
  const derived = checklist(findings.filter((f) => f.severity !== 'info'));
  const asksAgreement = derived.includes('question_presumptive') || derived.includes('question_invite');
  return [...derived, ...STANDING_QUESTIONS.filter((q) => !(asksAgreement && q === 'question_agreed'))];
}

export const severityLabel = (s: Severity): string => t(`severity_${s}`);
export const categoryName = (c: string): string => t(`category_${c.replace(/-/g, '_')}` as MessageKey);

/** One finding: what it is, why it lands badly, and its rewrites (one click each). The popup shows the same cards. */
export function Card({ finding, focused, onApply, onDismiss }: { finding: Finding; focused: boolean; onApply: GuardViewProps['onApply']; onDismiss?: GuardViewProps['onDismiss'] }) {
  const ref = useRef<HTMLLIElement>(null);
  useEffect(() => {
    // (Not every DOM has scrollIntoView: jsdom, some embedded views.)
    if (focused && typeof ref.current?.scrollIntoView === 'function') ref.current.scrollIntoView({ block: 'nearest' });
  }, [focused]);
  return (
    <li ref={ref} class={`card ${finding.severity}${focused ? ' focused' : ''}`} data-rule={finding.rule}>
      <p class="kind">
        <span class="dot" aria-hidden="true" />
        {severityLabel(finding.severity)}
      </p>
      {finding.excerpt ? <p class="excerpt">“<bdi>{finding.excerpt}</bdi>”</p> : null}
      <p class="message">{finding.message}</p>
      <div class="actions">
        {finding.suggestions.map((s) =>
          s.replacement !== undefined && finding.start !== undefined && (finding.field === 'body' || finding.field === 'subject') ? (
            <button type="button" class="apply" data-action="apply" title={s.replacement || t('guard_removeIt')} onClick={() => onApply(finding, s.replacement!)}>
              {s.label}
            </button>
          ) : (
            <p class="advice">{s.label}</p>
          ),
        )}
        {onDismiss ? (
          <button type="button" class="quiet" data-action="dismiss" onClick={() => onDismiss(finding)}>
            {t('guard_dismiss')}
          </button>
        ) : null}
      </div>
    </li>
  );
}

const dateOf = (seconds: number): string => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(seconds * 1000);

/** One remembered recipient: last contact, last reply seen, and the user's note (saved when it changes). */
function ContactLine({ contact, onSaveNote }: { contact: Contact; onSaveNote: NonNullable<GuardViewProps['onSaveNote']> }) {
  const [error, setError] = useState('');
  const wrote = contact.sent.at(-1);
  const replied = contact.replies.at(-1);
  return (
    <li class="contact" data-tactful="contact" data-address={contact.address}>
      <p class="contact-line">
        <strong>{contact.address}</strong>
        {' · '}
        {wrote ? t('guard_contactLastWrote', dateOf(wrote)) : t('guard_contactNeverWrote')}
        {' · '}
        {replied ? t('guard_contactLastReply', dateOf(replied)) : t('guard_contactNoReply')}
      </p>
      <input
        type="text"
        class="note"
        data-field="note"
        maxLength={1000}
        value={contact.note}
        placeholder={t('guard_notePlaceholder')}
        aria-label={t('guard_noteLabel', contact.address)}
        // Keys typed here are the note's, not shortcuts of the page around it.
        onKeyDown={(e) => e.stopPropagation()}
        onChange={(e) => void onSaveNote(contact.address, e.currentTarget.value).then((problem) => setError(problem ?? ''))}
      />
      {error ? (
        <p role="alert" class="note-error">
          {error}
        </p>
      ) : null}
    </li>
  );
}

/** An invite's respectful alternative: ask first, by email, with the time as an offer. */
export function askFirstText(invite: { title?: string; start?: string }): string {
  const what = invite.title ? t('guard_askFirstWhat', invite.title) : t('guard_askFirstWhatPlain');
  const when = invite.start ? t('guard_askFirstWhen', invite.start) : t('guard_askFirstAnyTime');
  return t('guard_askFirstText', what, when);
}

function AskFirst({ text }: { text: string }) {
  const area = useRef<HTMLTextAreaElement>(null);
  const copy = () => {
    area.current?.select();
    void navigator.clipboard?.writeText(text).catch(() => undefined);
  };
  return (
    <div class="askfirst">
      <p class="lead">{t('guard_askFirstLead')}</p>
      <textarea ref={area} readOnly rows={3} aria-label={t('guard_askFirstLabel')}>
        {text}
      </textarea>
      <button type="button" class="apply" data-action="copy" onClick={copy}>
        {t('guard_copy')}
      </button>
    </div>
  );
}

function Presend({ findings, askFirst, onEdit, onSendAnyway }: Pick<GuardViewProps, 'findings' | 'askFirst' | 'onEdit' | 'onSendAnyway'>) {
  const edit = useRef<HTMLButtonElement>(null);
  // Focus moves in before the checklist is drawn, so no key pressed meanwhile reaches the draft.
  useLayoutEffect(() => edit.current?.focus(), []);
  const risky = findings.filter((f) => f.severity !== 'info');
  return (
    <div class="backdrop">
      <div
        role="dialog"
        aria-modal="true"
        aria-labelledby="tactful-presend-title"
        data-tactful="presend"
        class="dialog"
        onKeyDown={(e) => {
          if (e.key === 'Escape') onEdit();
          if (e.key !== 'Tab') return;
          // Keep the keyboard inside the dialog: Tab moves between its two buttons.
          e.preventDefault();
          const buttons = [...e.currentTarget.querySelectorAll('button')];
          const active = (e.currentTarget.getRootNode() as ShadowRoot | Document).activeElement;
          const at = Math.max(0, buttons.indexOf(active as HTMLButtonElement));
          buttons[(at + (e.shiftKey ? buttons.length - 1 : 1)) % buttons.length]?.focus();
        }}
      >
        <h2 id="tactful-presend-title">{t('presend_title')}</h2>
        <p class="lead">{risky.length === 1 ? t('presend_leadOne') : t('presend_leadMany', risky.length)}</p>
        <ul class="checklist">
          {checklist(risky).map((q) => (
            <li key={q}>{t(q)}</li>
          ))}
        </ul>
        <ul class="summary">
          {risky.map((f, i) => (
            <li key={i} class={f.severity}>
              <span class="dot" aria-hidden="true" />
              {f.excerpt ? <>“<bdi>{f.excerpt}</bdi>”</> : f.message}
            </li>
          ))}
        </ul>
        {askFirst ? <AskFirst text={askFirst} /> : null}
        <div class="buttons">
          <button type="button" ref={edit} class="primary" data-action="edit" onClick={onEdit}>
            {t('presend_edit')}
          </button>
          <button type="button" class="quiet" data-action="send-anyway" onClick={onSendAnyway}>
            {t('presend_sendAnyway')}
          </button>
        </div>
      </div>
    </div>
  );
}

export function GuardView(props: GuardViewProps) {
  const { findings, panelOpen, focused, presend, onToggle } = props;
  const severity = highest(findings);
  const count = findings.length;
  const label = count === 0 ? t('guard_badgeClear') : count === 1 ? t('guard_badgeOne') : t('guard_badgeMany', count);
  return (
    <div class="guard" data-severity={severity}>
      <button type="button" class={`badge ${severity || 'clear'}`} aria-label={label} aria-expanded={panelOpen} data-action="toggle" onClick={onToggle}>
        <span class="dot" aria-hidden="true" />
        {count === 0 ? t('guard_badge') : count}
      </button>
      {panelOpen ? (
        <section
          class={`panel${props.panelBelow ? ' below' : ''}`}
          aria-label={t('guard_panel')}
          onKeyDown={(e) => {
            if (e.key === 'Escape') onToggle();
          }}
        >
          {props.contacts?.length && props.onSaveNote ? (
            <ul class="contacts" aria-label={t('guard_contacts')}>
              {props.contacts.map((c) => (
                <ContactLine key={c.address} contact={c} onSaveNote={props.onSaveNote!} />
              ))}
            </ul>
          ) : null}
          {count === 0 ? (
            <p class="empty">{t('guard_empty')}</p>
          ) : (
            <ul class="cards">
              {findings.map((f, i) => (
                <Card key={`${f.rule}:${f.start}:${i}`} finding={f} focused={i === focused} onApply={props.onApply} onDismiss={props.onDismiss} />
              ))}
            </ul>
          )}
        </section>
      ) : null}
      {props.hover && findings[props.hover.index] ? (
        <ul class="hovercard" role="tooltip" style={{ left: `${Math.min(props.hover.x, innerWidth - 380)}px`, top: `${props.hover.y + 18}px` }}>
          <Card finding={findings[props.hover.index]!} focused={false} onApply={props.onApply} onDismiss={props.onDismiss} />
        </ul>
      ) : null}
      {presend ? <Presend findings={findings} askFirst={props.askFirst} onEdit={props.onEdit} onSendAnyway={props.onSendAnyway} /> : null}
    </div>
  );
}

/** The guard's styles, in its shadow root: calm colours, Gmail's type, light and dark. */
export const GUARD_CSS = `
:host { all: initial; display: inline-block; position: relative; vertical-align: middle; margin: 0 8px;
  font: 13px/1.4 "Google Sans", Roboto, Arial, sans-serif; --bg: #fff; --fg: #1f1f1f; --muted: #5f6368; --line: #dadce0;
  --info: #1a73e8; --warning: #b06000; --error: #c5221f; --ok: #188038; --accent: #0b57d0; }
:host([data-theme=dark]) { --bg: #2d2e30; --fg: #e3e3e3; --muted: #9aa0a6; --line: #5f6368;
  --info: #8ab4f8; --warning: #fdd663; --error: #f28b82; --ok: #81c995; --accent: #a8c7fa; }
button { font: inherit; cursor: pointer; }
button:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
.dot { display: inline-block; width: 8px; height: 8px; border-radius: 50%; background: var(--ok); margin-right: 6px; vertical-align: middle; }
.info .dot, .badge.info .dot { background: var(--info); }
.warning .dot, .badge.warning .dot { background: var(--warning); }
.error .dot, .badge.error .dot { background: var(--error); }
.badge { display: inline-flex; align-items: center; height: 28px; padding: 0 12px; border-radius: 14px; border: 1px solid var(--line);
  background: var(--bg); color: var(--fg); font-weight: 500; }
.badge.clear { color: var(--muted); }
.panel { position: absolute; bottom: 36px; left: 0; z-index: 2147483000; width: 360px; max-height: 60vh; overflow: auto;
  background: var(--bg); color: var(--fg); border: 1px solid var(--line); border-radius: 12px; box-shadow: 0 4px 16px rgba(0,0,0,.18); padding: 8px; }
.panel.below { bottom: auto; top: 36px; }
.cards { list-style: none; margin: 0; padding: 0; }
.card { padding: 10px 12px; border-radius: 8px; }
.card + .card { border-top: 1px solid var(--line); border-radius: 0; }
.card.focused { background: color-mix(in srgb, var(--accent) 8%, transparent); }
.kind { margin: 0 0 4px; font-size: 12px; color: var(--muted); }
.excerpt { margin: 0 0 4px; font-style: italic; }
.message { margin: 0 0 8px; }
.actions { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; }
.advice { margin: 0; color: var(--muted); flex-basis: 100%; }
.apply { border: 1px solid var(--accent); color: var(--accent); background: transparent; border-radius: 16px; padding: 4px 12px; text-align: left; }
.quiet { border: none; background: transparent; color: var(--muted); padding: 4px 8px; border-radius: 16px; }
.empty { margin: 8px; color: var(--muted); }
.contacts { list-style: none; margin: 0 0 6px; padding: 6px 12px 8px; border-bottom: 1px solid var(--line); }
.contact + .contact { margin-top: 6px; }
.contact-line { margin: 0 0 4px; font-size: 12px; color: var(--muted); }
.contact-line strong { color: var(--fg); font-weight: 500; }
.note { box-sizing: border-box; width: 100%; font: inherit; color: var(--fg); background: transparent; border: 1px solid var(--line); border-radius: 6px; padding: 4px 8px; }
.note:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }
.note-error { margin: 4px 0 0; color: var(--error); font-size: 12px; }
.hovercard { position: fixed; z-index: 2147483100; width: 360px; list-style: none; margin: 0; padding: 4px;
  background: var(--bg); color: var(--fg); border: 1px solid var(--line); border-radius: 12px; box-shadow: 0 4px 16px rgba(0,0,0,.18); }
.backdrop { position: fixed; inset: 0; z-index: 2147483600; display: flex; align-items: center; justify-content: center; background: rgba(32,33,36,.35); }
.dialog { width: min(440px, 92vw); background: var(--bg); color: var(--fg); border-radius: 16px; padding: 20px 24px; box-shadow: 0 8px 28px rgba(0,0,0,.28); }
.dialog h2 { margin: 0 0 6px; font-size: 18px; font-weight: 500; }
.lead { margin: 0 0 12px; color: var(--muted); }
.checklist { margin: 0 0 12px; padding-left: 20px; }
.checklist li { margin: 4px 0; }
.summary { list-style: none; margin: 0 0 16px; padding: 8px 12px; border-radius: 8px; background: color-mix(in srgb, var(--line) 30%, transparent); }
.summary li { margin: 4px 0; }
.buttons { display: flex; justify-content: flex-end; gap: 8px; }
.askfirst { margin: 0 0 16px; }
.askfirst textarea { box-sizing: border-box; width: 100%; font: inherit; color: var(--fg); background: transparent; border: 1px solid var(--line); border-radius: 8px; padding: 8px; resize: none; margin-bottom: 6px; }
.primary { background: var(--accent); color: var(--bg); border: none; border-radius: 18px; padding: 8px 18px; font-weight: 500; }
`;
