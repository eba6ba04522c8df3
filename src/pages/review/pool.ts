/**
 * Parsing and analysis spread over helper workers. The review worker reads and splits the files
 * and hands batches of messages round the lanes: itself, then each helper. A helper with enough
 * batches waiting gives its turn back, and the reader runs that batch itself, so reading never
 * runs far ahead and no lane idles while another queues. Outcomes come back in any order; the
 * review sorts them by position.
 */
import type { Policy } from '../../settings/schema';
import { localExecutor, type Executor, type ExecutorFactory, type Job, type Outcome } from './process';
import type { HelperMessage, HelperReply } from './protocol';

/** What the pool needs of a helper worker (a fake one in tests). */
export interface HelperLike {
  postMessage(message: HelperMessage): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<HelperReply>) => void) | null;
  onerror: ((event: Event) => void) | null;
}

/** Batches a helper may have waiting before its turn goes to the reader. */
export const HELPER_QUEUE = 2;

/**
 * Helpers to start: none on a machine of one or two processors (the page, the browser and the
 * reader need them; measured, a helper there made a run slower), else two fewer than the
 * processors, at most four.
 */
export function helperCount(processors: number | undefined): number {
  return Math.max(0, Math.min(4, (processors ?? 1) - 2));
}

/**
 * Lets queued events in (the helpers' answers): the reader's own work resolves in microtasks,
 * which alone would never let a helper's message be handled until the very end. A message to
 * oneself is a task without the clamping of setTimeout.
 */
function nextTask(): Promise<void> {
  if (typeof MessageChannel !== 'function') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

interface Lane {
  helper: HelperLike;
  /** Batches sent and not answered, by id. */
  waiting: Map<number, Job[]>;
  dead: boolean;
}

/**
 * An executor over helpers made by `spawn` (none when it fails or count is 0: then everything
 * runs in the reader, as localExecutor does).
 */
export function poolExecutor(spawn: () => HelperLike, count: number): ExecutorFactory {
  return (apply, team, policy) => new Pool(spawn, count, apply, team, policy);
}

class Pool implements Executor {
  private readonly lanes: Lane[] = [];
  private readonly local: Executor;
  private turn = 0;
  private nextId = 1;
  private idle: (() => void)[] = [];
  private localWork: Job[][] = [];

  constructor(
    spawn: () => HelperLike,
    count: number,
    private readonly apply: (outcome: Outcome) => void,
    team: readonly string[],
    policy: Policy,
  ) {
    this.local = localExecutor(apply, team, policy);
    for (let i = 0; i < count; i++) {
      let helper: HelperLike;
      try {
        helper = spawn();
      } catch {
        break;
      }
      const lane: Lane = { helper, waiting: new Map(), dead: false };
      helper.onmessage = (event) => this.answered(lane, event.data);
      helper.onerror = (event) => {
        event.preventDefault?.();
        this.failed(lane);
      };
      helper.postMessage({ type: 'helper', team: [...team], policy });
      this.lanes.push(lane);
    }
  }

  async submit(jobs: Job[]): Promise<void> {
    if (this.lanes.length) await nextTask();
    const turn = this.turn++ % (this.lanes.length + 1);
    const lane = turn === 0 ? undefined : this.lanes[turn - 1];
    if (lane && !lane.dead && lane.waiting.size < HELPER_QUEUE) {
      const id = this.nextId++;
      lane.waiting.set(id, jobs);
      lane.helper.postMessage({ type: 'jobs', id, jobs });
      return;
    }
    await this.local.submit(jobs);
    // Work a failed helper left behind is done here too.
    while (this.localWork.length) await this.local.submit(this.localWork.shift()!);
  }

  async drain(): Promise<void> {
    while (this.localWork.length || this.lanes.some((l) => !l.dead && l.waiting.size > 0)) {
      if (this.localWork.length) await this.local.submit(this.localWork.shift()!);
      else await new Promise<void>((resolve) => this.idle.push(resolve));
    }
    for (const lane of this.lanes) lane.helper.terminate();
  }

  private wake(): void {
    const waiting = this.idle;
    this.idle = [];
    for (const resolve of waiting) resolve();
  }

  private answered(lane: Lane, reply: HelperReply): void {
    if (reply?.type !== 'outcomes' || !lane.waiting.has(reply.id)) return;
    lane.waiting.delete(reply.id);
    for (const outcome of reply.outcomes) this.apply(outcome);
    this.wake();
  }

  /** A helper that fails hands its batches back to the reader. */
  private failed(lane: Lane): void {
    if (lane.dead) return;
    lane.dead = true;
    this.localWork.push(...lane.waiting.values());
    lane.waiting.clear();
    lane.helper.terminate();
    this.wake();
  }
}
