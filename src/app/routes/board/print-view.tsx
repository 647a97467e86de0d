import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { useBoard } from '../../../store/selectors';
import { BoardPoster } from '../../../ui/board/board-poster';
import './print-view.css';

/**
 * What the browser prints: the whole board laid flat, mounted only while printing so a big
 * board costs nothing the rest of the time (it follows the board only then).
 */
export function PrintView({ boardId }: { boardId: string }) {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    // beforeprint comes just before the page is laid out for print: render in time for it.
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return printing ? <PrintedBoard boardId={boardId} /> : null;
}

function PrintedBoard({ boardId }: { boardId: string }) {
  const board = useBoard(boardId);
  if (!board) return null;
  return (
    <div className="print-only">
      <BoardPoster board={board} />
    </div>
  );
}
