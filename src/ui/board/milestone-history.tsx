import { changeWords } from '../../domain/compare';
import type { Board, LogEntry } from '../../domain/schema';
import { formatMoment } from '../dates';
import './milestone-history.css';

/**
 * A milestone's history from the decision log, oldest first: when, what changed, why, and the
 * snapshot it followed. Folded away until asked for; nothing at all for a card never moved.
 */
export function MilestoneHistory({
  entries,
  board,
}: {
  entries: readonly LogEntry[];
  board: Board;
}) {
  if (!entries.length) return null;
  const snapshotName = (id: string | undefined) =>
    id && board.timeline?.snapshots.find((s) => s.id === id)?.name;
  return (
    <details className="milestone-history">
      <summary>History ({entries.length})</summary>
      <ol className="milestone-history__list">
        {entries.map((entry) => {
          const after = snapshotName(entry.snapshotId);
          return (
            <li key={entry.id}>
              <time dateTime={entry.at}>{formatMoment(entry.at)}</time>:{' '}
              {entry.changes.map((change) => changeWords(change, board)).join(', ')}
              {entry.why ? ` — “${entry.why}”` : ' — no reason given'}
              {after && <span className="milestone-history__after"> (after “{after}”)</span>}
            </li>
          );
        })}
      </ol>
    </details>
  );
}
