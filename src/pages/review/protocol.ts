/** Messages between the review page and its worker (review-worker.js). */
import type { Policy } from '../../settings/schema';
import type { Job, Outcome, ReviewProgress, ReviewResult } from './process';

/** Page to worker: read these files for this team under this policy (the page loads it; workers have no extension storage). */
export interface StartMessage {
  type: 'start';
  files: File[];
  team: string[];
  policy: Policy;
}

/**
 * Page to worker, as soon as the page opens: load and run the parser and the rules once on a
 * tiny email, so their one-time set-up is done before the files arrive.
 */
export interface WarmMessage {
  type: 'warm';
  /** Sent by a review worker to a helper it started (a helper starts no helpers of its own). */
  helper?: boolean;
}

/** Worker to page: ready (warmed up); then, in a run, progress now and then and the result, or an error that stopped the whole run. */
export type WorkerMessage = ReviewProgress | { type: 'done'; result: ReviewResult } | { type: 'error'; message: string } | { type: 'ready' };

/** What the page needs of a Worker (a fake one in tests). */
export interface WorkerLike {
  postMessage(message: StartMessage | WarmMessage): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<WorkerMessage>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/** At most this often the worker posts progress. */
export const PROGRESS_EVERY_MS = 100;

/**
 * Review worker to a helper (another review-worker.js it started): first who the team is and
 * the policy, then batches of messages to parse and analyse.
 */
export type HelperMessage = WarmMessage | { type: 'helper'; team: string[]; policy: Policy } | { type: 'jobs'; id: number; jobs: Job[] };

/** Helper to review worker: what became of each message of a batch. */
export interface HelperReply {
  type: 'outcomes';
  id: number;
  outcomes: Outcome[];
}
