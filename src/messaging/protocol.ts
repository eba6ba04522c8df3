import type { Draft, Finding } from '../engine/draft';
import type { Policy } from '../settings/schema';

/**
 * The one message protocol between the extension's parts. Names say the direction:
 * `toBackground/...` is sent by a content script or page and answered by the service worker.
 */
export type ToBackground =
  | { type: 'toBackground/getPolicy' }
  | { type: 'toBackground/analyze'; draft: Draft };

export interface Replies {
  'toBackground/getPolicy': Policy;
  'toBackground/analyze': Finding[];
}

export type ReplyTo<M extends ToBackground> = Replies[M['type']];

const TYPES = new Set<string>(['toBackground/getPolicy', 'toBackground/analyze']);

/** Messages arrive as `unknown`: only well-formed ones of ours are answered. */
export function isToBackground(message: unknown): message is ToBackground {
  return typeof message === 'object' && message !== null && TYPES.has((message as { type?: unknown }).type as string);
}
