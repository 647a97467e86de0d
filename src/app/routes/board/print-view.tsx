import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { useBoard } from '../../../store/selectors';
import { boardFor, type Audience } from '../../../domain/audience';
import { BoardPoster } from '../../../ui/board/board-poster';
import { takePrintAudience } from '../../../ui/board/print-request';
import './print-view.css';

/**
 * What the browser prints: the whole board laid flat, mounted only while printing so a big
 * board costs nothing the rest of the time (it follows the board only then).
 */
export function PrintView({ boardId }: { boardId: string }) {
  const [printing, setPrinting] = useState<Audience | null>(null);
  useEffect(() => {
    // beforeprint comes just before the page is laid out for print: render in time for it.
    const before = () => flushSync(() => setPrinting(takePrintAudience()));
    const after = () => setPrinting(null);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return printing ? <PrintedBoard boardId={boardId} audience={printing} /> : null;
}

function PrintedBoard({ boardId, audience }: { boardId: string; audience: Audience }) {
  const board = useBoard(boardId);
  if (!board) return null;
  return (
    <div className="print-only">
      <BoardPoster board={boardFor(board, audience)} />
    </div>
  );
}
