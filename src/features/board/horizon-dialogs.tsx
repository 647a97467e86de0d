import { useShallow } from 'zustand/react/shallow';
import { milestoneIdsIn } from '../../domain/milestones';
import { useBoardsStore } from '../../store/boards-store';
import { showToast } from '../../ui/toast-store';
import { HorizonDialog } from './horizon-dialog';
import { plural } from '../../domain/plural';

/** Adds a horizon at the end of the board. */
export function NewHorizonDialog({ boardId, onClose }: { boardId: string; onClose: () => void }) {
  return (
    <HorizonDialog
      onClose={onClose}
      onSave={(fields) => {
        const outcome = useBoardsStore.getState().addHorizon(boardId, fields);
        if (!outcome.ok) return outcome.reason;
        onClose();
        return null;
      }}
    />
  );
}

/** Renames, moves or removes one horizon; a removal says where its milestones went. */
export function EditHorizonDialog({
  boardId,
  horizonId,
  onClose,
}: {
  boardId: string;
  horizonId: string;
  onClose: () => void;
}) {
  const place = useBoardsStore(
    useShallow((s) => {
      const board = s.boards[boardId];
      if (!board) return undefined;
      const index = board.horizons.findIndex((h) => h.id === horizonId);
      const horizon = board.horizons[index];
      if (!horizon) return undefined;
      const neighbour = board.horizons[index > 0 ? index - 1 : index + 1];
      return {
        horizon,
        index,
        total: board.horizons.length,
        milestoneCount: milestoneIdsIn(board, horizon.id).length,
        neighbourTitle: neighbour?.title,
      };
    }),
  );
  if (!place) return null;
  const { horizon, index } = place;
  const store = useBoardsStore.getState();
  return (
    <HorizonDialog
      key={horizon.id}
      {...place}
      onClose={onClose}
      onSave={(fields) => {
        const outcome = store.renameHorizon(boardId, horizon.id, fields);
        if (!outcome.ok) return outcome.reason;
        onClose();
        return null;
      }}
      onMove={(delta) => store.moveHorizon(boardId, horizon.id, index + delta)}
      onRemove={() => {
        const result = store.removeHorizon(boardId, horizon.id);
        if (!result.ok) {
          showToast(result.reason);
          return;
        }
        onClose();
        showToast(
          result.movedCount
            ? `Removed “${horizon.title}”; its ${plural(result.movedCount, 'milestone')} moved to “${result.movedTo?.title}”.`
            : `Removed “${horizon.title}”.`,
          { label: 'Undo', run: () => useBoardsStore.getState().undo(boardId) },
        );
      }}
    />
  );
}
