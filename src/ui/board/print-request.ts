import type { Audience } from '../../domain/audience';

let requested: Audience | null = null;

/**
 * Prints the board for `audience`: the print view (routes/board/print-view.tsx) takes it as
 * the browser lays the page out. A print started another way (Ctrl+P, the browser's menu) is
 * for our team: everything, with internal items marked.
 */
export function requestPrint(audience: Audience): void {
  requested = audience;
  window.print();
}

/** The audience of the print about to be laid out; the next print starts from ours again. */
export function takePrintAudience(): Audience {
  const audience = requested ?? 'internal';
  requested = null;
  return audience;
}
