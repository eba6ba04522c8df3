/**
 * DOM steps every site adapter needs: sending a click the page accepts, rewriting text through
 * the editor's own input path (so the page saves it and Ctrl+Z undoes it), and catching send
 * attempts in the capture phase before the page's own handlers.
 */
import type { Composer, SendAttempt } from './types';

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
  signal.addEventListener('abort', () => {
    observer.disconnect();
    for (const controller of open.values()) controller.abort();
  });
  // Composers already open when the script loads (a draft restored after a refresh).
  scan();
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
