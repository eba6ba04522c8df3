/**
 * DOM steps every site adapter needs: sending a click the page accepts, rewriting text through
 * the editor's own input path (so the page saves it and Ctrl+Z undoes it), and catching send
 * attempts in the capture phase before the page's own handlers.
 */
import type { Composer, SeenMessage, SendAttempt } from './types';

/** An e-mail address inside other text (a chip's label, a header block). */
export const ADDRESS = /[^\s<>(),;"']+@[^\s<>(),;"']+\.[^\s<>(),;"']+/;

/**
 * Finds composers now and as the page changes: `find` lists the elements that stand for open
 * composers, `make` wraps a new one, and its signal aborts once `stillOpen` says it is gone.
 * Webmail pages mutate constantly, so the page is rescanned at most once per frame.
 * `attributes`: attribute changes that can open or close a composer (a pane hidden, not removed).
 */
export function watchComposers(
  find: () => Iterable<Element>,
  stillOpen: (el: Element) => boolean,
  make: (el: Element) => Composer,
  onComposer: (composer: Composer, closed: AbortSignal) => void,
  signal: AbortSignal,
  attributes: string[] = [],
): void {
  const open = new Map<Element, AbortController>();
  const scan = (): void => {
    for (const [el, controller] of open) {
      if (stillOpen(el)) continue;
      controller.abort();
      open.delete(el);
    }
    for (const el of find()) {
      if (open.has(el)) continue;
      const controller = new AbortController();
      open.set(el, controller);
      onComposer(make(el), controller.signal);
    }
  };
  rescanOnChange(scan, signal, attributes);
  signal.addEventListener('abort', () => {
    for (const controller of open.values()) controller.abort();
  });
  // Composers already open when the script loads (a draft restored after a refresh).
  scan();
}

/** Runs `scan` once per animation frame in which the page's DOM changed, until `signal` aborts. */
function rescanOnChange(scan: () => void, signal: AbortSignal, attributes: string[]): void {
  let queued = false;
  const observer = new MutationObserver(() => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      if (!signal.aborted) scan();
    });
  });
  observer.observe(document.body, { childList: true, subtree: true, ...(attributes.length ? { attributes: true, attributeFilter: attributes } : {}) });
  signal.addEventListener('abort', () => observer.disconnect());
}

/** The mouse sequence web apps listen for (Gmail acts on mousedown/mouseup as well as click). */
export function simulateClick(el: Element): void {
  const view = el.ownerDocument.defaultView;
  for (const type of ['mousedown', 'mouseup', 'click']) {
    el.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, view, button: 0 }));
  }
}

/** Types `text` over the selection through the browser's editing commands, when it has them. */
function typeText(doc: Document, text: string): boolean {
  // execCommand is deprecated but still the only way to edit through the browser's undo stack.
  return typeof doc.execCommand === 'function' && doc.execCommand('insertText', false, text);
}

/**
 * Replaces the range's text as if typed: one undo step in the editor, and an input event for the
 * page. Where the browser cannot type for us, nothing changes (false): no edit bypasses undo.
 */
export function insertAt(editor: HTMLElement, range: Range, text: string): boolean {
  const selection = editor.ownerDocument.getSelection();
  if (!selection) return false;
  editor.focus();
  selection.removeAllRanges();
  selection.addRange(range);
  return typeText(editor.ownerDocument, text);
}

/** The same for a text input (the subject). */
export function insertInInput(input: HTMLInputElement, start: number, end: number, text: string): boolean {
  input.focus();
  input.setSelectionRange(start, end);
  if (typeText(input.ownerDocument, text)) return true;
  // A plain input keeps its own small undo history; setRangeText is the next best thing.
  input.setRangeText(text, start, end, 'end');
  input.dispatchEvent(new Event('input', { bubbles: true }));
  return true;
}

/**
 * Catches send attempts inside `root`: a click on a send control, Enter or Space on one, and
 * Ctrl/Cmd+Enter anywhere inside. Listens on the window in the capture phase, ahead of the
 * page's own handlers (webmail apps listen on the document too). When `handler` returns true
 * the event is stopped before the page sees it. Synthetic events (our own re-sends) pass.
 */
export function catchSendAttempts(
  root: Element,
  sendControlOf: (target: Element) => Element | null,
  handler: (attempt: SendAttempt) => boolean,
  signal: AbortSignal,
): void {
  const stop = (event: Event, attempt: SendAttempt): void => {
    if (!handler(attempt)) return;
    event.preventDefault();
    event.stopPropagation();
    event.stopImmediatePropagation();
  };
  const inside = (event: Event): event is Event & { target: Element } => event.target instanceof Element && root.contains(event.target);
  const onPointer = (event: Event): void => {
    if (!event.isTrusted || !inside(event)) return;
    const control = sendControlOf(event.target);
    if (control) stop(event, { control, commit: event.type === 'click' });
  };
  const onKey = (event: Event): void => {
    const key = event as KeyboardEvent;
    if (!key.isTrusted || !inside(key)) return;
    const enter = key.key === 'Enter';
    if (enter && (key.ctrlKey || key.metaKey)) {
      stop(event, { control: null, commit: true });
      return;
    }
    const control = enter || key.key === ' ' ? sendControlOf(key.target) : null;
    if (control) stop(event, { control, commit: true });
  };
  // Gmail sends on mouseup as well as click: a stopped send must stop both.
  const target = root.ownerDocument.defaultView ?? root;
  for (const type of ['mousedown', 'mouseup', 'click']) target.addEventListener(type, onPointer, { capture: true, signal });
  target.addEventListener('keydown', onKey, { capture: true, signal });
}

/** One message of a thread view as an adapter reads it: who sent it and when, and the keys that name it. */
export interface MessageSighting extends SeenMessage {
  /** What identifies the message across re-renders (its ids); it counts as reported once any of them is. */
  keys: readonly string[];
}

/**
 * Reports the messages of thread views as they appear, each once: `find` lists the message
 * elements in the page now, `read` tells who sent one and when (null while it cannot tell: the
 * message is read again after the next change), `viewOf` groups them by thread view, one call
 * of `onSeen` per view. Like watchComposers, the page is rescanned at most once per frame.
 * `attributes`: attribute changes that can make a message readable (a date filled in later).
 */
export function watchMessages(
  find: () => Iterable<Element>,
  read: (message: Element) => MessageSighting | null,
  viewOf: (message: Element) => Element | null,
  onSeen: (seen: SeenMessage[]) => void,
  signal: AbortSignal,
  attributes: string[] = [],
): void {
  if (signal.aborted) return;
  const reported = new Set<string>();
  const scan = (): void => {
    const views = new Map<Element | null, SeenMessage[]>();
    for (const el of find()) {
      let sighting: MessageSighting | null = null;
      try {
        sighting = read(el);
      } catch {
        // Fail soft: a page that surprises the reader yields less, never an error.
      }
      if (!sighting || sighting.keys.length === 0 || sighting.keys.some((k) => reported.has(k))) continue;
      for (const key of sighting.keys) reported.add(key);
      const view = viewOf(el);
      const seen = views.get(view) ?? [];
      seen.push({ address: sighting.address, at: sighting.at });
      views.set(view, seen);
    }
    for (const seen of views.values()) onSeen(seen);
  };
  rescanOnChange(scan, signal, attributes);
  // A thread already open when the script loads.
  scan();
}

/** A plain e-mail address, nothing around it. */
const BARE_ADDRESS = /^[^\s<>(),;:"'@]+@[^\s<>(),;:"'@]+\.[^\s<>(),;:"'@]+$/;

/** `text` as an address (trimmed, lower case), or null when it is not one. */
export function bareAddress(text: string | null | undefined): string | null {
  const t = (text ?? '').trim().replace(/^mailto:/i, '').replace(/\.+$/, '').toLowerCase();
  return BARE_ADDRESS.test(t) ? t : null;
}

/** The page's language where `el` sits ("" when unknown). */
export function langOf(el: Element): string {
  return el.closest('[lang]')?.getAttribute('lang')?.trim() ?? '';
}

const monthTables = new Map<string, Map<string, number>>();

const monthKey = (word: string): string => word.toLowerCase().replace(/\./g, '').trim();

/** Month names and abbreviations (lower case, without dots) for a language, from Intl: month -> 1..12. */
function monthsOf(lang: string): Map<string, number> {
  let table = monthTables.get(lang);
  if (table) return table;
  table = new Map();
  try {
    for (const month of ['short', 'long'] as const) {
      const alone = new Intl.DateTimeFormat(lang, { month, timeZone: 'UTC' });
      const inDate = new Intl.DateTimeFormat(lang, { month, day: 'numeric', timeZone: 'UTC' });
      for (let m = 0; m < 12; m++) {
        const date = new Date(Date.UTC(2001, m, 15));
        const names = [alone.format(date), inDate.formatToParts(date).find((p) => p.type === 'month')?.value ?? ''];
        for (const name of names) {
          const key = monthKey(name);
          if (key && !/\d/.test(key)) table.set(key, m + 1);
        }
      }
    }
  } catch {
    // A language tag Intl does not know: no names for it.
  }
  if (lang === 'en') table.set('sept', 9);
  monthTables.set(lang, table);
  return table;
}

/** Unicode spaces (Chromium writes U+202F before AM/PM) and the direction marks pages put around dates. */
const ODD_SPACES = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+/g;
const DIRECTION_MARKS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const TIME = /(?<![\d:])(\d{1,2}):(\d{2})(?::(\d{2}))?(?![\d:])(?:\s*([ap])\.?\s?m\b\.?)?/i;
const NUMERIC_DATE = /(?<![\d./-])(\d{1,4})([./-])(\d{1,2})\2(\d{2}|\d{4})(?![\d/-])/;

/** True when an all-numeric date with a slash reads month first in this language; null: cannot tell. */
function monthFirst(lang: string): boolean | null {
  if (!lang) return null;
  return /^en(-us)?$/i.test(lang);
}

/**
 * The moment a page shows as a message's full date, in the user's local time zone, as epoch ms;
 * null when it cannot be told for sure (no year, no time, an ambiguous day and month, a format or
 * language it does not know). Reads the forms webmail titles and headers use, for example
 * "Tue, Oct 28, 2025, 3:40 PM", "Thu, Dec 18, 2014 at 12:35 PM", "Tue, 28 Oct 2025, 15:40",
 * "Di., 28. Okt. 2025, 15:40", "Mon 11/3/2025 9:12 AM", "03.11.2025 09:12", ISO 8601.
 * Month names come from Intl for the page's language `lang`, and English.
 */
export function parseShownDate(shown: string | null | undefined, lang = ''): number | null {
  const text = (shown ?? '').replace(DIRECTION_MARKS, '').replace(ODD_SPACES, ' ').trim();
  if (!text) return null;
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(text)) {
    const at = Date.parse(text);
    return Number.isNaN(at) ? null : at;
  }
  const time = TIME.exec(text);
  if (!time) return null;
  let hour = Number(time[1]);
  const minute = Number(time[2]);
  const second = Number(time[3] ?? 0);
  const half = time[4]?.toLowerCase();
  if (half) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (half === 'p' ? 12 : 0);
  }
  const rest = `${text.slice(0, time.index)} ${text.slice(time.index + time[0].length)}`;
  const day = dayOf(rest, lang);
  if (!day) return null;
  const [year, month, date] = day;
  if (hour > 23 || minute > 59 || second > 59 || year < 1970 || year > 2100) return null;
  const at = new Date(year, month - 1, date, hour, minute, second);
  if (at.getFullYear() !== year || at.getMonth() !== month - 1 || at.getDate() !== date) return null;
  return at.getTime();
}

/** [year, month, day] from the date part of a shown date, or null. */
function dayOf(text: string, lang: string): [number, number, number] | null {
  const numeric = NUMERIC_DATE.exec(text);
  if (numeric) {
    const [, a = '', sep, b = '', c = ''] = numeric;
    const [x, y, z] = [Number(a), Number(b), Number(c)];
    if (a.length === 4) return c.length <= 2 ? [x, y, z] : null;
    if (a.length > 2) return null;
    const year = c.length === 2 ? 2000 + z : z;
    if (sep !== '/') return [year, y, x];
    if (x > 12) return [year, y, x];
    if (y > 12 || x === y) return [year, x, y];
    const first = monthFirst(lang);
    if (first === null) return null;
    return first ? [year, x, y] : [year, y, x];
  }
  const words = text.split(/[\s,;()]+/).map(monthKey).filter(Boolean);
  const base = lang.toLowerCase().split(/[-_]/)[0] ?? '';
  let month: number | undefined;
  for (const table of [lang ? monthsOf(lang) : null, base && base !== lang ? monthsOf(base) : null, monthsOf('en')]) {
    if (!table) continue;
    const found = new Set(words.map((w) => table.get(w)).filter((m): m is number => m !== undefined));
    if (found.size === 1) {
      month = [...found][0];
      break;
    }
    if (found.size > 1) return null;
  }
  if (!month) return null;
  const day = words.find((w) => /^\d{1,2}$/.test(w));
  const year = words.find((w) => /^\d{4}$/.test(w));
  if (!day || !year) return null;
  return [Number(year), month, Number(day)];
}
