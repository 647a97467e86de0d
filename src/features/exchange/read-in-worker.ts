import type { ImportResult } from '../../domain/board-file';
import type { DecodeResult } from '../../domain/share-link';
import type { ExchangeReply, ExchangeRequest, ExchangeWork } from './exchange.worker';

/**
 * Reading links and files off the main thread: one worker, started the first time it is
 * needed and kept for the next. Each request carries an id; the reply with that id settles
 * its promise, so requests may overlap.
 */

interface Job {
  request: ExchangeRequest;
  settle: (reply: ExchangeReply) => void;
}

/** undefined: not tried yet; null: no worker here, everything runs in this thread. */
let worker: Worker | null | undefined;
const jobs = new Map<number, Job>();
let lastId = 0;

/** What a link holds, decoded in the worker. */
export async function decodeLinkInWorker(fragment: string): Promise<DecodeResult> {
  const reply = await run({ kind: 'link', fragment });
  return (reply as Extract<ExchangeReply, { kind: 'link' }>).result;
}

/** What a board file's text holds, parsed and restored in the worker. */
export async function parseFileInWorker(text: string): Promise<ImportResult> {
  const reply = await run({ kind: 'file', text });
  return (reply as Extract<ExchangeReply, { kind: 'file' }>).result;
}

function run(work: ExchangeWork): Promise<ExchangeReply> {
  const request: ExchangeRequest = { ...work, id: ++lastId };
  if (worker === undefined) worker = startWorker();
  if (worker === null) return runHere(request);
  const started = worker;
  return new Promise((settle) => {
    jobs.set(request.id, { request, settle });
    started.postMessage(request);
  });
}

/**
 * The worker, or null where there is none: no Worker at all (jsdom in the tests, a very
 * old browser), or one that cannot be made (a policy forbids it). Then the same code runs
 * in this thread: slower to the eye on a huge input, but never a link or file refused.
 */
function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    const started = new Worker(new URL('./exchange.worker.ts', import.meta.url), {
      type: 'module',
      name: 'exchange',
    });
    started.addEventListener('message', (event: MessageEvent<ExchangeReply>) => {
      const job = jobs.get(event.data.id);
      jobs.delete(event.data.id);
      job?.settle(event.data);
    });
    // An error here means the worker could not load (its script missing or refused): the
    // handler itself answers every request, even a bug. Give up on it for this page.
    started.addEventListener('error', (event) => {
      event.preventDefault();
      giveUp(started);
    });
    return started;
  } catch {
    return null;
  }
}

/** Stops a worker that failed and runs what it was given here instead. */
function giveUp(failed: Worker) {
  failed.terminate();
  if (worker === failed) worker = null;
  const waiting = [...jobs.values()];
  jobs.clear();
  for (const job of waiting) void runHere(job.request).then(job.settle);
}

/** The in-thread fallback: the worker's own handler, loaded only when needed. */
async function runHere(request: ExchangeRequest): Promise<ExchangeReply> {
  const { handleExchange } = await import('./exchange.worker');
  return handleExchange(request);
}
