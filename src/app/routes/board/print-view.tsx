import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import {
  currentPrintRequest,
  endPrintRequest,
  requestPrint,
  whenPrintable,
} from '../../../ui/board/print-request';
import type { Printing } from './printed-board';

/** The printed pages: not needed to show a board, so fetched once the board is up. */
const loadPrintedBoard = () => import('./printed-board');
type PrintedBoardModule = Awaited<ReturnType<typeof loadPrintedBoard>>;
/** Long enough that a board on a slow laptop has shown before this is fetched. */
const PREFETCH_AFTER_MS = 3000;

/**
 * What the browser prints: the whole board laid flat, then a page of what it holds beyond its
 * cards. Mounted only while printing so a big board costs nothing the rest of the time (it
 * follows the board only then). Its code is not needed to show the board, and beforeprint
 * leaves no time to fetch it: it comes at the first key or touch, or a few seconds after the
 * board opens, whichever is first; Print in the Share dialog waits for it.
 */
export function PrintView({ boardId }: { boardId: string }) {
  const [printing, setPrinting] = useState<Printing | null>(null);
  const [pages, setPages] = useState<PrintedBoardModule | null>(null);
  useEffect(() => {
    let live = true;
    let fetched = false;
    let loaded = false;
    const fetch = () => {
      if (fetched) return;
      fetched = true;
      const ready = loadPrintedBoard().then((module) => {
        loaded = true;
        if (live) setPages(module);
      });
      whenPrintable(ready);
    };
    // The first key or touch fetches it, or a few seconds of the board, whichever is first.
    const later = setTimeout(fetch, PREFETCH_AFTER_MS);
    const onKey = (event: KeyboardEvent) => {
      fetch();
      // Ctrl+P before the code is here: print once it is, rather than print the screen.
      const ctrlP = event.key.toLowerCase() === 'p' && (event.ctrlKey || event.metaKey);
      if (ctrlP && !event.shiftKey && !event.altKey && !loaded) {
        event.preventDefault();
        requestPrint('internal');
      }
    };
    window.addEventListener('keydown', onKey, { capture: true });
    window.addEventListener('pointerdown', fetch, { once: true, capture: true });
    // beforeprint comes just before the page is laid out for print: render in time for it.
    const before = () => flushSync(() => setPrinting({ ...currentPrintRequest(), on: new Date() }));
    const after = () => {
      endPrintRequest();
      setPrinting(null);
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      live = false;
      clearTimeout(later);
      window.removeEventListener('keydown', onKey, { capture: true });
      window.removeEventListener('pointerdown', fetch, { capture: true });
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return printing && pages ? <pages.PrintedBoard boardId={boardId} printing={printing} /> : null;
}
