import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useShallow } from 'zustand/react/shallow';
import { paths } from '../../config/paths';
import type { Board } from '../../domain/schema';
import { useStorageCare } from '../../persistence/storage-care';
import { useBoardsStore } from '../../store/boards-store';
import { Icon } from '../../ui/icon';
import { UNDO_KEYS, useKeyBindings } from '../../ui/key-bindings';
import { showToast } from '../../ui/toast-store';
import { useDocumentTitle } from '../../ui/use-document-title';
import { BoardSearchList } from './board-search-list';
import { DamagedBoards } from './damaged-boards';
import { FirstBoard, MissingBoards, UnreadableBoards } from './empty-states';
import { ExportAllButton } from './export-all-button';
import { FileDropZone, ImportButton } from './import-controls';
import { StorageLine } from './storage-line';
import { lazyComponent } from '../../ui/lazy';
import './boards-list.css';

// The dialogs load when first opened, or as the pointer nears their buttons.
const NewBoardDialog = lazyComponent(() =>
  import('./new-board-dialog').then((m) => m.NewBoardDialog),
);
const RenameBoardDialog = lazyComponent(() =>
  import('./rename-board-dialog').then((m) => m.RenameBoardDialog),
);

/** Brings back the board deleted last. */
function undoDeleteBoard() {
  const id = useBoardsStore.getState().undoDeleteBoard();
  if (id) showToast(`Restored “${useBoardsStore.getState().boards[id]?.title}”.`);
}

/** `onIntentToOpen` runs when a board is about to be opened, so its code can load early. */
export function BoardsListPage({ onIntentToOpen }: { onIntentToOpen?: () => void } = {}) {
  const boards = useBoardsStore(useShallow((s) => s.boardIds.map((id) => s.boards[id]!)));
  const missingBoards = useStorageCare((care) => care.missingBoards);
  // Stored boards out of reach (a read that failed or hung): unread, not gone.
  const unreadable = useBoardsStore((s) => s.save.mode === 'memory' && Boolean(s.save.reloadHelps));
  const [creating, setCreating] = useState(false);
  const [renaming, setRenaming] = useState<Board | null>(null);
  const navigate = useNavigate();
  useDocumentTitle('Your boards');
  useKeyBindings([{ keys: UNDO_KEYS, run: undoDeleteBoard }]);
  const create = () => setCreating(true);

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
            onClick={create}
            onPointerEnter={NewBoardDialog.preload}
            onFocus={NewBoardDialog.preload}
          >
            <Icon name="plus" /> New board
          </button>
        </div>
      </div>

      <StorageLine />

      {boards.length > 0 ? (
        <BoardSearchList boards={boards} onRename={setRenaming} onIntentToOpen={onIntentToOpen} />
      ) : unreadable ? (
        <UnreadableBoards onCreate={create} />
      ) : missingBoards ? (
        <MissingBoards count={missingBoards} />
      ) : (
        <FirstBoard onCreate={create} />
      )}

      <DamagedBoards />

      {creating && (
        <NewBoardDialog
          onOpen={onIntentToOpen}
          onClose={() => setCreating(false)}
          onCreate={(input) => {
            const id = useBoardsStore.getState().createBoard(input);
            setCreating(false);
            navigate(paths.board.getHref(id), { state: { created: true } });
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
