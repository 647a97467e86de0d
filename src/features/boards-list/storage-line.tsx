import { needsBackupNudge, useStorageCare } from '../../persistence/storage-care';
import { useBoardsStore } from '../../store/boards-store';
import { Icon } from '../../ui/icon';
import { ExportAllButton } from './export-all-button';
import { formatMoment } from '../../ui/dates';

/**
 * Where the boards live and how safe they are: whether the browser has agreed to keep them,
 * when the last backup was made, and after a week of edits without one, a nudge.
 */
export function StorageLine() {
  const care = useStorageCare();
  const hasBoards = useBoardsStore((s) => s.boardIds.length > 0);
  if (!hasBoards) return null;
  const nudge = needsBackupNudge(care);
  return (
    <div className={`storage-line${nudge ? ' storage-line--nudge' : ''}`}>
      <p>
        Kept in this browser only
        {care.persisted === true
          ? ', which has agreed to keep it'
          : care.persisted === false
            ? '; the browser may clear it if space runs short'
            : ''}
        . Last backup: {care.lastBackupAt ? formatMoment(care.lastBackupAt) : 'never'}.
      </p>
      {nudge && (
        <p className="storage-line__nudge" role="status">
          <Icon name="warning" /> More than a week of edits since the last backup.{' '}
          <ExportAllButton />
        </p>
      )}
    </div>
  );
}
