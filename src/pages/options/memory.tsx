/**
 * Contact memory: the policy's two fields (remember or not, and for how long), and what is
 * remembered, contact by contact, with the user's notes, a filter, delete, export and import.
 * The contacts are read once and again only when storage.local's contact keys change (debounced);
 * the filter works on what was read, and at most LIST_CAP matches are drawn at a time.
 */
import { Component } from 'preact';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import {
  applyChanges,
  deleteAll,
  deleteContact,
  enforceRetention,
  exportContacts,
  importContacts,
  listContacts,
  MAX_NOTE,
  PREFIX,
  setNote,
  unansweredSends,
  type Contact,
} from '../../memory/contacts';
import { download, messageOf, readText } from '../../ui/files';
import { t } from '../../ui/i18n';
import { Card, describedBy, FieldError, isLocked, LockedBadge, NumberField, shown, type SectionProps } from './parts';

export const CONTACTS_FILE = 'tactful-contacts.json';
/** The most contacts drawn at once; the filter finds the others. */
export const LIST_CAP = 200;
/** Quiet time after the last storage change before the list is brought up to date. */
export const REFRESH_MS = 250;
/** Under a steady stream of changes, the list is still brought up to date at least this often. */
const REFRESH_MAX_MS = 2000;
/** Quiet time after the last keystroke in the filter before the list is filtered again. */
export const FILTER_MS = 120;


let dateFormat: Intl.DateTimeFormat | undefined;
/** A date kept in epoch seconds, as the user's locale writes it. */
export function formatDate(seconds: number): string {
  dateFormat ??= new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
  return dateFormat.format(new Date(seconds * 1000));
}

const formatCount = (n: number): string => n.toLocaleString();

/** An address as a fragment of an element id: letters and digits kept, anything else escaped (so distinct addresses never collide). */
const idOf = (address: string): string => address.replace(/[^A-Za-z0-9]/g, (c) => `_${c.charCodeAt(0).toString(16)}`);

/**
 * The remembered contacts, read once, then kept up to date with the changes storage.local
 * reports for contact keys (whoever made them: this page, the content script, another tab), so
 * a large memory is not read whole again after every send.
 */
function useContacts(): { contacts: Contact[] | null; error: string } {
  const [contacts, setContacts] = useState<Contact[] | null>(null);
  const [error, setError] = useState('');
  const reads = useRef(0);
  /** The whole list has been read: changes can be applied to it. */
  const listed = useRef(false);

  const refresh = useCallback(async () => {
    const mine = ++reads.current;
    try {
      const list = await listContacts();
      if (mine !== reads.current) return;
      listed.current = true;
      setContacts(list);
      setError('');
    } catch (e) {
      if (mine !== reads.current) return;
      setContacts((c) => c ?? []);
      setError(messageOf(e));
    }
  }, []);

  useEffect(() => {
    void refresh();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let since = 0;
    /** The changes since the list was last brought up to date, the latest per key. */
    let pending: Record<string, { newValue?: unknown }> = {};
    const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'local' || !Object.keys(changes).some((k) => k.startsWith(PREFIX))) return;
      Object.assign(pending, changes);
      if (timer === undefined) since = Date.now();
      clearTimeout(timer);
      const wait = Math.max(0, Math.min(REFRESH_MS, since + REFRESH_MAX_MS - Date.now()));
      timer = setTimeout(() => {
        timer = undefined;
        const batch = pending;
        pending = {};
        // Before the first read has landed, a read may be under way that predates these changes.
        if (!listed.current) void refresh();
        else setContacts((previous) => (previous ? applyChanges(previous, batch) : previous));
      }, wait);
    };
    browser.storage.onChanged.addListener(handler);
    return () => {
      browser.storage.onChanged.removeListener(handler);
      clearTimeout(timer);
      reads.current++;
    };
  }, [refresh]);

  return { contacts, error };
}

/** An open note editor: the text being written (kept across list refreshes) and its error. */
interface Editor {
  text: string;
  error: string;
  busy: boolean;
}

export function MemorySection(props: SectionProps) {
  const { announce } = props;
  const { contacts, error: loadError } = useContacts();
  const [query, setQuery] = useState('');
  /** The filter as last applied: it follows `query` once typing pauses. */
  const [applied, setApplied] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setApplied(query), FILTER_MS);
    return () => clearTimeout(timer);
  }, [query]);
  const [editors, setEditors] = useState<Readonly<Record<string, Editor>>>({});
  const [confirming, setConfirming] = useState<string | null>(null);
  const [confirmAll, setConfirmAll] = useState(false);
  const [actionError, setActionError] = useState('');
  const [importError, setImportError] = useState('');
  /** An element to focus once the next render is on screen (by id). */
  const [focusId, setFocusId] = useState<string | null>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (!focusId) return;
    const el = document.getElementById(focusId) ?? listHeading.current;
    el?.focus();
    setFocusId(null);
  }, [focusId]);

  /** Lower-cased address and note of each contact, made once per read, for the filter. */
  const haystack = useMemo(() => (contacts ?? []).map((c) => `${c.address}\n${c.note}`.toLowerCase()), [contacts]);
  const needle = applied.trim().toLowerCase();
  const { visible, matched } = useMemo(() => {
    const all = contacts ?? [];
    if (!needle) return { visible: all.slice(0, LIST_CAP), matched: all.length };
    const visible: Contact[] = [];
    let matched = 0;
    for (let i = 0; i < all.length; i++) {
      if (!haystack[i]!.includes(needle)) continue;
      matched++;
      if (visible.length < LIST_CAP) visible.push(all[i]!);
    }
    return { visible, matched };
  }, [contacts, haystack, needle]);

  /** What a row can do: made once, so rows that did not change are not drawn again. */
  const actions = useMemo<RowActions>(() => {
    const setEditor = (address: string, change: Partial<Editor> | null) =>
      setEditors((all) => {
        if (change === null) {
          const { [address]: _closed, ...rest } = all;
          return rest;
        }
        // Only opening an editor (with its text) creates one: a late answer never reopens a closed one.
        if (!all[address] && change.text === undefined) return all;
        return { ...all, [address]: { text: '', error: '', busy: false, ...all[address], ...change } };
      });
    return {
      edit(c) {
        setEditor(c.address, { text: c.note, error: '' });
        setFocusId(`note-${idOf(c.address)}`);
      },
      input(c, text) {
        setEditor(c.address, { text });
      },
      cancel(c) {
        setEditor(c.address, null);
        setFocusId(`edit-${idOf(c.address)}`);
        announce(t('memory_noteUnchanged'));
      },
      async save(c, written) {
        const text = written.trim();
        const fieldId = `note-${idOf(c.address)}`;
        if (text.length > MAX_NOTE) {
          setEditor(c.address, { text: written, error: t('memory_noteTooLong', formatCount(text.length), formatCount(MAX_NOTE)) });
          setFocusId(fieldId);
          return;
        }
        setEditor(c.address, { text: written, error: '', busy: true });
        let failure: string;
        try {
          const result = await setNote(c.address, text);
          if (result.ok) {
            setEditor(c.address, null);
            // A contact left with neither dates nor a note is forgotten: focus goes to the list then.
            const stays = text !== '' || c.sent.length > 0 || c.replies.length > 0;
            setFocusId(stays ? `edit-${idOf(c.address)}` : 'contacts-title');
            announce(t(text ? 'memory_noteSaved' : 'memory_noteRemoved', c.address));
            return;
          }
          failure = t('options_notSaved', result.error);
        } catch (e) {
          failure = t('memory_actionFailed', messageOf(e));
        }
        setEditor(c.address, { error: failure, busy: false });
        setFocusId(fieldId);
      },
      askDelete(c) {
        setConfirming(c.address);
        setFocusId(`keep-${idOf(c.address)}`);
      },
      keep(c) {
        setConfirming(null);
        setFocusId(`delete-${idOf(c.address)}`);
      },
      async remove(c) {
        try {
          await deleteContact(c.address);
        } catch (e) {
          setActionError(t('memory_actionFailed', messageOf(e)));
          return;
        }
        setActionError('');
        setConfirming(null);
        setEditor(c.address, null);
        setFocusId('contacts-title');
        announce(t('memory_deleted', c.address));
      },
    };
  }, [announce]);

  const removeAll = async () => {
    let count: number;
    try {
      count = await deleteAll();
    } catch (e) {
      setActionError(t('memory_actionFailed', messageOf(e)));
      return;
    }
    setActionError('');
    setConfirmAll(false);
    setConfirming(null);
    setEditors({});
    setFocusId('contacts-title');
    announce(t('memory_allDeleted', formatCount(count)));
  };

  const onExport = async () => {
    try {
      download(CONTACTS_FILE, await exportContacts());
    } catch (e) {
      setActionError(t('memory_actionFailed', messageOf(e)));
      return;
    }
    setActionError('');
    announce(t('memory_exported', CONTACTS_FILE));
  };

  const onImport = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    // Cleared so choosing the same file again (after fixing it) imports it again.
    input.value = '';
    if (!file) return;
    let text: string;
    try {
      text = await readText(file);
    } catch (e) {
      setImportError(t('memory_importUnreadable', messageOf(e)));
      return;
    }
    let result: Awaited<ReturnType<typeof importContacts>>;
    try {
      result = await importContacts(text);
    } catch (e) {
      setImportError(t('memory_importInvalid', messageOf(e)));
      return;
    }
    if (!result.ok) {
      setImportError(t('memory_importInvalid', result.error));
      return;
    }
    setImportError('');
    announce(t('memory_imported', formatCount(result.value), file.name));
  };

  const total = contacts?.length ?? 0;

  return (
    <Card id="memory" title={t('memory_title')} lead={t('memory_lead')}>
      <p class="privacy" data-tactful="memory-privacy">
        <svg aria-hidden="true" viewBox="0 0 16 16" width="14" height="14">
          <path fill="currentColor" d="M8 1 2.5 3v4.2c0 3.4 2.3 6.4 5.5 7.3 3.2-.9 5.5-3.9 5.5-7.3V3L8 1Zm0 1.6 4 1.5v3.1c0 2.6-1.7 5-4 5.8-2.3-.8-4-3.2-4-5.8V4.1l4-1.5Z" />
        </svg>
        {t('memory_privacy')}
      </p>
      <MemorySwitch {...props} />
      <RetentionField {...props} />

      <div class="contacts-head">
        <h3 id="contacts-title" tabIndex={-1} ref={listHeading}>
          {t('memory_listTitle', formatCount(total))}
        </h3>
        <div class="field contacts-filter">
          <label for="contacts-filter">{t('memory_filterLabel')}</label>
          <input
            type="search"
            id="contacts-filter"
            data-action="filter-contacts"
            autoComplete="off"
            spellcheck={false}
            placeholder={t('memory_filterPlaceholder')}
            value={query}
            aria-describedby="contacts-summary"
            onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
          />
        </div>
      </div>
      <p class="contacts-summary" id="contacts-summary" aria-live="polite" data-tactful="contacts-summary">
        {contacts === null
          ? ''
          : matched > visible.length
            ? t('memory_capped', formatCount(visible.length), formatCount(matched))
            : needle && matched > 0
              ? t('memory_matchCount', formatCount(matched))
              : ''}
      </p>
      {loadError ? (
        <p class="error" role="alert" data-tactful="contacts-error">
          {t('memory_loadFailed', loadError)}
        </p>
      ) : null}
      {contacts === null ? (
        <p class="loading">{t('memory_loading')}</p>
      ) : total === 0 ? (
        <p class="empty">{t('memory_empty')}</p>
      ) : visible.length === 0 ? (
        <p class="empty">{t('memory_noMatch', applied.trim())}</p>
      ) : null}
      <ul class="contacts" data-tactful="contacts" aria-labelledby="contacts-title">
        {visible.map((c) => (
          <ContactRow key={c.address} contact={c} editor={editors[c.address]} confirming={confirming === c.address} actions={actions} />
        ))}
      </ul>
      {actionError ? (
        <p class="error" role="alert" data-tactful="contacts-action-error">
          {actionError}
        </p>
      ) : null}

      <div class="form-actions">
        <button type="button" class="button" data-action="export-contacts" onClick={() => void onExport()}>
          {t('memory_export')}
        </button>
        <span class="file-picker">
          <input
            type="file"
            id="contacts-import-file"
            class="visually-hidden"
            accept=".json,application/json"
            data-action="import-contacts"
            aria-describedby={importError ? 'contacts-import-error' : 'contacts-import-help'}
            onChange={(e) => void onImport(e)}
          />
          <label for="contacts-import-file" class="button">
            {t('memory_import')}
          </label>
        </span>
        <button
          type="button"
          id="delete-contacts"
          class="button danger"
          data-action="delete-contacts"
          disabled={total === 0 || confirmAll}
          onClick={() => {
            setConfirmAll(true);
            setFocusId('keep-contacts');
          }}
        >
          {t('memory_deleteAll')}
        </button>
      </div>
      {confirmAll ? (
        <div class="confirm" role="group" aria-labelledby="confirm-delete-all" data-tactful="confirm-delete-contacts">
          <p id="confirm-delete-all">{t('memory_confirmDeleteAll', formatCount(total))}</p>
          <div class="confirm-actions">
            <button type="button" class="button danger-solid" data-action="confirm-delete-contacts" onClick={() => void removeAll()}>
              {t('memory_confirmDeleteAllButton')}
            </button>
            <button
              type="button"
              id="keep-contacts"
              class="button"
              data-action="cancel-delete-contacts"
              onClick={() => {
                setConfirmAll(false);
                setFocusId('delete-contacts');
              }}
            >
              {t('memory_cancel')}
            </button>
          </div>
        </div>
      ) : null}
      <p class="help" id="contacts-import-help">
        {t('memory_importHelp')}
      </p>
      {importError ? (
        <p class="error" id="contacts-import-error" role="alert" data-tactful="contacts-import-error">
          {importError}
        </p>
      ) : null}
    </Card>
  );
}

function MemorySwitch({ settings, save, errors }: SectionProps) {
  const locked = isLocked(settings, 'contactMemory');
  const on = shown(settings, 'contactMemory');
  const id = 'field-contactMemory';
  const error = errors.contactMemory;
  const onChange = (event: Event) => {
    const value = (event.currentTarget as HTMLInputElement).checked;
    void save('contactMemory', { contactMemory: value }, t(value ? 'memory_turnedOn' : 'memory_turnedOff'));
  };
  return (
    <div class="field switch-field" data-locked={locked ? 'true' : undefined}>
      <div class="field-head">
        <input
          type="checkbox"
          role="switch"
          class="switch"
          id={id}
          data-field="contactMemory"
          data-locked={locked ? 'true' : undefined}
          checked={on}
          disabled={locked}
          aria-describedby={describedBy(`${id}-help`, locked && `${id}-locked`, error && `${id}-error`)}
          onChange={onChange}
        />
        <label for={id}>{t('memory_switchLabel')}</label>
        {locked ? <LockedBadge id={`${id}-locked`} /> : null}
      </div>
      <p class="help" id={`${id}-help`}>
        {t('memory_switchHelp')}
      </p>
      <FieldError id={`${id}-error`} text={error && t('options_notSaved', error)} />
    </div>
  );
}

function RetentionField({ settings, save, errors, announce }: SectionProps) {
  const [applyError, setApplyError] = useState('');
  const onSave = async (days: number) => {
    if (!(await save('retentionDays', { retentionDays: days }))) return;
    // The limit applies at once, not only when each contact is next written.
    try {
      const changed = await enforceRetention(days);
      setApplyError('');
      if (changed > 0) announce(t('memory_retentionPruned', formatCount(days), formatCount(changed)));
    } catch (e) {
      setApplyError(t('memory_retentionFailed', messageOf(e)));
    }
  };
  return (
    <NumberField
      settings={settings}
      errors={errors}
      field="retentionDays"
      label={t('memory_retentionLabel')}
      help={t('memory_retentionHelp')}
      max={3650}
      onSave={(days) => void onSave(days)}
      extraError={applyError || undefined}
    />
  );
}

interface RowActions {
  edit(c: Contact): void;
  input(c: Contact, text: string): void;
  cancel(c: Contact): void;
  save(c: Contact, text: string): Promise<void>;
  askDelete(c: Contact): void;
  keep(c: Contact): void;
  remove(c: Contact): Promise<void>;
}

interface RowProps {
  contact: Contact;
  editor: Editor | undefined;
  confirming: boolean;
  actions: RowActions;
}

/** "3, last on Nov 14, 2026", or "None". */
function countWithLast(dates: readonly number[]): string {
  const last = dates.at(-1);
  return last === undefined ? t('memory_none') : t('memory_countLast', formatCount(dates.length), formatDate(last));
}

/**
 * One contact. Drawn again only when its contact, editor or confirmation changes: typing in one
 * note, or a refresh that changed other contacts, leaves the other rows (up to LIST_CAP) alone.
 */
class ContactRow extends Component<RowProps> {
  override shouldComponentUpdate(next: RowProps): boolean {
    const p = this.props;
    return p.contact !== next.contact || p.editor !== next.editor || p.confirming !== next.confirming || p.actions !== next.actions;
  }

  override render(props: RowProps) {
    return <ContactView {...props} />;
  }
}

function ContactView({ contact: c, editor, confirming, actions }: RowProps) {
  const onEdit = () => actions.edit(c);
  const onCancel = () => actions.cancel(c);
  const base = idOf(c.address);
  const noteId = `note-${base}`;
  const onSubmit = (event: Event) => {
    event.preventDefault();
    // Read from the form itself: what is on screen is what the user means, even mid-render.
    const box = (event.currentTarget as HTMLFormElement).elements.namedItem('note') as HTMLTextAreaElement | null;
    void actions.save(c, box?.value ?? editor?.text ?? '');
  };
  const length = editor?.text.trim().length ?? 0;

  return (
    <li class="contact" data-contact={c.address}>
      <div class="contact-main">
        <p class="contact-address host">{c.address}</p>
        <dl class="contact-facts">
          <div data-stat="sent">
            <dt>{t('memory_sentTerm')}</dt>
            <dd>{countWithLast(c.sent)}</dd>
          </div>
          <div data-stat="replies">
            <dt>{t('memory_repliesTerm')}</dt>
            <dd>{countWithLast(c.replies)}</dd>
          </div>
          <div data-stat="unanswered">
            <dt>{t(c.replies.length ? 'memory_sinceReplyTerm' : 'memory_noReplyTerm')}</dt>
            <dd>{formatCount(unansweredSends(c))}</dd>
          </div>
        </dl>
        {editor ? (
          <form class="note-editor" noValidate onSubmit={onSubmit}>
            <label for={noteId}>{t('memory_noteFieldLabel', c.address)}</label>
            <textarea
              id={noteId}
              name="note"
              data-field="note"
              rows={3}
              value={editor.text}
              aria-invalid={editor.error ? 'true' : undefined}
              aria-describedby={describedBy(`${noteId}-length`, editor.error && `${noteId}-error`)}
              onInput={(e) => actions.input(c, (e.currentTarget as HTMLTextAreaElement).value)}
              onKeyDown={(e) => {
                if (e.key === 'Escape') {
                  e.preventDefault();
                  onCancel();
                }
              }}
            />
            <p class={`help note-length${length > MAX_NOTE ? ' over' : ''}`} id={`${noteId}-length`}>
              {t('memory_noteLength', formatCount(length), formatCount(MAX_NOTE))}
            </p>
            <FieldError id={`${noteId}-error`} text={editor.error || undefined} />
            <div class="confirm-actions">
              <button type="submit" class="button primary" data-action="save-note" disabled={editor.busy}>
                {t('memory_saveNote')}
              </button>
              <button type="button" class="button" data-action="cancel-note" onClick={onCancel}>
                {t('memory_cancel')}
              </button>
            </div>
          </form>
        ) : (
          <p class={c.note ? 'contact-note' : 'contact-note muted'} data-tactful="note">
            {c.note ? (
              <>
                <span class="note-term">{t('memory_noteTerm')} </span>
                {c.note}
              </>
            ) : (
              t('memory_noNote')
            )}
          </p>
        )}
      </div>
      <div class="row-actions">
        {editor ? null : (
          <button
            type="button"
            id={`edit-${base}`}
            class="text-button"
            data-action="edit-note"
            aria-label={t(c.note ? 'memory_editNoteLabel' : 'memory_addNoteLabel', c.address)}
            onClick={onEdit}
          >
            {t(c.note ? 'memory_editNote' : 'memory_addNote')}
          </button>
        )}
        <button
          type="button"
          id={`delete-${base}`}
          class="text-button danger"
          data-action="delete-contact"
          aria-label={t('memory_deleteLabel', c.address)}
          disabled={confirming}
          onClick={() => actions.askDelete(c)}
        >
          {t('memory_delete')}
        </button>
      </div>
      {confirming ? (
        <div class="confirm" role="group" aria-labelledby={`confirm-${base}`}>
          <p id={`confirm-${base}`}>{t('memory_confirmDelete', c.address)}</p>
          <div class="confirm-actions">
            <button type="button" class="button danger-solid" data-action="confirm-delete-contact" onClick={() => void actions.remove(c)}>
              {t('memory_confirmDeleteButton')}
            </button>
            <button type="button" id={`keep-${base}`} class="button" data-action="cancel-delete-contact" onClick={() => actions.keep(c)}>
              {t('memory_cancel')}
            </button>
          </div>
        </div>
      ) : null}
    </li>
  );
}
