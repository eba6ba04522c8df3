/**
 * Google Calendar (calendar.google.com): the full-screen event editor and the quick-create
 * dialog. Save is the send point: it is what sends the invitations. The editor's `x…` element
 * ids have been stable since the 2017 redesign and do not depend on the language, so SELECTORS
 * uses them first; English labels are never needed.
 */
import type { DraftInput } from '../engine/draft';
import { ADDRESS, catchSendAttempts, watchComposers } from './dom';
import { EditorComposer } from './composer';
import { EditableText } from './editable-text';
import type { SendAttempt, SiteAdapter, Unguarded } from './types';

const SELECTORS = {
  /** The full editor is the page when body[data-viewfamily=EVENT_EDIT]; the quick-create is a dialog with an Event tab. */
  editorPage: 'body[data-viewfamily="EVENT_EDIT"]',
  dialog: '[role=dialog]',
  eventTab: '#tabEvent',
  /** The full editor's container (Toggl). */
  editor: 'div[data-is-create]',
  /** The quick-create dialog's event panel. */
  eventPanel: '[role=tabpanel][aria-labelledby=tabEvent]',
  /** What makes an editor: its title field (in the quick-create, the event panel's first text input). */
  title: '#xTiIn, input[data-initial-value], [role=tabpanel][aria-labelledby=tabEvent] input[type=text]',
  startDate: '#xStDaIn',
  startTime: '#xStTiIn',
  endDate: '#xEnDaIn',
  endTime: '#xEnTiIn',
  /** Guests: each address in a hovercard span of the guest list (or of the quick-create's event panel). */
  guest: '#xGstLst span[data-hovercard-id], [role=tabpanel][aria-labelledby=tabEvent] span[data-hovercard-id]',
  location: '#xLocIn input',
  /** The description: a g_editable contenteditable, the same family as Gmail's editor. */
  description: '#xDescIn [role=textbox][contenteditable="true"], #xDescIn [contenteditable="true"]',
  /** The calendar's owner, the organiser. */
  owner: '#xCalOwn',
  /** Save sends the invitations. */
  save: '#xSaveBu',
  /** The quick-create dialog's Save: the editor's id if present, else (English, last resort) its label. */
  dialogSave: '[role=dialog] #xSaveBu, [role=dialog] button[aria-label="Save"]',
} as const;

function valueOf(root: ParentNode, selector: string): string {
  const el = root.querySelector<HTMLInputElement>(selector);
  return (el?.value ?? el?.textContent ?? '').trim();
}

let counter = 0;

class EventComposer extends EditorComposer {
  readonly id = `calendar-${++counter}`;

  constructor(readonly root: Element) {
    super();
  }

  get editor(): HTMLElement | null {
    return this.root.querySelector<HTMLElement>(SELECTORS.description);
  }

  protected bodyText(): EditableText | null {
    const editor = this.editor;
    return editor ? new EditableText(editor) : null;
  }

  protected sendButton(): Element | null {
    return this.root.querySelector(SELECTORS.save) ?? this.root.querySelector(SELECTORS.dialogSave);
  }

  /** The quick-create dialog has no description: only its Save is needed. */
  override missing(): Unguarded | null {
    return this.root.matches(SELECTORS.dialog) ? (this.sendButton() ? null : 'send') : super.missing();
  }

  protected subjectInput(): HTMLInputElement | null {
    return this.root.querySelector<HTMLInputElement>(SELECTORS.title);
  }

  guardSlot(): { parent: Element; before: Element | null } {
    const save = this.sendButton();
    if (save?.parentElement) return { parent: save.parentElement, before: save };
    return { parent: this.root, before: null };
  }

  readDraft(): DraftInput {
    const listed = [...this.root.querySelectorAll(SELECTORS.guest)].map((g) => g.getAttribute('data-hovercard-id') ?? '').filter(Boolean);
    // The organiser: the calendar owner's address when the page shows it, else, in the full
    // editor, the guest list's first entry, where Calendar puts the organiser once guests are added.
    const ownerEl = this.root.ownerDocument.querySelector(SELECTORS.owner);
    const shown = ADDRESS.exec(`${ownerEl?.textContent ?? ''} ${ownerEl?.getAttribute('title') ?? ''}`)?.[0];
    const owner = shown ?? (this.root.matches(SELECTORS.editor) && listed.length > 1 ? listed[0] : undefined);
    const guests = listed.filter((address) => address !== owner);
    const start = [valueOf(this.root, SELECTORS.startDate), valueOf(this.root, SELECTORS.startTime)].filter(Boolean).join(' ');
    const end = [valueOf(this.root, SELECTORS.endDate), valueOf(this.root, SELECTORS.endTime)].filter(Boolean).join(' ');
    const title = this.subjectInput()?.value ?? '';
    const location = valueOf(this.root, SELECTORS.location);
    return {
      kind: 'invite',
      ...(owner ? { from: owner } : {}),
      to: guests,
      subject: title,
      body: this.bodyText()?.text ?? '',
      invite: { title, attendees: guests, ...(start ? { start } : {}), ...(end ? { end } : {}), ...(location ? { location } : {}) },
    };
  }

  onSendAttempt(handler: (attempt: SendAttempt) => boolean, signal: AbortSignal): void {
    catchSendAttempts(this.root, (t) => t.closest(`${SELECTORS.save}, ${SELECTORS.dialogSave}`), handler, signal);
  }




}

/** The editor's root: the quick-create dialog, or the editor page's main region. */
function editorRoots(): Element[] {
  const roots: Element[] = [];
  for (const dialog of document.querySelectorAll(SELECTORS.dialog)) {
    if ((dialog.querySelector(SELECTORS.eventTab) || dialog.querySelector(SELECTORS.eventPanel)) && dialog.querySelector(SELECTORS.title)) roots.push(dialog);
  }
  if (document.querySelector(SELECTORS.editorPage)) {
    const title = document.querySelector(SELECTORS.title);
    const root = title?.closest(SELECTORS.editor) ?? title?.closest('[role=main]') ?? (title ? document.body : null);
    if (root && !roots.some((r) => r.contains(root) || root.contains(r))) roots.push(root);
  }
  return roots;
}

export const googleCalendar: SiteAdapter = {
  name: 'google-calendar',
  matches: (url) => url.hostname === 'calendar.google.com',
  observe(onComposer, signal) {
    watchComposers(
      editorRoots,
      (root) => root.isConnected && root.querySelector(SELECTORS.title) !== null,
      (root) => new EventComposer(root),
      onComposer,
      signal,
      // The page switches between the grid and the editor by this attribute.
      ['data-viewfamily'],
    );
  },
};
