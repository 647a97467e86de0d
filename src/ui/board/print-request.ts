import type { Audience } from '../../domain/audience';

/**
 * What a print is asked for: who it is for, and whether the board is fitted on one page.
 * `fit` left out: the board's size decides (print-layout.ts, `fitsOnOnePageByDefault`).
 */
export interface PrintRequest {
  audience: Audience;
  fit?: boolean;
}

let requested: PrintRequest | null = null;
/** Settles once the print view's code is here (routes/board/print-view.tsx fetches it). */
let printable: Promise<unknown> = Promise.resolve();

/** The print view says when it can lay a print out: a print asked for waits until then. */
export function whenPrintable(ready: Promise<unknown>): void {
  printable = ready;
}

/**
 * Prints the board for `audience`: the print view (routes/board/print-view.tsx) reads the
 * request as the browser lays the page out. A print started another way (Ctrl+P, the
 * browser's menu) is for our team: everything, with internal items marked.
 */
export function requestPrint(audience: Audience, { fit }: { fit?: boolean } = {}): void {
  requested = { audience, fit };
  void printable.then(() => window.print());
}

/**
 * The print being laid out. It stands until the print ends (`endPrintRequest`, on
 * afterprint): a page laid out twice for one print (the PDF of a test, which fires
 * beforeprint itself) is laid out for the same audience both times.
 */
export function currentPrintRequest(): PrintRequest {
  return requested ?? { audience: 'internal' };
}

/** The print is over: the next one starts from ours again. */
export function endPrintRequest(): void {
  requested = null;
}
