/**
 * DOM steps every site adapter needs: sending a click the page accepts, rewriting text through
 * the editor's own input path (so the page saves it and Ctrl+Z undoes it), and catching send
 * attempts in the capture phase before the page's own handlers.
 */
import type { SendAttempt } from './types';

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
 * Catches send attempts on `root` in the capture phase: a click on a send control, Enter or
 * Space on one, and Ctrl/Cmd+Enter anywhere inside. When `handler` returns true the event is
 * stopped before the page sees it. Synthetic events (our own re-sends) pass untouched.
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
  const onPointer = (event: Event): void => {
    if (!event.isTrusted || !(event.target instanceof Element)) return;
    const control = sendControlOf(event.target);
    if (control) stop(event, { control, commit: event.type === 'click' });
  };
  const onKey = (event: Event): void => {
    const key = event as KeyboardEvent;
    if (!key.isTrusted || !(key.target instanceof Element)) return;
    const enter = key.key === 'Enter';
    if (enter && (key.ctrlKey || key.metaKey)) {
      stop(event, { control: null, commit: true });
      return;
    }
    const control = enter || key.key === ' ' ? sendControlOf(key.target) : null;
    if (control) stop(event, { control, commit: true });
  };
  // Gmail sends on mouseup as well as click: a stopped send must stop both.
  for (const type of ['mousedown', 'mouseup', 'click']) root.addEventListener(type, onPointer, { capture: true, signal });
  root.addEventListener('keydown', onKey, { capture: true, signal });
}
