import {
  anchorOf,
  horizonDays,
  misplacedMilestones,
  placeByDate,
  rollHorizons,
} from '../../domain/calendar';
import { addDays, addMonths } from '../../domain/horizon-span';
import type { Board } from '../../domain/schema';
import { useBoardsStore } from '../../store/boards-store';
import { formatDay } from '../../ui/dates';
import { showToast } from '../../ui/toast-store';

/**
 * The board on the calendar: the day its horizons count from, rolling them on a quarter, and
 * the milestones whose dates now fall outside their horizon, to move where their dates say.
 */
export function CalendarSection({ board }: { board: Board }) {
  const anchor = anchorOf(board);
  const next = addMonths(anchor, 3);
  const misplaced = misplacedMilestones(board);
  const edit = useBoardsStore.getState().edit;
  const undo = { label: 'Undo', run: () => useBoardsStore.getState().undo(board.id) };
  const roll = () => {
    edit(board.id, (b) => rollHorizons(b));
    const after = misplacedMilestones(useBoardsStore.getState().boards[board.id]!).length;
    showToast(
      `The horizons now count from ${formatDay(next)}${after ? `: ${after === 1 ? '1 milestone sits outside its horizon' : `${after} milestones sit outside their horizon`}.` : '.'}`,
      undo,
    );
  };
  const movable = misplaced.filter((m) => m.belongsIn);
  const first = board.horizons[0] && horizonDays(board, board.horizons[0]);
  const firstEnds = first?.to ? addDays(first.to, -1) : undefined;

  return (
    <>
      <p>
        The horizons count from <strong>{formatDay(anchor)}</strong>
        {firstEnds && `: “${board.horizons[0]!.title}” runs until ${formatDay(firstEnds)}`}. Rolled
        on a quarter, they count from {formatDay(next)}.
      </p>
      <p className="timeline-row__actions">
        <button type="button" className="button" onClick={roll}>
          Roll on to next quarter
        </button>
      </p>
      {misplaced.length > 0 ? (
        <>
          <p>
            {misplaced.length === 1
              ? '1 milestone is dated outside its horizon:'
              : `${misplaced.length} milestones are dated outside their horizon:`}
          </p>
          <ul className="compare-list">
            {misplaced.map(({ milestone, horizon, belongsIn }) => (
              <li key={milestone.id}>
                <strong>{milestone.title}</strong> ({formatDay(milestone.targetDate!)}) is in{' '}
                {horizon.title}
                {belongsIn
                  ? `; its date falls in ${belongsIn.title}.`
                  : '; no horizon holds its date.'}
              </li>
            ))}
          </ul>
          {movable.length > 0 && (
            <p className="timeline-row__actions">
              <button
                type="button"
                className="button"
                onClick={() => {
                  edit(board.id, (b) => placeByDate(b));
                  showToast(
                    movable.length === 1
                      ? 'Moved 1 milestone to the horizon its date falls in.'
                      : `Moved ${movable.length} milestones to the horizons their dates fall in.`,
                    undo,
                  );
                }}
              >
                Move {movable.length === 1 ? 'it' : `all ${movable.length}`} where{' '}
                {movable.length === 1 ? 'its date says' : 'their dates say'}
              </button>
            </p>
          )}
        </>
      ) : (
        <p className="field__hint">Every dated milestone sits in the horizon its date falls in.</p>
      )}
    </>
  );
}
