import { useBoardsStore } from '../../store/boards-store';
import { useSave } from '../../store/selectors';
import { Icon } from '../../ui/icon';
import { exportAllBoards } from '../../persistence/export-file';

/** Stays on screen while changes are not reaching storage, with the way out: export. */
export function StorageBanner() {
  const save = useSave();
  if (save.mode === 'ok') return null;
  const exportAll = () => {
    const { boards, boardIds } = useBoardsStore.getState();
    exportAllBoards(boardIds.map((id) => boards[id]!).filter(Boolean));
  };
  return (
    <div className="storage-banner" role="alert">
      <Icon name="warning" />
      <p>
        <strong>Not saved — export a copy.</strong> {save.message}{' '}
        {save.mode === 'memory'
          ? 'You can keep working: boards stay in this tab until you close it.'
          : 'Your work is kept in this tab and saving is retried.'}
      </p>
      <button type="button" className="button" onClick={exportAll}>
        <Icon name="download" /> Export all boards
      </button>
    </div>
  );
}
