import { Link } from 'react-router-dom';
import { paths } from '../../config/paths';
import type { Board } from '../../domain/schema';
import { useBoardsStore } from '../../store/boards-store';
import { Icon } from '../../ui/icon';
import { showToast } from '../../ui/toast-store';
import { plural } from '../../domain/plural';
import { formatMoment } from '../../ui/dates';
import { KindChips } from '../../ui/partner-kinds';

/** One board in the list: its name, partner, size and last change, and what can be done to it. */
export function BoardRow({
  board,
  scenarioRow = false,
  onRename,
  onIntentToOpen,
}: {
  board: Board;
  /** Shown under its main board, as one of its scenarios. */
  scenarioRow?: boolean;
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
    <li className={`board-row${scenarioRow ? ' board-row--scenario' : ''}`}>
      <div className="board-row__main">
        {board.scenario && <p className="board-row__scenario">Scenario: {board.scenario.name}</p>}
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
          {((board.partner.name && board.partner.name !== board.title) ||
            board.partner.kinds.length > 0) && (
            <span className="board-row__partner">
              {board.partner.name && board.partner.name !== board.title && (
                <span>Partner: {board.partner.name}</span>
              )}
              <KindChips kinds={board.partner.kinds} />
            </span>
          )}
          <span>
            {plural(count, 'milestone')} · {plural(board.horizons.length, 'horizon')}
          </span>
          <span>Updated {formatMoment(board.updatedAt)}</span>
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
