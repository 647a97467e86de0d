import { Link } from 'react-router-dom';
import { paths } from '../../config/paths';
import type { Board } from '../../domain/schema';
import { CenterScreen } from '../../ui/center-screen';

/** A snapshot (or its board) asked for that is no longer here, and the way back. */
export function GoneScreen({ board }: { board: Board | undefined }) {
  return (
    <CenterScreen
      title={board ? 'This snapshot is no longer here' : 'This board is no longer here'}
      actions={
        <Link
          className="button button--primary"
          to={board ? paths.board.getHref(board.id) : paths.boards.getHref()}
        >
          {board ? 'Back to the board' : 'Go to your boards'}
        </Link>
      }
    >
      <p>
        It may have been deleted, here or in another tab.
        {board && ' The board’s timeline lists the snapshots it keeps.'}
      </p>
    </CenterScreen>
  );
}
