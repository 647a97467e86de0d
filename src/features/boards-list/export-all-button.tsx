import { useBoardsStore } from '../../store/boards-store';
import { downloadFile } from '../../ui/download';
import { Icon } from '../../ui/icon';
import { showToast } from '../../ui/toast-store';

// The file format's code loads when a backup is asked for (or the pointer nears the button).
const loadExport = () => import('../../persistence/export-file');

/** Every board in one backup file, which Import restores. */
export function ExportAllButton() {
  const backUp = async () => {
    const { exportAllBoards } = await loadExport();
    const { boards, boardIds } = useBoardsStore.getState();
    exportAllBoards(
      boardIds.map((id) => boards[id]!),
      downloadFile,
    );
    showToast('All boards exported as one backup file.');
  };
  return (
    <button
      type="button"
      className="button"
      onClick={() => void backUp()}
      onPointerEnter={() => void loadExport()}
      onFocus={() => void loadExport()}
    >
      <Icon name="download" /> Back up all
    </button>
  );
}
