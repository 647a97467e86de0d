import { useBoardsStore } from '../../store/boards-store';
import { useSave } from '../../store/selectors';
import { Icon } from '../../ui/icon';
import { ReloadButton } from '../../ui/reload-button';
import { TechnicalDetails } from '../../ui/technical-details';
import { exportAllBoards } from '../../persistence/export-file';
import { downloadFile } from '../../ui/download';
import './storage-banner.css';

/** Stays on screen while changes are not reaching storage, with the ways out: export, reload. */
export function StorageBanner() {
  const save = useSave();
  if (save.mode === 'ok') return null;
  const exportAll = () => {
    const { boards, boardIds } = useBoardsStore.getState();
    exportAllBoards(boardIds.map((id) => boards[id]!).filter(Boolean), downloadFile);
  };
  return (
    <div className="storage-banner" role="alert">
      <Icon name="warning" />
      <div className="storage-banner__text">
        <p>
          <strong>Not saved — export a copy.</strong> {save.message}
        </p>
        <TechnicalDetails detail={save.detail} />
      </div>
      <div className="storage-banner__actions">
        <button type="button" className="button" onClick={exportAll}>
          <Icon name="download" /> Export all boards
        </button>
        {save.reloadHelps && <ReloadButton />}
      </div>
    </div>
  );
}
