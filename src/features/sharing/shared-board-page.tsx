import { startTransition, useEffect, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { paths } from '../../config/paths';
import type { DecodeResult } from '../../domain/share-link';
import { decodeLinkInWorker } from '../exchange';
import { useBoardsStore } from '../../store/boards-store';
import { Icon } from '../../ui/icon';
import { showToast } from '../../ui/toast-store';
import { useDocumentTitle } from '../../ui/use-document-title';
import { BoardPoster } from '../../ui/board/board-poster';
import { CenterScreen } from '../../ui/center-screen';
import { TechnicalDetails } from '../../ui/technical-details';
import './shared-board-page.css';

/**
 * What the link in the address holds, once the worker has read it; undefined meanwhile.
 * A reply for a link no longer in the address (it changed while being read) is ignored.
 */
function useSharedBoard(hash: string): DecodeResult | undefined {
  const [read, setRead] = useState<{ hash: string; result: DecodeResult }>();
  useEffect(() => {
    let current = true;
    void decodeLinkInWorker(hash).then((result) => {
      // A transition: React draws a large board in slices, keeping the page responsive,
      // while "Opening the shared board…" stays until it is ready.
      if (current) startTransition(() => setRead({ hash, result }));
    });
    return () => {
      current = false;
    };
  }, [hash]);
  return read?.hash === hash ? read.result : undefined;
}

/**
 * A board opened from a share link: shown read-only, saved only when asked, and then as a
 * new board beside the others, never in place of one.
 */
export function SharedBoardPage() {
  const { hash } = useLocation();
  const navigate = useNavigate();
  const result = useSharedBoard(hash);
  useDocumentTitle(
    result?.ok ? `${result.board.partner.name || result.board.title} (shared)` : 'Shared board',
  );

  if (!result) {
    return (
      <CenterScreen busy>
        <p className="loading" role="status">
          Opening the shared board…
        </p>
      </CenterScreen>
    );
  }

  if (!result.ok) {
    return (
      <CenterScreen
        title="This link cannot be opened"
        actions={
          <Link className="button button--primary" to={paths.boards.getHref()}>
            Go to your boards
          </Link>
        }
      >
        <p role="alert">{result.error}</p>
        <TechnicalDetails detail={result.details} />
      </CenterScreen>
    );
  }

  const save = () => {
    // A copy made from a link remembers when the link was made, for a later merge.
    const board = result.exportedAt
      ? { ...result.board, basedOn: result.exportedAt }
      : result.board;
    const [id] = useBoardsStore.getState().importBoards([board]);
    const saved = useBoardsStore.getState().boards[id!]!;
    showToast(`Saved “${saved.title}” to your boards.`);
    navigate(paths.board.getHref(id!), { replace: true });
  };

  return (
    <main className="shared-page page-poster" id="main">
      <div className="shared-page__bar" role="region" aria-label="Shared board">
        <p>
          <strong>A shared board, read-only.</strong> It came whole inside the link; nothing is
          saved in this browser until you save a copy.
        </p>
        <button type="button" className="button button--primary" onClick={save}>
          <Icon name="download" /> Save a copy to my boards
        </button>
      </div>
      {result.warnings.length > 0 && (
        <p className="shared-page__warnings">
          Parts of this board were repaired as it opened: {result.warnings.join(' ')}
        </p>
      )}
      <BoardPoster board={result.board} />
    </main>
  );
}
