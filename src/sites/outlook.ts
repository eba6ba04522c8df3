/**
 * Outlook on the web (outlook.live.com, outlook.office.com, outlook.office365.com,
 * outlook.cloud.microsoft): compose in the reading pane, in a pop-out window and docked.
 * Outlook's Fluent UI hashes its class names and re-nests often, so SELECTORS below lean on
 * roles, contenteditable, data-testid and ids, with class-name prefixes second and English
 * labels last. Stale compose panes that Outlook leaves in the DOM are ignored.
 */
import type { DraftInput, ThreadMessage } from '../engine/draft';
import { ADDRESS, bareAddress, catchSendAttempts, langOf, parseShownDate, watchComposers, watchMessages, type MessageSighting } from './dom';
import { EditorComposer } from './composer';
import { EditableText } from './editable-text';
import type { SendAttempt, SiteAdapter, Unguarded } from './types';

const HOSTS = new Set(['outlook.live.com', 'outlook.office.com', 'outlook.office365.com', 'outlook.cloud.microsoft']);

const SELECTORS = {
  /** The body editor: the multi-line contenteditable (Briskine). */
  body: 'div[contenteditable="true"][aria-multiline="true"]',
  /** One compose, nearest first: the calendar's event form, pop-out form, docked part, reading pane, main region. */
  composeRoot: '[aria-label="Event compose form"], [data-app-section="Form_Content"], [id*="docking_InitVisiblePart"], #ReadingPaneContainerId, [role=main]',
  /** Outlook's own new-event form (the only public hook is this English label: Jidesha). */
  eventForm: '[aria-label="Event compose form"]',
  /** The event's title: the form's first text input; its start and end: its date and time pickers, in order. */
  eventTitle: 'input[type=text]:not([role])',
  eventWhen: 'input[role=combobox]',
  /** Recipient wells, in order To, Cc, Bcc: the single-line contenteditables (2026-03). */
  recipientField: '[contenteditable="true"]:not([aria-multiline="true"])',
  /** A recipient chip: a contenteditable child of the well; its text in a hashed textContainer/individualText span. */
  chip: ':scope > [contenteditable]',
  chipText: '[class*="textContainer-"], [class*="individualText-"]',
  /** Subject: the last single-line text input of the compose. */
  subject: 'input[type=text][autocomplete=off]',
  /** Where the author's words end in a reply or forward: everything from here on is the quoted original. */
  quotedStart: '#appendonsend, #divRplyFwdMsg, [id$="_divRplyFwdMsg"], [id*="mail-editor-reference-message-container"], [class*="mail-editor-reference-message-container"]',
  /** The header block of the quoted original (From, Sent, To, Subject; labels localised). */
  quotedHeader: '#divRplyFwdMsg, [id$="_divRplyFwdMsg"]',
  /** Send: the data-testid wrapper's button, Fluent's split button, the older named button, then English labels. */
  send: '[data-testid="ComposeSendButton"] button:not([aria-haspopup]), button.fui-SplitButton__primaryActionButton, button[name="Send"], button[aria-label="Send"], button[title="Send"]',
  sendGroup: '[data-testid="ComposeSendButton"]',
  /**
   * A message's date in the reading pane, one per message shown: its title, else its text. Not in
   * the digest: the data-testid several public scripts (Playwright, userscripts) read, *unverified*.
   */
  messageTime: '[data-testid="SentReceivedSavedTime"]',
  /** Where a message's header can end: the reading pane (digest §6), or a compose beside the message. */
  readingPane: '#ReadingPaneContainerId, [role=main], [data-app-section="Form_Content"]',
  /** A compose's parts (digest §6): a message's header never reaches into one. */
  composePart: '[contenteditable="true"], [data-testid="ComposeSendButton"]',
  /** Inside a message but not its header: the body (role=document, public scripts), quoted headers, editors. */
  messageContent: '[role=document], [contenteditable="true"], #divRplyFwdMsg, [id$="_divRplyFwdMsg"], blockquote',
} as const;

/** "Name <address>", a bare address, or a name alone (the address is then unknown, and left out). */
function recipientOf(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  const angle = /^(.*?)\s*<([^<>]+@[^<>]+)>$/.exec(t);
  if (angle) return angle[1] ? `${angle[1].replace(/^"|"$/g, '')} <${angle[2]}>` : angle[2]!;
  return t;
}

function isShown(el: Element): boolean {
  return !el.closest('[hidden], [aria-hidden="true"]') && (el as HTMLElement).style?.display !== 'none';
}

let counter = 0;

class OutlookComposer extends EditorComposer {
  readonly id = `outlook-${++counter}`;

  /** `body` null: a compose window found by its Send wrapper, with no editor to be found. */
  constructor(
    readonly root: Element,
    private readonly body: HTMLElement | null,
  ) {
    super();
  }

  get editor(): HTMLElement | null {
    return this.body?.isConnected ? this.body : this.root.querySelector<HTMLElement>(SELECTORS.body);
  }

  override missing(): Unguarded | null {
    // An editor that turns up later is another composer's (the observer finds it by its editor).
    return this.body ? super.missing() : 'editor';
  }

  protected bodyText(): EditableText | null {
    const editor = this.editor;
    return editor ? new EditableText(editor, undefined, SELECTORS.quotedStart) : null;
  }

  protected sendButton(): Element | null {
    return [...this.root.querySelectorAll(SELECTORS.send)].find(isShown) ?? null;
  }

  guardSlot(): { parent: Element; before: Element | null } {
    const anchor = this.root.querySelector(SELECTORS.sendGroup) ?? this.sendButton();
    if (anchor?.parentElement) return { parent: anchor.parentElement, before: anchor.nextElementSibling };
    return { parent: this.root, before: null };
  }

  /** The recipient wells in order (To, Cc, Bcc), outside the body. */
  private wells(): Element[] {
    return [...this.root.querySelectorAll(SELECTORS.recipientField)].filter((el) => !this.editor?.contains(el) && isShown(el));
  }

  private recipients(well: Element | undefined): string[] {
    if (!well) return [];
    const out: string[] = [];
    for (const chip of well.querySelectorAll(SELECTORS.chip)) {
      const text = (chip.querySelector(SELECTORS.chipText) ?? chip).textContent ?? '';
      const title = chip.getAttribute('title') ?? chip.getAttribute('aria-label') ?? '';
      // The chip's title or label may carry the address its text leaves out.
      const address = ADDRESS.exec(text)?.[0] ?? ADDRESS.exec(title)?.[0];
      const recipient = recipientOf(text);
      if (recipient) out.push(address && !recipient.includes(address) ? `${recipient} <${address}>` : recipient);
    }
    // Typed addresses not yet turned into chips.
    let typed = '';
    for (let n = well.firstChild; n; n = n.nextSibling) if (n.nodeType === Node.TEXT_NODE) typed += (n as Text).data;
    for (const part of typed.split(/[,;]/)) if (ADDRESS.test(part)) out.push(part.trim());
    return out;
  }

  protected subjectInput(): HTMLInputElement | null {
    const inputs = [...this.root.querySelectorAll<HTMLInputElement>(SELECTORS.subject)].filter((i) => isShown(i) && !this.editor?.contains(i));
    return inputs.at(-1) ?? null;
  }

  /** The quoted original of a reply: its sender from the header block, and its text. */
  private thread(): ThreadMessage[] | undefined {
    const editor = this.editor;
    const start = editor?.querySelector(SELECTORS.quotedStart);
    if (!editor || !start) return undefined;
    const doc = editor.ownerDocument;
    const range = doc.createRange();
    const header = editor.querySelector(SELECTORS.quotedHeader);
    range.setStartAfter(header ?? start);
    range.setEnd(editor, editor.childNodes.length);
    const holder = doc.createElement('div');
    holder.appendChild(range.cloneContents());
    const body = new EditableText(holder).text.trim();
    const from = header ? headerSender(header.textContent ?? '') : '';
    return body ? [{ from, to: [], body }] : undefined;
  }

  readDraft(): DraftInput {
    const [to, cc, bcc] = this.wells();
    if (this.root.matches(SELECTORS.eventForm)) return this.readEvent(to);
    const thread = this.thread();
    return {
      kind: 'email',
      to: this.recipients(to),
      cc: this.recipients(cc),
      bcc: this.recipients(bcc),
      subject: this.subjectInput()?.value ?? '',
      body: this.bodyText()?.text ?? '',
      ...(thread ? { thread } : {}),
    };
  }

  /** The new-event form as an invite: attendees from its one recipient well, title, start and end. */
  private readEvent(attendeeWell: Element | undefined): DraftInput {
    const attendees = this.recipients(attendeeWell);
    const title = this.root.querySelector<HTMLInputElement>(SELECTORS.eventTitle)?.value ?? '';
    const [startDate, startTime, endDate, endTime] = [...this.root.querySelectorAll<HTMLInputElement>(SELECTORS.eventWhen)].map((i) => i.value);
    const start = [startDate, startTime].filter(Boolean).join(' ');
    const end = [endDate, endTime].filter(Boolean).join(' ');
    return {
      kind: 'invite',
      to: attendees,
      subject: title,
      body: this.bodyText()?.text ?? '',
      invite: { title, attendees, ...(start ? { start } : {}), ...(end ? { end } : {}) },
    };
  }

  onSendAttempt(handler: (attempt: SendAttempt) => boolean, signal: AbortSignal): void {
    catchSendAttempts(this.root, (t) => t.closest(SELECTORS.send), handler, signal);
  }




}

/** The first "Name <address>" or address in the header block: its From line comes first, whatever the language. */
function headerSender(header: string): string {
  const angle = /([^:\n<>]*?)\s*<([^<>\s]+@[^<>\s]+)>/.exec(header);
  if (angle) return `${angle[1]!.trim()} <${angle[2]}>`;
  return ADDRESS.exec(header)?.[0] ?? '';
}

/**
 * The message a date belongs to: the largest element around it, inside the reading pane, that
 * holds no other message's date and no compose. No class names or English labels needed.
 */
function messageOf(time: Element): Element {
  let message = time;
  for (let up = time.parentElement; up && up !== up.ownerDocument.body; up = up.parentElement) {
    if (up.matches(SELECTORS.readingPane)) break;
    if (up.querySelectorAll(SELECTORS.messageTime).length > 1 || up.querySelector(SELECTORS.composePart)) break;
    message = up;
  }
  return message;
}

/** The first address in a message's header, in page order (its From line comes first, whatever the language). */
function senderOf(message: Element): string | null {
  const doc = message.ownerDocument;
  const walker = doc.createTreeWalker(message, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node instanceof Element && node.matches(SELECTORS.messageContent) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
    // A persona's title holds its address; so may the header's text ("Name <address>").
    const text = node instanceof Element ? (node.getAttribute('title') ?? '') : (node as Text).data;
    const address = bareAddress(ADDRESS.exec(text)?.[0]);
    if (address) return address;
  }
  return null;
}

/** Who sent a reading-pane message and when; null until both can be told. */
function sightingOf(time: Element): MessageSighting | null {
  if (!isShown(time)) return null;
  const lang = langOf(time);
  const at = parseShownDate(time.getAttribute('title'), lang) ?? parseShownDate(time.textContent, lang);
  if (at === null) return null;
  const address = senderOf(messageOf(time));
  // Outlook's reading pane shows no message ids; who and when name the message.
  return address ? { address, at, keys: [`${address}|${at}`] } : null;
}

/** The compose window around its editor or its Send wrapper. */
const composeRootOf = (el: Element): Element => el.parentElement?.closest(SELECTORS.composeRoot) ?? el.parentElement ?? el;

/** A shown Send wrapper whose compose window has no shown editor: a compose Tactful cannot read. */
const editorless = (wrapper: Element): boolean =>
  isShown(wrapper) && ![...composeRootOf(wrapper).querySelectorAll(SELECTORS.body)].some(isShown);

export const outlook: SiteAdapter = {
  name: 'outlook',
  matches: (url) => HOSTS.has(url.hostname),
  observe(onComposer, signal) {
    watchComposers(
      () => [...document.querySelectorAll<HTMLElement>(SELECTORS.body)].filter(isShown).concat([...document.querySelectorAll<HTMLElement>(SELECTORS.sendGroup)].filter(editorless)),
      (el) => el.isConnected && (el.matches(SELECTORS.body) ? isShown(el) : editorless(el)),
      (el) => new OutlookComposer(composeRootOf(el), el.matches(SELECTORS.body) ? (el as HTMLElement) : null),
      onComposer,
      signal,
      // A stale pane is hidden rather than removed.
      ['hidden', 'aria-hidden', 'style'],
    );
  },
  observeThreads(onSeen, signal) {
    watchMessages(
      () => document.querySelectorAll(SELECTORS.messageTime),
      sightingOf,
      (time) => time.closest(SELECTORS.readingPane),
      onSeen,
      signal,
      // A date filled in later, a pane shown again.
      ['title', 'hidden', 'aria-hidden', 'style'],
    );
  },
};
