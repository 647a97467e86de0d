import {
  memo,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
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
  type DragOverEvent,
  type KeyboardSensorOptions,
  type MouseSensorOptions,
  type TouchSensorOptions,
} from '@dnd-kit/core';
import { useShallow } from 'zustand/react/shallow';
import {
  LADDER_GROUPING_LABELS,
  isRowFolded,
  ladderRows,
  placeOnLadder,
  type LadderGrouping,
} from '../../domain/ladder-rows';
import type { MilestoneFilter } from '../../domain/filter';
import type { Horizon } from '../../domain/schema';
import { useBoardsStore, type BoardsState } from '../../store/boards-store';
import { useHorizons } from '../../store/selectors';
import { setActivity } from '../../store/live-room';
import { useBoardContext } from '../../ui/board/board-context';
import { useFilter } from '../../ui/board/filter-context';
import { MATCHING_CARD, revealCard, useOnFilterChange } from '../../ui/board/reveal-first-match';
import { GroupingControls } from './ladder-controls';
import { ChipContext, ChipPreview, LadderRowView, type ShownRow } from './ladder-cells';
import { ladderAnnouncements, LADDER_INSTRUCTIONS } from './dnd/ladder-announcements';
import { BoardLayerContext } from '../../ui/board/board-layer';
import { createItemDrag, itemAt, pickUp, type ItemDrag } from '../../ui/board/item-drag';
import { LADDER_DRAGGABLE, type CellData } from './dnd/ladder-drag';
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
 * The rows, the same array while no row comes, goes, folds or unfolds: owner rows follow
 * the board, and the grid need not re-render for an edit that leaves them as they were.
 */
function useLadderRows(
  boardId: string,
  group: LadderGrouping,
  filter: MilestoneFilter,
): readonly ShownRow[] {
  const flat = useBoardsStore(
    useShallow((s: BoardsState) => {
      const board = s.boards[boardId];
      if (!board) return NO_ROWS;
      return ladderRows(board, group).flatMap((r) => [
        r.id,
        r.label,
        isRowFolded(board, group, r.id, filter) ? 'folded' : '',
      ]);
    }),
  );
  return useMemo(() => {
    const rows: ShownRow[] = [];
    for (let i = 0; i < flat.length; i += 3)
      rows.push({ id: flat[i]!, label: flat[i + 1]!, folded: flat[i + 2] === 'folded' });
    return rows;
  }, [flat]);
}

/**
 * The ladder view: rows are the rungs of the partnership ladder (or owners, or statuses),
 * columns the horizons. Dropping a chip in a cell sets its horizon and its row's field in
 * one undoable step.
 */
export default function LadderBoard({
  group,
  onGroup,
  overlay,
}: {
  group: LadderGrouping;
  onGroup: (group: LadderGrouping) => void;
  /** What the page draws over the chips (a pathway's arrows), in the scrolled grid, told
   * where it is through BoardLayerContext. */
  overlay?: ReactNode;
}) {
  const { boardId } = useBoardContext();
  const horizons = useHorizons(boardId) ?? NO_HORIZONS;
  const rows = useLadderRows(boardId, group, useFilter());
  const grid = useRef<HTMLDivElement>(null);
  // A new filter brings its first match into sight, rows first, then left to right.
  useOnFilterChange(() => {
    const first = grid.current?.querySelector(MATCHING_CARD);
    if (first) revealCard(first);
  });
  const sensors = useSensors(
    useSensor(MouseSensor, MOUSE),
    useSensor(TouchSensor, TOUCH),
    useSensor(KeyboardSensor, KEYBOARD),
  );
  const { drag, activeId, handlers } = useLadderDrag(boardId, group, grid);
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
        {...handlers}
        accessibility={{ announcements, screenReaderInstructions: LADDER_INSTRUCTIONS }}
      >
        <LadderGrid
          gridRef={grid}
          drag={drag}
          rows={rows}
          horizons={horizons}
          group={group}
          overlay={overlay}
          dragging={activeId !== null}
        />
        <DragOverlay dropAnimation={null}>
          {activeId && <ChipPreview boardId={boardId} id={activeId} />}
        </DragOverlay>
      </DndContext>
    </section>
  );
}

/**
 * The ladder's drag: the chip lifted, and what its start, moves and end do. A drop in a cell
 * sets the chip's horizon and its row's field in one undoable step; a keyboard user keeps
 * hold of the chip in its new cell. In a live session the others see which chip this person
 * moves, and over which horizon.
 */
function useLadderDrag(
  boardId: string,
  group: LadderGrouping,
  grid: RefObject<HTMLDivElement | null>,
) {
  const [drag] = useState(createItemDrag);
  const [activeId, setActiveId] = useState<string | null>(null);
  const handlers = useMemo(() => {
    const stop = () => {
      setActiveId(null);
      drag.lift(null);
      setActivity(boardId, null);
    };
    return {
      onDragStart() {
        setActiveId(drag.grabbed());
        drag.lift(drag.grabbed());
      },
      onDragOver({ over }: DragOverEvent) {
        const id = drag.grabbed();
        const cell = over?.data.current as CellData | undefined;
        if (id && cell)
          setActivity(boardId, { milestoneId: id, action: 'moving', columnId: cell.horizonId });
      },
      onDragCancel: stop,
      onDragEnd({ over, activatorEvent }: DragEndEvent) {
        const id = drag.grabbed();
        stop();
        const cell = over?.data.current as CellData | undefined;
        if (!id || !cell) return;
        useBoardsStore
          .getState()
          .edit(boardId, (board) => placeOnLadder(board, id, cell.horizonId, group, cell.rowId));
        if (activatorEvent instanceof KeyboardEvent)
          requestAnimationFrame(() =>
            // Ids are restricted to [A-Za-z0-9_-] by the schema, so they are safe in a selector.
            grid.current?.querySelector<HTMLElement>(`[data-milestone-id="${id}"]`)?.focus(),
          );
      },
    };
  }, [boardId, group, drag, grid]);
  return { drag, activeId, handlers };
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
  overlay,
  dragging,
}: {
  overlay: ReactNode;
  dragging: boolean;
  gridRef: RefObject<HTMLDivElement>;
  drag: ItemDrag;
  rows: readonly ShownRow[];
  horizons: readonly Horizon[];
  group: LadderGrouping;
}) {
  const { openMilestone, deleteMilestone } = useBoardContext();
  const { active, attributes, listeners, setNodeRef } = useDraggable({ id: LADDER_DRAGGABLE });
  // Let go of the chip's node once it is put down: it may be gone from the page by then.
  useDndMonitor({ onDragEnd: () => setNodeRef(null), onDragCancel: () => setNodeRef(null) });
  const describedBy = attributes['aria-describedby'];
  const chips = useMemo(() => ({ drag, describedBy }), [drag, describedBy]);
  const layer = useMemo(() => ({ container: gridRef, dragging }), [gridRef, dragging]);

  const press = (event: SyntheticEvent, listener: unknown) =>
    pickUp(drag, active !== null, setNodeRef, event, listener);
  const onKeyDown = (event: KeyboardEvent) => {
    const chip = itemAt(event.target);
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
    press(event, listeners?.onKeyDown);
  };
  const onClick = (event: MouseEvent) => {
    const chip = itemAt(event.target);
    if (chip) openMilestone(chip.id);
  };

  return (
    <ChipContext.Provider value={chips}>
      <div
        ref={gridRef}
        className={`ladder__grid${active ? ' ladder__grid--dragging' : ''}`}
        role="table"
        aria-label={`Milestones by ${LADDER_GROUPING_LABELS[group].toLowerCase()} and horizon`}
        style={{
          gridTemplateColumns: `var(--ladder-row-head) repeat(${horizons.length}, minmax(var(--ladder-cell-min), 1fr))`,
        }}
        onMouseDown={(event: MouseEvent) => press(event, listeners?.onMouseDown)}
        onTouchStart={(event: TouchEvent) => press(event, listeners?.onTouchStart)}
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
        <BoardLayerContext.Provider value={layer}>{overlay}</BoardLayerContext.Provider>
      </div>
    </ChipContext.Provider>
  );
});
