import { parseImport, type ImportResult } from '../../domain/board-file';
import { decodeShareFragment, type DecodeResult } from '../../domain/share-link';

/**
 * The heavy half of letting a board in: inflating and reading a share link, parsing and
 * restoring a board file. It runs here, in a worker, so a large or hostile input never
 * holds up the page. Only the pure domain is imported: no React, no store.
 */

/** What to read: the fragment of a share link, or the text of a board file. */
export type ExchangeWork = { kind: 'link'; fragment: string } | { kind: 'file'; text: string };

/** Work with an id: the reply carries it back, so requests may overlap. */
export type ExchangeRequest = ExchangeWork & { id: number };

export type ExchangeReply =
  | { id: number; kind: 'link'; result: DecodeResult }
  | { id: number; kind: 'file'; result: ImportResult };

const LINK_BUG =
  'This link could not be opened: something went wrong in Partner Horizons. Ask for the board file instead.';
const FILE_BUG =
  'This file could not be read: something went wrong in Partner Horizons. Try again, or reload the page first.';

/** Answers one request. Never throws: the domain never does, and a bug is answered too. */
export function handleExchange(request: ExchangeRequest): ExchangeReply {
  try {
    return request.kind === 'link'
      ? { id: request.id, kind: 'link', result: decodeShareFragment(request.fragment) }
      : { id: request.id, kind: 'file', result: parseImport(request.text) };
  } catch (error) {
    // Only a bug gets here; answered all the same, so nobody waits for a reply forever.
    const details = error instanceof Error ? error.message : String(error);
    return request.kind === 'link'
      ? { id: request.id, kind: 'link', result: { ok: false, error: LINK_BUG, details } }
      : { id: request.id, kind: 'file', result: { ok: false, error: FILE_BUG } };
  }
}

// Only inside a worker: imported by the in-thread fallback or a test, this module lends its
// handler and listens to nothing.
const inWorker =
  typeof (globalThis as { WorkerGlobalScope?: unknown }).WorkerGlobalScope === 'function';
if (inWorker) {
  addEventListener('message', (event: MessageEvent<ExchangeRequest>) => {
    postMessage(handleExchange(event.data));
  });
}
