/**
 * Entry of review-worker.js. Started by the review page, it reads and analyses the files the page
 * posts, off the page's thread, posting progress (at most every PROGRESS_EVERY_MS) and then the
 * result; the page ends a run by terminating it. It starts helpers (this same script) to share
 * the parsing and analysis when the machine has processors to spare (pool.ts).
 */
import { analyze } from '../../engine/analyze';
import { parseEml } from '../../mail/eml';
import { DEFAULT_POLICY, type Policy } from '../../settings/schema';
import { useMemoryBlob } from '../../mail/memory-blob';
import { helperCount, poolExecutor, type HelperLike } from './pool';
import { reviewFiles, runJob, type Outcome } from './process';
import { PROGRESS_EVERY_MS, type HelperMessage, type HelperReply, type StartMessage, type WarmMessage, type WorkerMessage } from './protocol';

const scope = globalThis as unknown as {
  postMessage(message: WorkerMessage | HelperReply): void;
  onmessage: ((event: MessageEvent<StartMessage | WarmMessage | HelperMessage>) => void) | null;
  navigator?: { hardwareConcurrency?: number };
};

// The parser's Blobs stay in this worker's memory (see src/mail/memory-blob.ts).
useMemoryBlob();

const processors = scope.navigator?.hardwareConcurrency;
const newHelper = (): HelperLike => new Worker('review-worker.js') as unknown as HelperLike;
/** Helpers started and warmed while the page waits for files. */
const ready: HelperLike[] = [];
const spawnHelper = (): HelperLike => ready.pop() ?? newHelper();

function warmUp(): Promise<void> {
  return parseEml(WARM_UP)
    .then((draft) => void analyze(draft, DEFAULT_POLICY))
    .catch(() => undefined);
}

async function run({ files, team, policy }: StartMessage): Promise<void> {
  let last = 0;
  const executor = poolExecutor(spawnHelper, typeof Worker === 'function' ? helperCount(processors) : 0);
  for await (const event of reviewFiles(files, team, policy, { executor })) {
    if (event.type === 'progress') {
      const now = Date.now();
      if (now - last < PROGRESS_EVERY_MS && event.bytes < event.totalBytes) continue;
      last = now;
    }
    scope.postMessage(event);
  }
}

const WARM_UP = 'From: a@example.com\nTo: b@example.org\nSubject: Hello\n\nHi Dana, just checking in. Does Tuesday at 10 or Wednesday at 3 work better?\n';

/** As a helper: the team and policy of the review it works for. */
let helping: { team: string[]; policy: Policy } | undefined;

scope.onmessage = (event) => {
  const message = event.data;
  switch (message?.type) {
    case 'warm':
      void warmUp().then(() => {
        if (!message.helper) scope.postMessage({ type: 'ready' });
      });
      // The review worker (not a helper) warms its helpers too.
      if (!message.helper && typeof Worker === 'function') {
        try {
          for (let i = ready.length; i < helperCount(processors); i++) {
            const helper = newHelper();
            helper.postMessage({ type: 'warm', helper: true });
            ready.push(helper);
          }
        } catch {
          // Helpers are started when the run begins, or not at all.
        }
      }
      return;
    case 'start':
      run(message).catch((error: unknown) => scope.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) }));
      return;
    case 'helper':
      helping = { team: message.team, policy: message.policy };
      return;
    case 'jobs': {
      const { team, policy } = helping ?? { team: [], policy: DEFAULT_POLICY };
      void (async () => {
        const outcomes: Outcome[] = [];
        for (const job of message.jobs) outcomes.push(await runJob(job, team, policy));
        scope.postMessage({ type: 'outcomes', id: message.id, outcomes });
      })();
      return;
    }
  }
};
