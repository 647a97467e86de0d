import {
  memo,
  useCallback,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
  type RefObject,
  type SyntheticEvent,
  type TouchEvent,
} from 'react';
import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  MouseSensor,
  TouchSensor,
  closestCenter,
  pointerWithin,
  useDndMonitor,
  useDraggable,
  useSensor,
  useSensors,
  type CollisionDetection,
  type DragEndEvent,
  type KeyboardSensorOptions,
  type MouseSensorOptions,
  type TouchSensorOptions,
} from '@dnd-kit/core';
import { useShallow } from 'zustand/react/shallow';
import {
  LADDER_GROUPINGS,
  LADDER_GROUPING_LABELS,
  ladderRows,
  type LadderGrouping,
  type LadderRow,
} from '../../domain/ladder-rows';
import type { Horizon } from '../../domain/schema';
import { useBoardsStore, type BoardsState } from '../../store/boards-store';
import { useHorizons } from '../../store/selectors';
import { useBoardContext } from '../../ui/board/board-context';
import { ChipContext, ChipPreview, LadderRowView } from './ladder-cells';
import { ladderAnnouncements, LADDER_INSTRUCTIONS } from './dnd/ladder-announcements';
import {
  LADDER_DRAGGABLE,
  chipAt,
  createChipDrag,
  type CellData,
  type ChipDrag,
} from './dnd/ladder-drag';
import { ladderKeyboardCoordinates } from './dnd/ladder-keyboard';
import './ladder-board.css';

const MOUSE: MouseSensorOptions = { activationConstraint: { distance: 5 } };
const TOUCH: TouchSensorOptions = { activationConstraint: { delay: 200, tolerance: 8 } };
const KEYBOARD: KeyboardSensorOptions = {
  coordinateGetter: ladderKeyboardCoordinates,
  keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] },
};

/** The pointer's cell, or for the keyboard the cell nearest the chip. */
const ladderCollision: CollisionDetection = (args) =>
  args.pointerCoordinates ? pointerWithin(args) : closestCenter(args);

const NO_HORIZONS: Horizon[] = [];
const NO_ROWS: readonly string[] = [];

/**
 * The rows, the same array while no row comes or goes: owner rows follow the board, and
 * the grid need not re-render for an edit that leaves them as they were.
 */
function useLadderRows(boardId: string, group: LadderGrouping): readonly LadderRow[] {
  const flat = useBoardsStore(
    useShallow((s: BoardsState) => {
      const board = s.boards[boardId];
      return board ? ladderRows(board, group).flatMap((r) => [r.id, r.label]) : NO_ROWS;
    }),
  );
  return useMemo(() => {
    const rows: LadderRow[] = [];
    for (let i = 0; i < flat.length; i += 2) rows.push({ id: flat[i]!, label: flat[i + 1]! });
    return rows;
  }, [flat]);
}

/** What the rows stand for (rungs, owners or statuses), and how to move a chip. */
function GroupingControls({
  group,
  onGroup,
}: {
  group: LadderGrouping;
  onGroup: (group: LadderGrouping) => void;
}) {
  const groupName = LADDER_GROUPING_LABELS[group].toLowerCase();
  return (
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
        <strong>The ladder</strong>: how close a partnership gets, from leads to acquisition
        {group === 'type' ? '; each row is a rung' : ''}. Drag across columns to change the horizon,
        across rows the {groupName}. Parked and achieved milestones stay in the horizons view.
      </p>
    </div>
  );
}

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
  const horizons = useHorizons(boardId) ?? NO_HORIZONS;
  const rows = useLadderRows(boardId, group);
  const [drag] = useState(createChipDrag);
  const [activeId, setActiveId] = useState<string | null>(null);
  const grid = useRef<HTMLDivElement>(null);
  const sensors = useSensors(
    useSensor(MouseSensor, MOUSE),
    useSensor(TouchSensor, TOUCH),
    useSensor(KeyboardSensor, KEYBOARD),
  );

  const onDragStart = useCallback(() => {
    setActiveId(drag.grabbed());
    drag.lift(drag.grabbed());
  }, [drag]);
  const onDragCancel = useCallback(() => {
    setActiveId(null);
    drag.lift(null);
  }, [drag]);
  const onDragEnd = useCallback(
    ({ over, activatorEvent }: DragEndEvent) => {
      const id = drag.grabbed();
      setActiveId(null);
      drag.lift(null);
      const cell = over?.data.current as CellData | undefined;
      if (!id || !cell) return;
      useBoardsStore.getState().placeOnLadder(boardId, id, cell.horizonId, group, cell.rowId);
      // The chip is drawn afresh in its new cell: a keyboard user keeps hold of it there.
      if (activatorEvent instanceof KeyboardEvent)
        requestAnimationFrame(() =>
          // Ids are restricted to [A-Za-z0-9_-] by the schema, so they are safe in a selector.
          grid.current?.querySelector<HTMLElement>(`[data-milestone-id="${id}"]`)?.focus(),
        );
    },
    [boardId, group, drag],
  );
  const announcements = useMemo(
    () => ladderAnnouncements(boardId, group, drag.grabbed),
    [boardId, group, drag],
  );

  return (
    <section className="ladder" aria-label="Ladder view">
      <GroupingControls group={group} onGroup={onGroup} />
      <DndContext
        sensors={sensors}
        collisionDetection={ladderCollision}
        onDragStart={onDragStart}
        onDragEnd={onDragEnd}
        onDragCancel={onDragCancel}
        accessibility={{ announcements, screenReaderInstructions: LADDER_INSTRUCTIONS }}
      >
        <LadderGrid gridRef={grid} drag={drag} rows={rows} horizons={horizons} group={group} />
        <DragOverlay dropAnimation={null}>
          {activeId && <ChipPreview boardId={boardId} id={activeId} />}
        </DragOverlay>
      </DndContext>
    </section>
  );
}

/**
 * The table of cells, and the one draggable its chips share: a press on a chip (mouse,
 * touch or Space) points the draggable at it and hands the event to dnd-kit's sensors.
 */
const LadderGrid = memo(function LadderGrid({
  gridRef,
  drag,
  rows,
  horizons,
  group,
}: {
  gridRef: RefObject<HTMLDivElement | null>;
  drag: ChipDrag;
  rows: readonly LadderRow[];
  horizons: readonly Horizon[];
  group: LadderGrouping;
}) {
  const { openMilestone, deleteMilestone } = useBoardContext();
  const { active, attributes, listeners, setNodeRef } = useDraggable({ id: LADDER_DRAGGABLE });
  // Let go of the chip's node once it is put down: it may be gone from the page by then.
  useDndMonitor({ onDragEnd: () => setNodeRef(null), onDragCancel: () => setNodeRef(null) });
  const describedBy = attributes['aria-describedby'];
  const chips = useMemo(() => ({ drag, describedBy }), [drag, describedBy]);

  function pickUp(event: SyntheticEvent, listener: unknown) {
    // While a drag is under way its keys and pointer belong to the sensor.
    const chip = active ? null : chipAt(event.target);
    if (!chip || typeof listener !== 'function') return;
    drag.grab(chip.id);
    setNodeRef(chip.node);
    (listener as (event: SyntheticEvent) => void)(event);
  }
  const onKeyDown = (event: KeyboardEvent) => {
    const chip = chipAt(event.target);
    if (chip && event.key === 'Enter' && !active) {
      event.preventDefault();
      openMilestone(chip.id);
      return;
    }
    // As on the horizons: Delete deletes (with Undo in the toast).
    if (chip && (event.key === 'Delete' || event.key === 'Backspace') && !active) {
      event.preventDefault();
      deleteMilestone(chip.id);
      return;
    }
    pickUp(event, listeners?.onKeyDown);
  };
  const onClick = (event: MouseEvent) => {
    const chip = chipAt(event.target);
    if (chip) openMilestone(chip.id);
  };

  return (
    <ChipContext.Provider value={chips}>
      <div
        ref={gridRef}
        className="ladder__grid"
        role="table"
        aria-label={`Milestones by ${LADDER_GROUPING_LABELS[group].toLowerCase()} and horizon`}
        style={{
          gridTemplateColumns: `minmax(11rem, 14rem) repeat(${horizons.length}, minmax(12rem, 1fr))`,
        }}
        onMouseDown={(event: MouseEvent) => pickUp(event, listeners?.onMouseDown)}
        onTouchStart={(event: TouchEvent) => pickUp(event, listeners?.onTouchStart)}
        onKeyDown={onKeyDown}
        onClick={onClick}
      >
        <div role="row" className="ladder__row ladder__row--head">
          <span role="columnheader" className="ladder__corner">
            {LADDER_GROUPING_LABELS[group]}
          </span>
          {horizons.map((h) => (
            <span role="columnheader" key={h.id} className="ladder__col-head">
              <strong>{h.title}</strong>
              {h.timeframe && <span className="ladder__timeframe">{h.timeframe}</span>}
            </span>
          ))}
        </div>
        {rows.map((row) => (
          <LadderRowView key={row.id || '(none)'} row={row} horizons={horizons} group={group} />
        ))}
      </div>
    </ChipContext.Provider>
  );
});
