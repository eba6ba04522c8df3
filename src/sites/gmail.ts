/**
 * Gmail (mail.google.com): docked, full-screen and pop-out compose windows and inline replies.
 * Every selector is in SELECTORS below, language-independent attributes and roles first;
 * Gmail's obfuscated class names come next, and English labels are never needed. What cannot
 * be found is left out of the draft: this adapter never throws at its callers.
 */
import type { DraftInput, ThreadMessage } from '../engine/draft';
import { bareAddress, catchSendAttempts, langOf, parseShownDate, watchComposers, watchMessages, type MessageSighting } from './dom';
import { EditorComposer } from './composer';
import { EditableText } from './editable-text';
import type { SendAttempt, SiteAdapter } from './types';

type RecipientField = 'to' | 'cc' | 'bcc';

const SELECTORS = {
  /**
   * Every compose (docked "mole", full-screen, pop-out window, inline reply) holds its form's
   * hidden composeid field (InboxSDK, gmail.js); its bound is div.M9 (gmail.js, Briskine), else,
   * when that class is gone, the field's nearest ancestor that also holds one of composePart.
   */
  composeId: 'input[name=composeid]',
  compose: 'div.M9',
  composePart: '[g_editable], [role=textbox][contenteditable], input[name=subjectbox], [name=to], [jslog^="32601;"]',
  /** Ancestors that bound one compose window, nearest first: dialog, mole child, full-screen, pop-out, reply box. */
  composeWindow: '[role=dialog], .AD > *, .aSt, body.xE.xp [role=main], .ip',
  /** The body editor: Gmail's own g_editable attribute, then role and contenteditable. */
  body: ['[g_editable="true"][contenteditable="true"]', 'div[role=textbox][contenteditable="true"]', 'div.Am.Al.editable'],
  /** Quoted history inside the editor: not the author's words ("•••" toggle, Gmail's quote classes). */
  quoted: '.gmail_quote, .gmail_extra, .ajR, blockquote',
  /** Subject: the new-compose input, then the hidden one inline replies carry. */
  subject: 'input[name=subjectbox]',
  hiddenSubject: 'input[name=subject]',
  from: 'input[name=from]',
  /** The message this compose replies to; Gmail may write the literal "undefined". */
  repliedTo: 'input[name=rm]',
  /** New (PeopleKit) recipient UI: chips by role, address in data-hovercard-id, name in data-name. */
  chip: (field: RecipientField) => `div[name="${field}"] [role=listbox] [role=option][data-hovercard-id]`,
  /** Classic recipient UI: each chip (.vR) holds a hidden input with "Name <address>". */
  classicChip: (field: RecipientField) => `input[type=hidden][name="${field}"]`,
  /** Addresses typed but not yet turned into chips (classic textarea, new UI input). */
  typed: (field: RecipientField) => `textarea[name="${field}"], div[name="${field}"] input`,
  /**
   * Send (its jslog starts with Send's logging id, 32601), and Send + Archive (class Uo), never
   * the schedule-send arrow (aria-haspopup).
   */
  send: '[role=button][jslog^="32601;"]:not([aria-haspopup=true]), .IZ .Up div > div[role=button]:not([aria-haspopup=true]), div.T-I.T-I-atl',
  scheduleSend: '[selector="scheduledSend"]',
  /** The arrow beside Send that opens the send options (schedule send). */
  sendOptions: '[jslog^="32601;"] ~ [role=button][aria-haspopup=true], .IZ .Up [role=button][aria-haspopup=true], .hG',
  /** Where the guard sits: the send button's group in the bottom toolbar. */
  sendGroup: '.gU.Up, .IZ .Up',
  /** Thread view around an inline reply: messages with their senders and bodies. */
  thread: 'div.if, [role=list]',
  message: 'div.adn',
  sender: 'td.gF span[email], span[email].gD, .gs span[email]',
  recipients: '.hb span[email]',
  messageBody: 'div.a3s',
  /** A message's ids (digest §5): the same message re-rendered (collapsed, expanded) keeps them. */
  messageIds: ['data-legacy-message-id', 'data-message-id'],
  /**
   * A message's full date, in a header span's title: Gmail's date span (class g3; not in the digest,
   * but read this way by several public scripts), else any header span whose title is a full date
   * (Gmail's own thread list, 2014 InboxSDK capture: "Thu, Dec 18, 2014 at 12:35 PM").
   */
  messageDate: ['span.g3[title]', 'span[title]'],
  /** Inside a message but not its header: the body, quoted history, and any reply box. */
  messageContent: 'div.ii, div.a3s, .adP, .gmail_quote, blockquote, div.M9, .ip',
} as const;

/** "On Mon, 3 Nov 2025 at 09:12, Marta Silva <marta@x.pt> wrote:" -> "Marta Silva <marta@x.pt>". */
const ATTRIBUTION = /([^,<>\n]*?)\s*<([^<>\s]+@[^<>\s]+)>[^\n]*:\s*$/;

function first<T extends Element>(scope: ParentNode, selectors: readonly string[] | string): T | null {
  for (const s of typeof selectors === 'string' ? [selectors] : selectors) {
    const found = scope.querySelector<T>(s);
    if (found) return found;
  }
  return null;
}

function textOf(el: Element | null, skip?: string): string {
  return el ? new EditableText(el, skip).text.trim() : '';
}

function addressOf(el: Element): string {
  const address = el.getAttribute('email') ?? el.getAttribute('data-hovercard-id') ?? '';
  const name = el.getAttribute('name') ?? el.getAttribute('data-name') ?? '';
  return name && name !== address ? `${name} <${address}>` : address;
}

let counter = 0;
/** The composer whose send options were opened last: a schedule-send item outside any compose is its. */
let sendOptionsOwner: GmailComposer | null = null;

class GmailComposer extends EditorComposer {
  readonly id: string;
  readonly root: Element;

  constructor(readonly compose: Element) {
    super();
    this.root = compose.parentElement?.closest(SELECTORS.composeWindow) ?? compose;
    const declared = compose.querySelector<HTMLInputElement>(SELECTORS.composeId)?.value;
    this.id = declared ? `gmail-${declared}` : `gmail-${++counter}`;
  }

  get editor(): HTMLElement | null {
    return first<HTMLElement>(this.compose, SELECTORS.body);
  }

  protected bodyText(): EditableText | null {
    const editor = this.editor;
    return editor ? new EditableText(editor, SELECTORS.quoted) : null;
  }

  protected sendButton(): Element | null {
    return this.root.querySelector(SELECTORS.send);
  }

  guardSlot(): { parent: Element; before: Element | null } {
    const group = this.root.querySelector(SELECTORS.sendGroup) ?? this.sendButton()?.parentElement;
    if (group?.parentElement) return { parent: group.parentElement, before: group.nextElementSibling };
    return { parent: this.compose, before: null };
  }

  private recipients(field: RecipientField): string[] {
    const out: string[] = [];
    for (const chip of this.root.querySelectorAll(SELECTORS.chip(field))) out.push(addressOf(chip));
    for (const input of this.root.querySelectorAll<HTMLInputElement>(SELECTORS.classicChip(field))) if (input.value) out.push(input.value);
    for (const typed of this.root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(SELECTORS.typed(field))) {
      for (const part of typed.value.split(/[,;]/)) if (part.includes('@')) out.push(part.trim());
    }
    return [...new Set(out)];
  }

  protected subjectInput(): HTMLInputElement | null {
    return this.root.querySelector<HTMLInputElement>(SELECTORS.subject);
  }

  /** Earlier messages: from the thread view around an inline reply, else from the quoted text in the editor. */
  private thread(): ThreadMessage[] | undefined {
    const view = this.root.closest(SELECTORS.thread);
    if (view) {
      const messages = [...view.querySelectorAll(SELECTORS.message)].filter((m) => !this.root.contains(m));
      if (messages.length > 0) {
        return messages.map((m) => {
          const sender = m.querySelector(SELECTORS.sender);
          const to = [...m.querySelectorAll(SELECTORS.recipients)].map(addressOf);
          return { from: sender ? addressOf(sender) : '', to, body: textOf(m.querySelector(SELECTORS.messageBody), SELECTORS.quoted) };
        });
      }
    }
    const quote = this.editor?.querySelector('.gmail_quote');
    if (!quote) return undefined;
    const body = textOf(quote.querySelector('blockquote') ?? quote);
    const attribution = ATTRIBUTION.exec(textOf(quote, 'blockquote').split('\n')[0] ?? '');
    const from = attribution ? `${attribution[1]!.replace(/^On .*,\s*/, '').trim()} <${attribution[2]}>`.trim() : '';
    return body ? [{ from, to: [], body }] : undefined;
  }

  readDraft(): DraftInput {
    const repliedTo = this.root.querySelector<HTMLInputElement>(SELECTORS.repliedTo)?.value;
    const thread = this.thread();
    return {
      kind: 'email',
      from: this.root.querySelector<HTMLInputElement>(SELECTORS.from)?.value || undefined,
      to: this.recipients('to'),
      cc: this.recipients('cc'),
      bcc: this.recipients('bcc'),
      subject: this.subjectInput()?.value ?? this.root.querySelector<HTMLInputElement>(SELECTORS.hiddenSubject)?.value ?? '',
      body: this.bodyText()?.text ?? '',
      ...(thread ? { thread } : {}),
      ...(repliedTo && repliedTo !== 'undefined' ? { inReplyTo: repliedTo } : {}),
    };
  }

  onSendAttempt(handler: (attempt: SendAttempt) => boolean, signal: AbortSignal): void {
    catchSendAttempts(this.root, (t) => t.closest(`${SELECTORS.send}, ${SELECTORS.scheduleSend}`), handler, signal);
    this.root.addEventListener(
      'click',
      (e) => {
        if (e.target instanceof Element && e.target.closest(SELECTORS.sendOptions)) sendOptionsOwner = this;
      },
      { capture: true, signal },
    );
    // Gmail may render the schedule-send menu at the end of the page, outside the compose window.
    const outside = (t: Element): Element | null => (sendOptionsOwner === this && !this.root.contains(t) ? t.closest(SELECTORS.scheduleSend) : null);
    catchSendAttempts(this.root.ownerDocument.body, outside, handler, signal);
  }




}

/** Who sent a thread-view message and when, from its header only; null until both can be told. */
function sightingOf(message: Element): MessageSighting | null {
  const header = (el: Element): boolean => {
    const content = el.closest(SELECTORS.messageContent);
    return !content || !message.contains(content);
  };
  const sender = [...message.querySelectorAll(SELECTORS.sender)].find((el) => header(el) && !el.matches(SELECTORS.recipients));
  const address = bareAddress(sender?.getAttribute('email'));
  if (!address) return null;
  let at: number | null = null;
  for (const selector of SELECTORS.messageDate) {
    for (const el of message.querySelectorAll(selector)) {
      if (header(el)) at = parseShownDate(el.getAttribute('title'), langOf(el));
      if (at !== null) break;
    }
    if (at !== null) break;
  }
  if (at === null) return null;
  const ids = SELECTORS.messageIds.map((name) => message.getAttribute(name)).filter((id): id is string => !!id);
  return { address, at, keys: ids.length > 0 ? ids.map((id) => `id:${id}`) : [`${address}|${at}`] };
}

/** The compose a composeid field belongs to, or null when its bound cannot be told. */
function composeOf(id: Element): Element | null {
  const m9 = id.closest(SELECTORS.compose);
  if (m9) return m9;
  for (let el = id.parentElement; el && el !== el.ownerDocument.body; el = el.parentElement) {
    if (el.querySelectorAll(SELECTORS.composeId).length > 1) return null;
    if (el.querySelector(SELECTORS.composePart)) return el;
  }
  return null;
}

function composes(): Set<Element> {
  const found = new Set<Element>();
  for (const id of document.querySelectorAll(SELECTORS.composeId)) {
    const compose = composeOf(id);
    if (compose) found.add(compose);
  }
  for (const m9 of document.querySelectorAll(SELECTORS.compose)) found.add(m9);
  return found;
}

export const gmail: SiteAdapter = {
  name: 'gmail',
  matches: (url) => url.hostname === 'mail.google.com',
  observe(onComposer, signal) {
    watchComposers(
      composes,
      (el) => el.isConnected,
      (el) => new GmailComposer(el),
      onComposer,
      signal,
    );
  },
  observeThreads(onSeen, signal) {
    watchMessages(
      () => document.querySelectorAll(SELECTORS.message),
      sightingOf,
      (message) => message.closest(SELECTORS.thread),
      onSeen,
      signal,
      // A date or an id written into a message already shown.
      ['title', ...SELECTORS.messageIds],
    );
  },
};
