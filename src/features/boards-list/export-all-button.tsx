import { exportAllBoards } from '../../persistence/export-file';
import { useBoardsStore } from '../../store/boards-store';
import { downloadFile } from '../../ui/download';
import { Icon } from '../../ui/icon';
import { showToast } from '../../ui/toast-store';

/** Every board in one backup file, which Import restores. */
export function ExportAllButton() {
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
