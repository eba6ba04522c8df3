import type { DraftInput } from '../engine/draft';

/** The fields a suggestion can rewrite in place. */
export type EditableField = 'body' | 'subject';

/** How the user tried to send: the page's control to re-trigger if they send anyway. */
export interface SendAttempt {
  /** The element whose click sends (Send, Send and archive, a schedule-send item); null for the keyboard shortcut. */
  control: Element | null;
  /**
   * False for the mousedown and mouseup before a click: the handler only says whether it would
   * stop the send, and does nothing else; the click that follows commits.
   */
  commit: boolean;
}

/**
 * One open compose window (or reply box, or event editor). Everything here fails soft: what
 * cannot be found is left out of the draft, and nothing throws.
 */
export interface Composer {
  /** Stable for the composer's life, for logs and dismissals. */
  readonly id: string;
  /** The compose window's outermost element: the guard lives beside its parts, never inside the editor. */
  readonly root: Element;
  /** The contenteditable body, where findings are highlighted. */
  readonly editor: HTMLElement | null;
  /** Where the guard's host element goes: by the toolbar, outside the editor. */
  guardSlot(): { parent: Element; before: Element | null };
  readDraft(): DraftInput;
  /**
   * Calls `handler` in the capture phase when the user tries to send (click or Enter/Space on
   * a send control, Ctrl/Cmd+Enter in the compose). The handler returns true to stop that send.
   * Untrusted (synthetic) events are let through, so `send()` is never stopped by it.
   */
  onSendAttempt(handler: (attempt: SendAttempt) => boolean, signal: AbortSignal): void;
  /** Re-triggers the page's own send, once. */
  send(attempt: SendAttempt): void;
  /** Replaces [start, end) of the field's text through the editor's own input path (undoable). */
  replace(field: EditableField, start: number, end: number, text: string): boolean;
  /** The DOM range of [start, end) of the body text, for highlighting; null when it cannot be mapped. */
  bodyRange(start: number, end: number): Range | null;
  /** The body offset at a point on screen, or -1. */
  bodyOffsetAt(x: number, y: number): number;
  /**
   * The part a guard needs that this compose window lacks (its body editor, its Send or Save
   * control), or null (also when absent) when it can be guarded. Such a window is left unguarded,
   * the popup says so, and it sends as usual; it is guarded once the part appears.
   */
  missing?(): Unguarded | null;
}

/** Why a compose window is not guarded: its editor, or its send control, cannot be found. */
export type Unguarded = 'editor' | 'send';

/** A message seen in a thread view: who sent it and when (epoch ms). No text. */
export interface SeenMessage {
  address: string;
  at: number;
}

export interface SiteAdapter {
  readonly name: string;
  matches(url: URL): boolean;
  /**
   * Calls `onComposer` for every composer open now and each one that opens later, with a
   * signal that aborts when that composer closes, also for a compose window it recognises but
   * whose parts it cannot all find (see `Composer.missing`). Stops when `signal` aborts.
   */
  observe(onComposer: (composer: Composer, closed: AbortSignal) => void, signal: AbortSignal): void;
  /**
   * Calls `onSeen` with the messages of each thread view the user opens (and again when more of
   * the thread appears), each message at most once per page. Stops when `signal` aborts.
   */
  observeThreads?(onSeen: (seen: SeenMessage[]) => void, signal: AbortSignal): void;
}
