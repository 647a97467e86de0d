import { LIMITS } from '../../domain/schema';
import { useBoardsStore } from '../../store/boards-store';
import { useBoard, useCanRedo, useCanUndo } from '../../store/selectors';
import { Icon } from '../../ui/icon';
import { InlineText } from '../../ui/inline-text';
import { VisionPanel } from './vision-panel';
import { preloadDialog } from './lazy-dialogs';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const MOD = isMac ? '⌘' : 'Ctrl+';

export function BoardHeader({
  boardId,
  onAddMilestone,
  onAddHorizon,
  onShare,
  onTimer,
  onPresent,
  onValues,
  onVote,
}: {
  boardId: string;
  onAddMilestone: () => void;
  onAddHorizon: () => void;
  onShare: () => void;
  onTimer: () => void;
  onPresent: () => void;
  onValues: () => void;
  onVote: () => void;
}) {
  const board = useBoard(boardId);
  const canUndo = useCanUndo(boardId);
  const canRedo = useCanRedo(boardId);
  if (!board) return null;
  const store = useBoardsStore.getState;

  return (
    <div className="board-head">
      <div className="board-head__text">
        <p className="board-head__eyebrow">
          <span>Board</span>
          <span aria-hidden="true">·</span>
          <span className="board-head__board-title">
            <InlineText
              value={board.title}
              label="Board title"
              placeholder="Board title"
              required
              maxLength={LIMITS.boardTitle}
              onCommit={(title) => store().renameBoard(boardId, title)}
            />
          </span>
        </p>
        <h1 className="board-head__partner">
          <InlineText
            value={board.partner.name}
            label="Partner name"
            placeholder="Name the partner"
            maxLength={LIMITS.partnerName}
            onCommit={(name) => store().updatePartner(boardId, { name })}
          />
        </h1>
      </div>
      <div className="board-head__tools" role="toolbar" aria-label="Board">
        <button
          type="button"
          className="button button--icon"
          disabled={!canUndo}
          onClick={() => store().undo(boardId)}
          aria-label="Undo"
          aria-keyshortcuts={isMac ? 'Meta+Z' : 'Control+Z'}
          title={`Undo (${MOD}Z)`}
        >
          <Icon name="undo" />
        </button>
        <button
          type="button"
          className="button button--icon"
          disabled={!canRedo}
          onClick={() => store().redo(boardId)}
          aria-label="Redo"
          aria-keyshortcuts={isMac ? 'Meta+Shift+Z' : 'Control+Shift+Z'}
          title={`Redo (${MOD}Shift+Z)`}
        >
          <Icon name="redo" />
        </button>
        <button
          type="button"
          className="button"
          onClick={onPresent}
          onPointerEnter={preloadDialog.present}
          onFocus={preloadDialog.present}
        >
          <Icon name="present" /> Present
        </button>
        <button
          type="button"
          className="button"
          onClick={onVote}
          onPointerEnter={preloadDialog.vote}
          onFocus={preloadDialog.vote}
        >
          <Icon name="vote" /> Vote
        </button>
        <button type="button" className="button" onClick={onTimer}>
          <Icon name="timer" /> Timer
        </button>
        <button
          type="button"
          className="button"
          onClick={onShare}
          onPointerEnter={preloadDialog.share}
          onFocus={preloadDialog.share}
        >
          <Icon name="share" /> Share
        </button>
        <button
          type="button"
          className="button"
          onClick={onAddHorizon}
          onPointerEnter={preloadDialog.horizon}
          onFocus={preloadDialog.horizon}
        >
          <Icon name="plus" /> Horizon
        </button>
        <button type="button" className="button button--primary" onClick={onAddMilestone}>
          <Icon name="plus" /> Milestone
        </button>
      </div>
      <VisionPanel boardId={boardId} onValues={onValues} />
    </div>
  );
}

/** Horizons or ladder: the two layouts of one board. */
export function ViewSwitch({
  view,
  onView,
}: {
  view: 'horizons' | 'ladder';
  onView: (view: 'horizons' | 'ladder') => void;
}) {
  return (
    <span className="view-switch" role="group" aria-label="Layout">
      <button
        type="button"
        className="button view-switch__option"
        aria-pressed={view === 'horizons'}
        onClick={() => onView('horizons')}
      >
        <Icon name="board" /> Horizons
      </button>
      <button
        type="button"
        className="button view-switch__option"
        aria-pressed={view === 'ladder'}
        onClick={() => onView('ladder')}
      >
        <Icon name="ladder" /> Ladder
      </button>
    </span>
  );
}
