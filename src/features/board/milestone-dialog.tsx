import { useEffect, useMemo, type ReactNode } from 'react';
import { historyOf } from '../../domain/decision-log';
import { horizonOffered } from '../../domain/calendar';
import { MilestoneHistory } from '../../ui/board/milestone-history';
import { useShallow } from 'zustand/react/shallow';
import { containerOf, milestonePlace, sideArea } from '../../domain/milestones';
import { useBoardsStore } from '../../store/boards-store';
import { setActivity } from '../../store/live-room';
import { showToast } from '../../ui/toast-store';
import { deleteMilestoneWithUndo, focusMilestone } from './delete-milestone';
import { MilestoneEditor } from './milestone-editor';

/**
 * The editor wired to the board: adds a milestone (no `milestoneId`) or edits one, then
 * puts focus on the card and says where it went when that is out of sight.
 */
export function MilestoneDialog({
  boardId,
  milestoneId,
  onClose,
  path,
}: {
  boardId: string;
  milestoneId?: string;
  onClose: () => void;
  /** Drawn in the editor of a milestone that exists: its pathway (the pathways feature's). */
  path?: (milestoneId: string) => ReactNode;
}) {
  const milestone = useBoardsStore((s) =>
    milestoneId ? s.boards[boardId]?.milestones[milestoneId] : undefined,
  );
  const horizons = useBoardsStore(useShallow((s) => s.boards[boardId]?.horizons ?? []));
  const board = useBoardsStore((s) => s.boards[boardId]);
  const log = board?.timeline?.log;
  const entries = useMemo(
    () => (log && milestoneId ? historyOf(log, milestoneId) : []),
    [log, milestoneId],
  );
  // In a live session the others see who has this card open.
  useEffect(() => {
    if (!milestoneId) return;
    setActivity(boardId, { milestoneId, action: 'editing' });
    return () => setActivity(boardId, null);
  }, [boardId, milestoneId]);
  if (!horizons.length || (milestoneId && !milestone)) return null;
  const store = useBoardsStore.getState();

  return (
    <MilestoneEditor
      milestone={milestone}
      horizons={horizons}
      defaultHorizonId={horizons[0]!.id}
      onClose={onClose}
      history={
        board && (
          <>
            {milestone && path?.(milestone.id)}
            <MilestoneHistory entries={entries} board={board} />
          </>
        )
      }
      horizonFor={board && ((date) => horizonOffered(board, date))}
      onDelete={
        milestone ? () => (onClose(), deleteMilestoneWithUndo(boardId, milestone.id)) : undefined
      }
      onSave={({ draft, horizonId }) => {
        if (milestone) {
          store.updateMilestone(boardId, milestone.id, draft, horizonId);
          onClose();
          focusMilestone(milestone.id);
          // Parked or achieved now: say where it went, as a folded side area hides it.
          const moved = useBoardsStore.getState().boards[boardId]?.milestones[milestone.id];
          const area = moved && sideArea(containerOf(moved));
          if (area && containerOf(milestone) !== area.id)
            showToast(`Moved “${moved.title}” to ${area.title}.`);
        } else {
          const id = store.addMilestone(boardId, horizonId, draft);
          onClose();
          focusMilestone(id);
          const place = milestonePlace(useBoardsStore.getState().boards[boardId]!, id);
          if (place) showToast(`Added “${draft.title}”.`);
        }
      }}
    />
  );
}
