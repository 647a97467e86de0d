import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handleExchange, type ExchangeRequest } from './exchange.worker';
import { encodeShareFragment } from '../../domain/share-link';
import { stringifyFile, toBoardFile } from '../../domain/board-file';
import { makeBoard } from '../../testing/factories';

const board = makeBoard({ 0: ['Joint webinar'] }, { id: 'shared', title: 'Globex' });
const text = stringifyFile(toBoardFile(board, { app: 'test' }));

function fragmentOf(): string {
  const encoded = encodeShareFragment(board, 'test');
  if (!encoded.ok) throw new Error(encoded.error);
  return encoded.fragment;
}

/** The client afresh: it keeps its worker in module state. */
const freshClient = async () => {
  vi.resetModules();
  return import('./read-in-worker');
};

/** A worker that runs the real handler, replying when told to (in any order). */
class FakeWorker extends EventTarget {
  static made: FakeWorker[] = [];
  readonly waiting: ExchangeRequest[] = [];
  terminated = false;
  constructor() {
    super();
    FakeWorker.made.push(this);
  }
  postMessage(request: ExchangeRequest) {
    this.waiting.push(request);
  }
  reply(index: number) {
    const [request] = this.waiting.splice(index, 1);
    this.dispatchEvent(new MessageEvent('message', { data: handleExchange(request!) }));
  }
  fail() {
    this.dispatchEvent(new Event('error', { cancelable: true }));
  }
  terminate() {
    this.terminated = true;
  }
}

describe('reading in a worker', () => {
  beforeEach(() => {
    FakeWorker.made = [];
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('runs in this thread where there is no Worker, as in jsdom', async () => {
    expect(typeof Worker).toBe('undefined');
    const { decodeLinkInWorker, parseFileInWorker } = await freshClient();
    expect(await decodeLinkInWorker(`#${fragmentOf()}`)).toMatchObject({ ok: true, board });
    expect(await parseFileInWorker(text)).toMatchObject({ ok: true, boards: [{ board }] });
    expect(await parseFileInWorker('{')).toMatchObject({ ok: false });
  });

  it('runs in this thread when the worker cannot be made', async () => {
    vi.stubGlobal(
      'Worker',
      class {
        constructor() {
          throw new DOMException('refused by policy', 'SecurityError');
        }
      },
    );
    const { decodeLinkInWorker } = await freshClient();
    expect(await decodeLinkInWorker(fragmentOf())).toMatchObject({ ok: true, board });
  });

  it('makes one worker when first needed, keeps it, and matches replies by id', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const { decodeLinkInWorker, parseFileInWorker } = await freshClient();
    expect(FakeWorker.made).toHaveLength(0);
    const link = decodeLinkInWorker(fragmentOf());
    const file = parseFileInWorker(text);
    const worker = FakeWorker.made[0]!;
    expect(FakeWorker.made).toHaveLength(1);
    expect(worker.waiting.map((r) => r.kind)).toEqual(['link', 'file']);
    // The file's reply comes first; each promise still gets its own.
    worker.reply(1);
    worker.reply(0);
    expect(await file).toMatchObject({ ok: true, boards: [{ board }] });
    expect(await link).toMatchObject({ ok: true, board });
    const again = parseFileInWorker(text);
    worker.reply(0);
    expect(await again).toMatchObject({ ok: true });
    expect(FakeWorker.made).toHaveLength(1);
  });

  it('runs in this thread what a worker that failed to load was given, and all after', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const { decodeLinkInWorker, parseFileInWorker } = await freshClient();
    const link = decodeLinkInWorker(fragmentOf());
    const worker = FakeWorker.made[0]!;
    worker.fail();
    expect(worker.terminated).toBe(true);
    expect(await link).toMatchObject({ ok: true, board });
    const file = parseFileInWorker(text);
    expect(await file).toMatchObject({ ok: true });
    expect(FakeWorker.made).toHaveLength(1);
  });
});
