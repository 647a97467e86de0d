import { useMemo } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { paths } from '../../config/paths';
import { boardAt } from '../../domain/snapshots';
import { boardFromSnapshot, timelineOf } from '../../domain/timeline';
import { exportBoard } from '../../persistence/export-file';
import { useBoardsStore } from '../../store/boards-store';
import { BoardPoster } from '../../ui/board/board-poster';
import { downloadFile } from '../../ui/download';
import { formatMoment } from '../../ui/dates';
import { Icon } from '../../ui/icon';
import { showToast } from '../../ui/toast-store';
import { useDocumentTitle } from '../../ui/use-document-title';
import { restoreSnapshot } from './timeline-actions';
import { GoneScreen } from './gone-screen';
import './timeline.css';

/**
 * One snapshot, read-only: the board as it stood when the snapshot was saved, with its date,
 * and two ways on from it: restore it as a new board, or export it as a board file.
 */
export function SnapshotPage() {
  const { boardId = '', snapshotId = '' } = useParams();
  const navigate = useNavigate();
  const board = useBoardsStore((s) => s.boards[boardId]);
  const snapshot = board && timelineOf(board).snapshots.find((s) => s.id === snapshotId);
  const timeline = board?.timeline;
  const then = useMemo(
    () => (timeline && snapshot ? boardAt(timeline, snapshot.id) : undefined),
    [timeline, snapshot],
  );
  useDocumentTitle(
    snapshot && then ? `${then.partner.name || then.title}: ${snapshot.name}` : 'Snapshot',
  );

  if (!board || !snapshot || !then) return <GoneScreen board={board} />;

  const restore = () => {
    const id = restoreSnapshot(board.id, snapshot.id);
    if (!id) return;
    const title = useBoardsStore.getState().boards[id]?.title ?? '';
    showToast(`Restored as a new board, “${title}”. The original board is unchanged.`);
    navigate(paths.board.getHref(id));
  };
  const exportFile = () => {
    const copy = boardFromSnapshot(board, snapshot.id);
    if (copy) exportBoard(copy, downloadFile);
  };

  return (
    <main className="snapshot-page page-poster" id="main">
      <div className="snapshot-page__bar" role="region" aria-label="Snapshot">
        <p>
          <strong>Snapshot “{snapshot.name}”</strong>, saved{' '}
          <time dateTime={snapshot.takenAt}>{formatMoment(snapshot.takenAt)}</time>. Read-only: the
          board as it stood then.
        </p>
        <div className="snapshot-page__actions">
          <Link className="button" to={paths.board.getHref(board.id)}>
            <Icon name="board" /> Back to the board
          </Link>
          <button type="button" className="button" onClick={exportFile}>
            <Icon name="download" /> Export
          </button>
          <button type="button" className="button button--primary" onClick={restore}>
            <Icon name="copy" /> Restore as a new board
          </button>
        </div>
      </div>
      <BoardPoster board={then} date={new Date(snapshot.takenAt)} />
    </main>
  );
}
