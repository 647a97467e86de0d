import { memo, useCallback, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  MouseSensor,
  TouchSensor,
  closestCenter,
  pointerWithin,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
  type DragStartEvent,
  type KeyboardSensorOptions,
  type MouseSensorOptions,
  type TouchSensorOptions,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import {
  LADDER_GROUPINGS,
  LADDER_GROUPING_LABELS,
  ladderCells,
  ladderRows,
  rowOf,
  type LadderGrouping,
  type LadderRow,
} from '../../domain/ladder-rows';
import type { Board, Milestone } from '../../domain/schema';
import { useBoardsStore } from '../../store/boards-store';
import { useBoard, useMilestone } from '../../store/selectors';
import { Icon } from '../../ui/icon';
import { useBoardContext } from './board-context';
import { hidesOthers, isDimmed, useFilter } from './filter-context';
import { milestoneDescription, typeLabel } from './milestone-card';
import { TYPE_ICONS } from './milestone-type-style';
import { ladderKeyboardCoordinates } from './dnd/ladder-keyboard';
import './ladder-board.css';

const MOUSE: MouseSensorOptions = { activationConstraint: { distance: 5 } };
const TOUCH: TouchSensorOptions = { activationConstraint: { delay: 200, tolerance: 8 } };
const KEYBOARD: KeyboardSensorOptions = {
  coordinateGetter: ladderKeyboardCoordinates,
  keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] },
};
const INSTRUCTIONS = {
  draggable:
    'To move this milestone, press Space. Then use the left and right arrows to change its horizon and the up and down arrows to change its row. Press Space again to drop it, or Escape to cancel. Press Enter to open it.',
};

interface CellData {
  rowId: string;
  rowLabel: string;
  horizonId: string;
  horizonTitle: string;
}

const CHIP_PREFIX = 'ladder:';
const milestoneIdOf = (id: UniqueIdentifier) => String(id).slice(CHIP_PREFIX.length);

/** The pointer's cell, or for the keyboard the cell nearest the chip. */
const ladderCollision: CollisionDetection = (args) =>
  args.pointerCoordinates ? pointerWithin(args) : closestCenter(args);

/**
 * The ladder view: rows are the rungs of the partnership ladder (or owners, or statuses),
 * columns the horizons. Dropping a chip in a cell sets its horizon and its row's field in
 * one undoable step.
 */
export default function LadderBoard({
  group,
  onGroup,
}: {
  group: LadderGrouping;
  onGroup: (group: LadderGrouping) => void;
}) {
  const { boardId } = useBoardContext();
  const board = useBoard(boardId);
  const filter = useFilter();
  const [activeId, setActiveId] = useState<string | null>(null);
  const sensors = useSensors(
    useSensor(MouseSensor, MOUSE),
    useSensor(TouchSensor, TOUCH),
    useSensor(KeyboardSensor, KEYBOARD),
  );
  const rows = useMemo(() => (board ? ladderRows(board, group) : []), [board, group]);
  const cells = useMemo(
    () => (board ? ladderCells(board, group) : new Map<string, Map<string, string[]>>()),
    [board, group],
  );

  const onDragStart = useCallback(({ active }: DragStartEvent) => {
    setActiveId(milestoneIdOf(active.id));
  }, []);
  const onDragEnd = useCallback(
    ({ active, over }: DragEndEvent) => {
      setActiveId(null);
      const cell = over?.data.current as CellData | undefined;
      if (!cell) return;
      useBoardsStore
        .getState()
        .placeOnLadder(boardId, milestoneIdOf(active.id), cell.horizonId, group, cell.rowId);
    },
    [boardId, group],
  );

  // Whether the chip has left its own cell since it was picked up.
  const moved = useRef(false);
  const announcements = useMemo<Announcements>(() => {
    // Announcements run outside React's render: they read the board as it stands.
    const current = () => useBoardsStore.getState().boards[boardId];
    const titleOf = (id: UniqueIdentifier) =>
      current()?.milestones[milestoneIdOf(id)]?.title ?? 'milestone';
    const placeOf = (id: UniqueIdentifier) => {
      const current = useBoardsStore.getState().boards[boardId];
      const m = current?.milestones[milestoneIdOf(id)];
      if (!current || !m) return '';
      const row = ladderRows(current, group).find((r) => r.id === rowOf(m, group));
      const horizon = current.horizons.find((h) => h.id === m.horizonId);
      return `${row?.label ?? ''}, ${horizon?.title ?? ''}`;
    };
    const cellName = (data: unknown) => {
      const cell = data as CellData | undefined;
      return cell ? `${cell.rowLabel}, ${cell.horizonTitle}` : 'no cell';
    };
    return {
      onDragStart: ({ active }) => {
        moved.current = false;
        return `Picked up ${titleOf(active.id)}. It is in ${placeOf(active.id)}.`;
      },
      onDragOver: ({ active, over }) => {
        // Right after pick-up the chip is over its own cell: keep the pick-up message.
        const cell = over?.data.current as CellData | undefined;
        const m = current()?.milestones[milestoneIdOf(active.id)];
        if (
          cell &&
          m &&
          cell.horizonId === m.horizonId &&
          cell.rowId === rowOf(m, group) &&
          !moved.current
        )
          return undefined;
        moved.current = true;
        return `${titleOf(active.id)} is over ${cellName(cell)}.`;
      },
      onDragEnd: ({ active, over }) =>
        over
          ? `Moved ${titleOf(active.id)} to ${placeOf(active.id)}.`
          : `Dropped ${titleOf(active.id)}. It is back where it was.`,
      onDragCancel: ({ active }) =>
        `Moving ${titleOf(active.id)} was cancelled. It is back in ${placeOf(active.id)}.`,
    };
  }, [boardId, group]);

  if (!board) return null;
  const hiding = hidesOthers(filter);
  const columns = `minmax(11rem, 14rem) repeat(${board.horizons.length}, minmax(12rem, 1fr))`;

  return (
    <section className="ladder" aria-label="Ladder view">
      <div className="ladder__controls">
        <fieldset className="segmented">
          <legend className="ladder__legend">Group rows by</legend>
          {LADDER_GROUPINGS.map((g) => (
            <label key={g} className={`segmented__option${g === group ? ' is-on' : ''}`}>
              <input
                type="radio"
                name="ladder-group"
                value={g}
                checked={g === group}
                onChange={() => onGroup(g)}
              />
              {LADDER_GROUPING_LABELS[g]}
            </label>
          ))}
        </fieldset>
        <p className="ladder__hint">
          Drag across columns to change the horizon, across rows to change the{' '}
          {LADDER_GROUPING_LABELS[group].toLowerCase()}. Parked and achieved futures stay in the
          horizons view.
        </p>
      </div>
      <DndContext
        sensors={sensors}
        collisionDetection={ladderCollision}
        onDragStart={onDragStart}
        onDragEnd={onDragEnd}
        onDragCancel={() => setActiveId(null)}
        accessibility={{ announcements, screenReaderInstructions: INSTRUCTIONS }}
      >
        <div
          className="ladder__grid"
          role="table"
          aria-label={`Milestones by ${LADDER_GROUPING_LABELS[group].toLowerCase()} and horizon`}
          style={{ gridTemplateColumns: columns }}
        >
          <div role="row" className="ladder__row ladder__row--head">
            <span role="columnheader" className="ladder__corner">
              {LADDER_GROUPING_LABELS[group]}
            </span>
            {board.horizons.map((h) => (
              <span role="columnheader" key={h.id} className="ladder__col-head">
                <strong>{h.title}</strong>
                {h.timeframe && <span className="ladder__timeframe">{h.timeframe}</span>}
              </span>
            ))}
          </div>
          {rows.map((row) => (
            <LadderRowView
              key={row.id || '(none)'}
              board={board}
              row={row}
              group={group}
              cells={cells.get(row.id)}
              hiding={hiding}
            />
          ))}
        </div>
        <DragOverlay dropAnimation={null}>
          {activeId && <ChipPreview boardId={boardId} id={activeId} />}
        </DragOverlay>
      </DndContext>
    </section>
  );
}

function LadderRowView({
  board,
  row,
  group,
  cells,
  hiding,
}: {
  board: Board;
  row: LadderRow;
  group: LadderGrouping;
  cells: Map<string, string[]> | undefined;
  hiding: boolean;
}) {
  const filter = useFilter();
  return (
    <div role="row" className="ladder__row">
      <span role="rowheader" className={`ladder__row-head ladder__row-head--${group}`}>
        {group === 'type' && row.id && (
          <Icon name={TYPE_ICONS[row.id as Milestone['type']]} className="icon" />
        )}
        {row.label}
      </span>
      {board.horizons.map((h) => {
        const ids = cells?.get(h.id) ?? NONE;
        return (
          <Cell
            key={h.id}
            rowId={row.id}
            rowLabel={row.label}
            horizonId={h.id}
            horizonTitle={h.title}
            ids={hiding ? ids.filter((id) => !isDimmed(board.milestones[id]!, filter)) : ids}
            group={group}
          />
        );
      })}
    </div>
  );
}

const NONE: string[] = [];

const Cell = memo(function Cell({
  rowId,
  rowLabel,
  horizonId,
  horizonTitle,
  ids,
  group,
}: CellData & { ids: readonly string[]; group: LadderGrouping }) {
  const data = useMemo<CellData>(
    () => ({ rowId, rowLabel, horizonId, horizonTitle }),
    [rowId, rowLabel, horizonId, horizonTitle],
  );
  const { setNodeRef, isOver } = useDroppable({
    id: `cell:${horizonId}:${rowId}`,
    data,
  });
  return (
    <div
      ref={setNodeRef}
      role="cell"
      aria-label={`${rowLabel}, ${horizonTitle}: ${ids.length} ${ids.length === 1 ? 'milestone' : 'milestones'}`}
      className={`ladder__cell${isOver ? ' ladder__cell--over' : ''}`}
    >
      {ids.map((id) => (
        <Chip key={id} id={id} group={group} />
      ))}
    </div>
  );
});

const Chip = memo(function Chip({ id, group }: { id: string; group: LadderGrouping }) {
  const { boardId, openMilestone } = useBoardContext();
  const milestone = useMilestone(boardId, id);
  const filter = useFilter();
  // The overlay follows the pointer; the chip itself stays put, faded, until the drop.
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({
    id: `${CHIP_PREFIX}${id}`,
  });
  if (!milestone) return null;
  const dimmed = isDimmed(milestone, filter);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Enter' && !isDragging) {
      event.preventDefault();
      openMilestone(id);
      return;
    }
    listeners?.onKeyDown?.(event);
  };
  return (
    <div
      ref={setNodeRef}
      className={`chip card--${milestone.type}${isDragging ? ' chip--placeholder' : ''}${dimmed ? ' card--dimmed' : ''}`}
      {...attributes}
      {...listeners}
      aria-roledescription="milestone"
      aria-label={`${milestoneDescription(milestone)}${dimmed ? ', does not match the filter' : ''}`}
      data-milestone-id={id}
      onKeyDown={onKeyDown}
      onClick={() => openMilestone(id)}
    >
      <ChipBody milestone={milestone} group={group} />
    </div>
  );
});

/** A compact card; the type or owner is left out where the row already names it. */
function ChipBody({ milestone: m, group }: { milestone: Milestone; group?: LadderGrouping }) {
  return (
    <>
      <span className="chip__title">{m.title}</span>
      <span className="chip__meta">
        {group !== 'type' && <span className="chip__type">{typeLabel(m, true)}</span>}
        <span>{m.confidence}%</span>
        {m.owner && group !== 'owner' && <span className="chip__owner">{m.owner}</span>}
      </span>
    </>
  );
}

function ChipPreview({ boardId, id }: { boardId: string; id: string }) {
  const milestone = useMilestone(boardId, id);
  if (!milestone) return null;
  return (
    <div className={`chip chip--overlay card--${milestone.type}`}>
      <ChipBody milestone={milestone} />
    </div>
  );
}
