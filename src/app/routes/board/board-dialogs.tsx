import { EditHorizonDialog, MilestoneDialog } from '../../../features/board';
import { MilestonePath } from '../../../features/pathways';
import { DIALOGS, type DialogId } from './board-commands';

/** What is open over the board: a command's dialog, or the editor of one card or horizon. */
export type Editing =
  | { kind: 'command'; id: DialogId }
  | { kind: 'milestone'; id: string }
  | { kind: 'horizon'; id: string }
  | null;

export function BoardDialogs({
  boardId,
  editing,
  onClose,
}: {
  boardId: string;
  editing: Editing;
  onClose: () => void;
}) {
  if (!editing) return null;
  if (editing.kind === 'milestone')
    return (
      <MilestoneDialog
        boardId={boardId}
        milestoneId={editing.id}
        onClose={onClose}
        path={(id) => <MilestonePath boardId={boardId} milestoneId={id} />}
      />
    );
  if (editing.kind === 'horizon')
    return <EditHorizonDialog boardId={boardId} horizonId={editing.id} onClose={onClose} />;
  const { Dialog } = DIALOGS[editing.id];
  return <Dialog boardId={boardId} onClose={onClose} />;
}
