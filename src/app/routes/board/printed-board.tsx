import { useMemo } from 'react';
import { useBoard } from '../../../store/selectors';
import { boardFor, type Audience } from '../../../domain/audience';
import { boardAppendix } from '../../../domain/board-appendix';
import type { Board } from '../../../domain/schema';
import { BoardAppendix } from '../../../ui/board/board-appendix';
import { BoardPoster } from '../../../ui/board/board-poster';
import { fitsOnOnePageByDefault, pageHeaderCss } from '../../../ui/board/print-layout';
import type { PrintRequest } from '../../../ui/board/print-request';
import { formatDay } from '../../../ui/dates';
import { useFitToPage, usePageStyle } from './use-print-page';
import './print-view.css';

/** A print under way: what was asked for, and the day it is printed on. */
export type Printing = PrintRequest & { on: Date };

export function PrintedBoard({ boardId, printing }: { boardId: string; printing: Printing }) {
  const board = useBoard(boardId);
  const shown = useMemo(
    () => board && boardFor(board, printing.audience),
    [board, printing.audience],
  );
  if (!shown) return null;
  const fit = printing.fit ?? fitsOnOnePageByDefault(Object.keys(shown.milestones).length);
  return <PrintPages board={shown} audience={printing.audience} fit={fit} on={printing.on} />;
}

/**
 * The board, fitted on one landscape page or at its own size over several with each horizon a
 * band of its own (print-view.css); then the appendix on a page of its own, when there is one.
 * Every page says whose board it is, of which day and for whom, and its number.
 */
function PrintPages({
  board,
  audience,
  fit,
  on,
}: {
  board: Board;
  audience: Audience;
  fit: boolean;
  on: Date;
}) {
  const appendix = useMemo(() => boardAppendix(board), [board]);
  const partner = board.partner.name || board.title;
  usePageStyle(pageHeaderCss({ partner, day: formatDay(on), audience }));
  const sheet = useFitToPage(fit, board);
  return (
    <div className={`print-only print-only--${fit ? 'fit' : 'pages'}`}>
      <div ref={sheet} className="print-sheet">
        <BoardPoster board={board} date={on} />
      </div>
      {appendix && <BoardAppendix appendix={appendix} />}
    </div>
  );
}
