import { useBoardsStore } from '../../store/boards-store';
import { Dialog } from '../../ui/dialog';
import { LinkForm } from './link-form';

/** "Link to…" for one card, from its L key or its link handle: the form in a dialog of its own. */
export function LinkPickerDialog({
  boardId,
  from,
  onClose,
}: {
  boardId: string;
  from: string;
  onClose: () => void;
}) {
  const title = useBoardsStore((s) => s.boards[boardId]?.milestones[from]?.title);
  if (!title) return null;
  return (
    <Dialog
      title={`Link “${title}”`}
      description="Say which milestone it leads to, or which one it depends on. The link shows as an arrow between the two."
      onClose={onClose}
    >
      <LinkForm boardId={boardId} from={from} onLinked={onClose} autoFocus />
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </Dialog>
  );
}
