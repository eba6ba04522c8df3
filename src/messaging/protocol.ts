import type { Draft, Finding } from '../engine/draft';
import type { Severity } from '../engine/severity';
import type { Contact, Sighting } from '../memory/contacts';

/**
 * The one message protocol between the extension's parts. Names say the direction:
 * `toBackground/...` is sent by a content script or page and answered by the service worker;
 * `toContent/...` is sent by the popup to the content script of one tab (`tabs.sendMessage`).
 */
export type ToBackground =
  | { type: 'toBackground/analyze'; draft: Draft }
  /** The tab's current draft changed: show its count and colour on the toolbar button. */
  | { type: 'toBackground/badge'; count: number; severity: Severity | '' }
  /** What the contact memory knows of these recipients (colleagues left out). */
  | { type: 'toBackground/contacts'; addresses: string[] }
  | { type: 'toBackground/note'; address: string; note: string }
  /** Messages sent (by the user, through a guarded composer) or seen (in a thread view); `self` are the user's own addresses, never remembered. */
  | { type: 'toBackground/record'; sightings: Sighting[]; self: string[] };

export type ToContent =
  | { type: 'toContent/getState' }
  | { type: 'toContent/apply'; composer: string; finding: Finding; replacement: string }
  | { type: 'toContent/tick'; composer: string; item: string; ticked: boolean };

/** What the content script of a webmail tab tells the popup. No draft text but the findings' excerpts. */
export interface TabState {
  host: string;
  /** The site's name ("Gmail"). */
  site: string;
  paused: boolean;
  /** The draft last focused in a guarded composer (or the only one open), if any. */
  draft: DraftState | null;
  /** Compose windows open that are not guarded (an editor or a Send control not found), and why one is ('editor', 'send', 'error'). */
  unguarded?: number;
  unguardedReason?: string;
}

export interface DraftState {
  composer: string;
  kind: Draft['kind'];
  subject: string;
  /** Findings still shown (not dismissed), in the draft's order. */
  findings: Finding[];
  /** The pre-send checklist: message keys, each with whether the user ticked it. */
  checklist: { item: string; ticked: boolean }[];
}

export interface Replies {
  'toBackground/analyze': Finding[];
  'toBackground/badge': true;
  'toBackground/contacts': Contact[];
  'toBackground/note': { ok: true } | { ok: false; error: string };
  'toBackground/record': true;
  'toContent/getState': TabState;
  'toContent/apply': DraftState | null;
  'toContent/tick': DraftState | null;
}

export type ReplyTo<M extends ToBackground | ToContent> = Replies[M['type']];

const isTyped = (message: unknown, prefix: string): boolean =>
  typeof message === 'object' && message !== null && String((message as { type?: unknown }).type).startsWith(prefix);

/** Messages arrive as `unknown`: only well-formed ones of ours are answered. */
export function isToBackground(message: unknown): message is ToBackground {
  return isTyped(message, 'toBackground/');
}

export function isToContent(message: unknown): message is ToContent {
  return isTyped(message, 'toContent/');
}
