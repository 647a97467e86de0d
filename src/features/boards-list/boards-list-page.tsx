import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useShallow } from 'zustand/react/shallow';
import { paths } from '../../config/paths';
import { matchesQuery } from '../../domain/boards';
import type { Board } from '../../domain/schema';
import { useBoardsStore } from '../../store/boards-store';
import { Icon } from '../../ui/icon';
import { ReloadButton } from '../../ui/reload-button';
import { showToast } from '../../ui/toast-store';
import { useUndoKeys } from '../../ui/use-undo-keys';
import { exportAllBoards } from '../../persistence/export-file';
import { downloadFile } from '../../ui/download';
import {
  dismissMissingBoards,
  needsBackupNudge,
  useStorageCare,
} from '../../persistence/storage-care';
import { useDocumentTitle } from '../../ui/use-document-title';
import { NewBoardDialog } from './new-board-dialog';
import { RenameBoardDialog } from './rename-board-dialog';
import { FileDropZone, ImportButton } from './import-controls';
import './boards-list.css';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function BoardRow({
  board,
  onRename,
  onIntentToOpen,
}: {
  board: Board;
  onRename: (board: Board) => void;
  onIntentToOpen?: () => void;
}) {
  const count = Object.keys(board.milestones).length;
  const remove = () => {
    const { deleteBoard, undoDeleteBoard } = useBoardsStore.getState();
    deleteBoard(board.id);
    showToast(`Deleted “${board.title}”.`, { label: 'Undo', run: () => undoDeleteBoard() });
  };
  const duplicate = () => {
    const id = useBoardsStore.getState().duplicateBoard(board.id);
    if (id) showToast(`Duplicated “${board.title}”.`);
  };
  return (
    <li className="board-row">
      <div className="board-row__main">
        <h2 className="board-row__title">
          <Link
            to={paths.board.getHref(board.id)}
            onPointerEnter={onIntentToOpen}
            onFocus={onIntentToOpen}
          >
            {board.title}
          </Link>
        </h2>
        <p className="board-row__meta">
          {board.partner.name && board.partner.name !== board.title && (
            <span>Partner: {board.partner.name}</span>
          )}
          <span>
            {count} {count === 1 ? 'milestone' : 'milestones'} · {board.horizons.length}{' '}
            {board.horizons.length === 1 ? 'horizon' : 'horizons'}
          </span>
          <span>Updated {dateFormat.format(new Date(board.updatedAt))}</span>
        </p>
      </div>
      <div className="board-row__actions">
        <button
          type="button"
          className="button button--ghost"
          onClick={() => onRename(board)}
          aria-label={`Rename ${board.title}`}
        >
          <Icon name="edit" /> Rename
        </button>
        <button
          type="button"
          className="button button--ghost"
          onClick={duplicate}
          aria-label={`Duplicate ${board.title}`}
        >
          <Icon name="copy" /> Duplicate
        </button>
        <button
          type="button"
          className="button button--ghost button--danger-ghost"
          onClick={remove}
          aria-label={`Delete ${board.title}`}
        >
          <Icon name="trash" /> Delete
        </button>
      </div>
    </li>
  );
}

/** `onIntentToOpen` runs when a board is about to be opened, so its code can load early. */
export function BoardsListPage({ onIntentToOpen }: { onIntentToOpen?: () => void } = {}) {
  const boards = useBoardsStore(useShallow((s) => s.boardIds.map((id) => s.boards[id]!)));
  const [query, setQuery] = useState('');
  const missingBoards = useStorageCare((care) => care.missingBoards);
  // Stored boards out of reach (a read that failed or hung): unread, not gone.
  const unreadable = useBoardsStore((s) => s.save.mode === 'memory' && Boolean(s.save.reloadHelps));
  const [creating, setCreating] = useState(false);
  const [renaming, setRenaming] = useState<Board | null>(null);
  const navigate = useNavigate();
  useDocumentTitle('Your boards');

  useUndoKeys(() => {
    const id = useBoardsStore.getState().undoDeleteBoard();
    if (id) showToast(`Restored “${useBoardsStore.getState().boards[id]?.title}”.`);
  });

  const shown = useMemo(
    () =>
      boards
        .filter((b) => matchesQuery(b, query))
        .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)),
    [boards, query],
  );

  return (
    <FileDropZone className="boards-page">
      <div className="boards-page__head">
        <h1>Your boards</h1>
        <div className="boards-page__actions">
          {boards.length > 0 && <ExportAllButton />}
          <ImportButton />
          <button
            type="button"
            className="button button--primary"
            onClick={() => setCreating(true)}
          >
            <Icon name="plus" /> New board
          </button>
        </div>
      </div>

      <StorageLine />

      {boards.length === 0 && unreadable ? (
        <section className="empty-state empty-state--missing" aria-labelledby="unreadable-title">
          <h2 id="unreadable-title">Your saved boards could not be opened just now</h2>
          <p>
            They are most likely still there. Reload to try again; the app also keeps trying. A
            board you create meanwhile stays in this tab until then.
          </p>
          <div className="button-row">
            <ReloadButton primary />
            <button type="button" className="button" onClick={() => setCreating(true)}>
              <Icon name="plus" /> New board in this tab
            </button>
          </div>
        </section>
      ) : boards.length === 0 && missingBoards ? (
        <section className="empty-state empty-state--missing" aria-labelledby="missing-title">
          <h2 id="missing-title">No boards are stored in this browser any more</h2>
          <p>
            Your last visit left {missingBoards} {missingBoards === 1 ? 'board' : 'boards'} here,
            but none are stored now: the browser, a cleanup tool or someone using this computer may
            have cleared this site’s data. Restore them from a backup file or board files.
          </p>
          <div className="button-row">
            <ImportButton label="Restore from a backup" />
            <button type="button" className="button" onClick={() => dismissMissingBoards()}>
              Start afresh
            </button>
          </div>
        </section>
      ) : boards.length === 0 ? (
        <section className="empty-state" aria-labelledby="empty-title">
          <h2 id="empty-title">Lay out where a partnership could go</h2>
          <p>
            A board holds one partner’s possible futures — from swapping leads to an integration, a
            new product, an investment or an acquisition — across time horizons from Now to Vision.
            Build it with your team, drag the futures around as the talk moves, and agree where you
            are heading.
          </p>
          <p className="empty-state__privacy">
            Boards live only in this browser, until you export them. Had boards here before? If this
            browser’s data for the site was cleared, they are gone from here: bring them back from a
            backup or board files with Import, or drop the file here.
          </p>
          <button
            type="button"
            className="button button--primary"
            onClick={() => setCreating(true)}
          >
            <Icon name="plus" /> Create your first board
          </button>
        </section>
      ) : (
        <>
          <div className="boards-page__search">
            <label htmlFor="board-search" className="visually-hidden">
              Search boards
            </label>
            <Icon name="search" />
            <input
              id="board-search"
              type="search"
              className="input"
              placeholder="Search by board or partner"
              value={query}
              onChange={(e) => setQuery(e.target.value)}
            />
          </div>
          {shown.length === 0 ? (
            <p className="boards-page__none" role="status">
              No boards match “{query}”.
            </p>
          ) : (
            <ul className="board-list" aria-label="Boards">
              {shown.map((board) => (
                <BoardRow
                  key={board.id}
                  board={board}
                  onRename={setRenaming}
                  onIntentToOpen={onIntentToOpen}
                />
              ))}
            </ul>
          )}
        </>
      )}

      <DamagedBoards />

      {creating && (
        <NewBoardDialog
          onOpen={onIntentToOpen}
          onClose={() => setCreating(false)}
          onCreate={(input) => {
            const id = useBoardsStore.getState().createBoard(input);
            setCreating(false);
            navigate(paths.board.getHref(id));
          }}
        />
      )}
      {renaming && (
        <RenameBoardDialog
          title={renaming.title}
          onClose={() => setRenaming(null)}
          onRename={(title) => {
            useBoardsStore.getState().renameBoard(renaming.id, title);
            setRenaming(null);
          }}
        />
      )}
    </FileDropZone>
  );
}

/**
 * Where the boards live and how safe they are: whether the browser has agreed to keep them,
 * when the last backup was made, and after a week of edits without one, a nudge.
 */
function StorageLine() {
  const care = useStorageCare();
  const hasBoards = useBoardsStore((s) => s.boardIds.length > 0);
  if (!hasBoards) return null;
  const nudge = needsBackupNudge(care);
  return (
    <div className={`storage-line${nudge ? ' storage-line--nudge' : ''}`}>
      <p>
        Kept in this browser only
        {care.persisted === true
          ? ', which has agreed to keep it'
          : care.persisted === false
            ? '; the browser may clear it if space runs short'
            : ''}
        . Last backup:{' '}
        {care.lastBackupAt ? dateFormat.format(new Date(care.lastBackupAt)) : 'never'}.
      </p>
      {nudge && (
        <p className="storage-line__nudge" role="status">
          <Icon name="warning" /> More than a week of edits since the last backup.{' '}
          <ExportAllButton />
        </p>
      )}
    </div>
  );
}

/**
 * Stored boards that could not be read. They stay in storage as they are (nothing writes
 * over them) and their raw data can be downloaded, for a fix or a bug report.
 */
function DamagedBoards() {
  const damaged = useBoardsStore((s) => s.damaged);
  if (!damaged.length) return null;
  return (
    <section className="damaged" aria-labelledby="damaged-title">
      <h2 id="damaged-title">
        <Icon name="warning" />{' '}
        {damaged.length === 1
          ? 'A saved board is damaged'
          : `${damaged.length} saved boards are damaged`}
      </h2>
      <p>
        {damaged.length === 1
          ? 'It could not be read. It is kept exactly as stored and nothing writes over it;'
          : 'They could not be read. They are kept exactly as stored and nothing writes over them;'}{' '}
        every other board works as usual. Download the raw data to keep it or to report it.
      </p>
      <ul className="damaged__list">
        {damaged.map((record) => (
          <li key={record.key} className="damaged__item">
            <span>
              <strong>{titleOf(record.raw) ?? `Board ${record.id}`}</strong>: {record.error}
            </span>
            <button
              type="button"
              className="button"
              onClick={() =>
                downloadFile(
                  `damaged-board-${record.id.replace(/[^A-Za-z0-9_-]/g, '_')}.json`,
                  JSON.stringify(record.raw, null, 2),
                )
              }
            >
              <Icon name="download" /> Download raw data
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The title a damaged record seems to have, if any: only to name it. */
function titleOf(raw: unknown): string | undefined {
  const title = (raw as { board?: { title?: unknown } } | null)?.board?.title;
  return typeof title === 'string' && title.trim() ? title.trim().slice(0, 120) : undefined;
}

function ExportAllButton() {
  return (
    <button
      type="button"
      className="button"
      onClick={() => {
        const { boards, boardIds } = useBoardsStore.getState();
        exportAllBoards(
          boardIds.map((id) => boards[id]!),
          downloadFile,
        );
        showToast('All boards exported as one backup file.');
      }}
    >
      <Icon name="download" /> Back up all
    </button>
  );
}
