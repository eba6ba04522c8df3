import { insertAt, insertInInput, simulateClick } from './dom';
import type { EditableText } from './editable-text';
import type { Composer, EditableField, SendAttempt, Unguarded } from './types';
import type { DraftInput } from '../engine/draft';

/**
 * What every adapter's composer does the same way, given where its parts are: re-sending,
 * rewriting through the editor, and mapping body offsets to the DOM and back.
 */
export abstract class EditorComposer implements Composer {
  abstract readonly id: string;
  abstract readonly root: Element;
  abstract get editor(): HTMLElement | null;
  /** The body's text as the user sees it, without quoted history, with its map to the DOM. */
  protected abstract bodyText(): EditableText | null;
  /** The one-line field a subject rewrite goes to (an email's subject, an event's title). */
  protected abstract subjectInput(): HTMLInputElement | null;
  /** The page's own send control (Send, Save). */
  protected abstract sendButton(): Element | null;
  abstract guardSlot(): { parent: Element; before: Element | null };
  abstract readDraft(): DraftInput;
  abstract onSendAttempt(handler: (attempt: SendAttempt) => boolean, signal: AbortSignal): void;

  private current: EditableText | null | undefined;

  /**
   * The body text, read once per task: marking every finding after a check maps many spans,
   * and the editor cannot change before the task ends.
   */
  private currentText(): EditableText | null {
    if (this.current === undefined) {
      this.current = this.bodyText();
      queueMicrotask(() => (this.current = undefined));
    }
    return this.current;
  }

  missing(): Unguarded | null {
    return !this.editor ? 'editor' : !this.sendButton() ? 'send' : null;
  }

  send(attempt: SendAttempt): void {
    const control = attempt.control?.isConnected ? attempt.control : this.sendButton();
    if (control) simulateClick(control);
  }

  replace(field: EditableField, start: number, end: number, text: string): boolean {
    if (field === 'subject') {
      const input = this.subjectInput();
      return input ? insertInInput(input, start, end, text) : false;
    }
    const editor = this.editor;
    const range = this.currentText()?.range(start, end);
    // The text changes here: the next mapping reads it afresh.
    this.current = undefined;
    return editor && range ? insertAt(editor, range, text) : false;
  }

  bodyRange(start: number, end: number): Range | null {
    return this.currentText()?.range(start, end) ?? null;
  }

  bodyOffsetAt(x: number, y: number): number {
    const caret = this.root.ownerDocument.caretRangeFromPoint?.(x, y);
    const text = this.currentText();
    return caret && text ? text.offsetOf(caret.startContainer, caret.startOffset) : -1;
  }
}
