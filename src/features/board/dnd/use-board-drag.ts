import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import {
  KeyboardSensor,
  MouseSensor,
  TouchSensor,
  closestCenter,
  pointerWithin,
  useSensor,
  useSensors,
  type CollisionDetection,
  type DragEndEvent,
  type DragMoveEvent,
  type DragStartEvent,
  type DroppableContainer,
  type MouseSensorOptions,
  type TouchSensorOptions,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import {
  dragPreview,
  insertionIndex,
  placeInPreview,
  placeOf,
  type DragPreview,
} from '../../../domain/drag-preview';
import { indexAmongAll } from '../../../domain/filter';
import { SIDE_AREAS, milestoneIdsIn } from '../../../domain/milestones';
import { useBoardsStore } from '../../../store/boards-store';
import { useFilter } from '../../../ui/board/filter-context';
import { createItemDrag } from '../../../ui/board/item-drag';
import { laidOutCards } from './card-drag';
import { CARD_DRAGGABLE, columnIdOf, horizonIdOf, listDropId, type DragData } from './drag-ids';
import { useKeyboardOptions } from './keyboard-coordinates';

// Sensor options live at module scope: new objects each render would defeat memoisation.
// Mouse and touch apart, not one pointer sensor: a finger swiping a column should scroll it,
// and only a press-and-hold picks a card up.
const MOUSE: MouseSensorOptions = { activationConstraint: { distance: 5 } };
const TOUCH: TouchSensorOptions = { activationConstraint: { delay: 200, tolerance: 8 } };

export interface DragState {
  activeId: string;
  kind: 'milestone' | 'horizon';
  /** Milestone ids per horizon while a drag is under way; the store is untouched until drop. */
  preview: DragPreview;
  /** The preview as the drag began: the columns it has not changed are these same arrays. */
  initial: DragPreview;
  /** The columns left to right: the horizons, then the side areas. */
  columns: readonly string[];
  /** Picked up with Space: the arrow keys move it, not the pointer. */
  keyboard: boolean;
}

const kindOf = (container: DroppableContainer) =>
  (container.data.current as DragData | undefined)?.kind;

/**
 * A card is over the list of the column under the pointer, or the column when the pointer
 * is on its heading; from the keyboard, over the list the preview has put it in. A horizon
 * is over the horizon nearest it.
 */
function boardCollision(current: DragState | null): CollisionDetection {
  return (args) => {
    const { active, droppableContainers, pointerCoordinates } = args;
    if (active.id !== CARD_DRAGGABLE) {
      const horizons = droppableContainers.filter(
        (c) => kindOf(c) === 'horizon' && !(c.data.current as { side?: boolean }).side,
      );
      return closestCenter({ ...args, droppableContainers: horizons });
    }
    if (!pointerCoordinates) {
      const column = current && placeOf(current.preview, current.activeId)?.column;
      if (!column) return [];
      const target =
        droppableContainers.find((c) => c.id === listDropId(column)) ??
        droppableContainers.find((c) => horizonIdOf(c.id) === column);
      return target ? [{ id: target.id, data: { droppableContainer: target, value: 0 } }] : [];
    }
    // The column first, by where it was when the drag began: a side area opened as a
    // drawer during the drag lies over the horizons, and is not what the pointer is on
    // when it is on them. Then that column's list, if the pointer is on it.
    const hits = pointerWithin(args);
    const column = hits.find(
      (hit) => kindOf(hit.data!.droppableContainer as DroppableContainer) === 'horizon',
    );
    const list = column && hits.find((hit) => hit.id === listDropId(columnIdOf(column.id)!));
    const hit = list ?? column ?? hits[0];
    return hit ? [hit] : [];
  };
}

/**
 * Commits a finished drag to the store: one move, so one undo step and one save. A card
 * dropped from the keyboard is drawn afresh in its place, and the keyboard keeps hold of it.
 */
function commitDrop(
  boardId: string,
  drag: DragState,
  overId: UniqueIdentifier,
  root: RefObject<HTMLElement | null>,
) {
  const store = useBoardsStore.getState();
  if (drag.kind === 'horizon') {
    const to = horizonIdOf(overId);
    const index = store.boards[boardId]?.horizons.findIndex((h) => h.id === to) ?? -1;
    if (index >= 0) store.moveHorizon(boardId, drag.activeId, index);
    return;
  }
  commitCard(boardId, drag);
  if (drag.keyboard)
    requestAnimationFrame(() =>
      // Ids are restricted to [A-Za-z0-9_-] by the schema, so they are safe in a selector.
      root.current?.querySelector<HTMLElement>(`[data-milestone-id="${drag.activeId}"]`)?.focus(),
    );
}

/** A card's drop: its place in the preview, among all the column's cards. */
function commitCard(boardId: string, drag: DragState) {
  const place = placeOf(drag.preview, drag.activeId);
  const store = useBoardsStore.getState();
  const board = store.boards[boardId];
  if (!place || !board) return;
  // Under a hiding filter the drop lands among the shown cards; place it among all.
  const all = milestoneIdsIn(board, place.column);
  const index = indexAmongAll(all, drag.preview[place.column]!, drag.activeId);
  store.moveMilestone(boardId, drag.activeId, place.column, index);
}

/**
 * The drag under way, in React's state for the columns to draw and in a ref for the
 * handlers, the keys and the announcements, which run outside React's render: the ref is
 * set with the state, so a key pressed before the render sees it.
 */
function useDragState() {
  const [drag, setDragState] = useState<DragState | null>(null);
  const dragRef = useRef<DragState | null>(null);
  const setDrag = useCallback((next: DragState | null) => {
    dragRef.current = next;
    setDragState(next);
  }, []);
  /** Puts the lifted card in `column` at `index` among the others, if it is not there. */
  const place = useCallback(
    (column: string, index: number) => {
      const current = dragRef.current;
      if (current?.kind !== 'milestone') return;
      const preview = placeInPreview(current.preview, current.activeId, column, index);
      if (preview !== current.preview) setDrag({ ...current, preview });
    },
    [setDrag],
  );
  return { drag, dragRef, setDrag, place };
}

/**
 * A drop's move, put off until just after the next frame: the frame after a drop shows
 * the preview, which is already where the card lands, so the board (its store, its save
 * and everything that reads it) can take the move a task later, and the drop is seen
 * without waiting for them. `settle` runs a move still waiting, at once: a new drag
 * starts from the board as the last drop left it.
 */
function useDeferredDrop() {
  const waiting = useRef<(() => void) | null>(null);
  const settle = useCallback(() => {
    const run = waiting.current;
    waiting.current = null;
    run?.();
  }, []);
  const defer = useCallback(
    (run: () => void) => {
      settle();
      waiting.current = run;
      requestAnimationFrame(() => setTimeout(settle, 0));
    },
    [settle],
  );
  // A hidden tab draws no frames: a drop just before the tab is hidden (and perhaps closed)
  // reaches the board, and its save, as the tab goes, not when it is next shown.
  useEffect(() => {
    document.addEventListener('visibilitychange', settle);
    window.addEventListener('pagehide', settle);
    return () => {
      document.removeEventListener('visibilitychange', settle);
      window.removeEventListener('pagehide', settle);
      settle();
    };
  }, [settle]);
  return { defer, settle };
}

/**
 * The board's drag and drop: its sensors, and a preview of the drag in local state that
 * moves cards between columns as the pointer (or the keyboard) goes. The store gets one
 * move, on drop; a cancel drops the preview.
 *
 * Cards share one draggable and the columns are the only drop targets: where in a column a
 * card would go is read from the cards the column has laid out, and the arrow keys move it
 * through the preview itself. dnd-kit so measures a dozen targets, not every card, and a
 * pick-up re-renders the card lifted, not every card on the board.
 */
export function useBoardDrag(boardId: string, root: RefObject<HTMLElement | null>) {
  const filter = useFilter();
  const filterRef = useRef(filter);
  useLayoutEffect(() => {
    filterRef.current = filter;
  }, [filter]);
  const [cards] = useState(createItemDrag);
  const { drag, dragRef, setDrag, place } = useDragState();
  const { defer, settle } = useDeferredDrop();
  const keyboard = useKeyboardOptions(dragRef, place, root);
  const sensors = useSensors(
    useSensor(MouseSensor, MOUSE),
    useSensor(TouchSensor, TOUCH),
    useSensor(KeyboardSensor, keyboard),
  );

  const collision = useCallback<CollisionDetection>(
    (args) => boardCollision(dragRef.current)(args),
    [dragRef],
  );

  const onDragStart = useCallback(
    ({ active, activatorEvent }: DragStartEvent) => {
      settle();
      const board = useBoardsStore.getState().boards[boardId];
      if (!board) return;
      const horizonId = horizonIdOf(active.id);
      const activeId = horizonId ?? cards.grabbed();
      if (!activeId) return;
      if (!horizonId) cards.lift(activeId);
      const preview = dragPreview(board, filterRef.current);
      setDrag({
        activeId,
        kind: horizonId ? 'horizon' : 'milestone',
        preview,
        initial: preview,
        columns: [...board.horizons.map((h) => h.id), ...SIDE_AREAS.map((a) => a.id)],
        keyboard: activatorEvent instanceof KeyboardEvent,
      });
    },
    [boardId, cards, setDrag, settle],
  );

  // Under a pointer, the card goes into the column it is over, after the cards whose middle
  // its own middle has passed.
  const onDragMove = useCallback(
    ({ active, over }: DragMoveEvent) => {
      const current = dragRef.current;
      const column = columnIdOf(over?.id);
      const rect = active.rect.current.translated;
      if (current?.kind !== 'milestone' || current.keyboard || !column || !rect || !root.current)
        return;
      const laidOut = laidOutCards(root.current, column, current.activeId);
      const others = current.preview[column]!.filter((id) => id !== current.activeId).length;
      place(column, insertionIndex(laidOut, rect.top + rect.height / 2, others));
    },
    [dragRef, place, root],
  );

  const finish = useCallback(() => {
    setDrag(null);
    cards.lift(null);
  }, [cards, setDrag]);

  const onDragEnd = useCallback(
    ({ over }: DragEndEvent) => {
      const current = dragRef.current;
      if (!current || !over) return finish();
      defer(() => {
        finish();
        commitDrop(boardId, current, over.id, root);
      });
    },
    [boardId, dragRef, defer, finish, root],
  );

  return {
    drag,
    dragRef,
    cards,
    // The rest is DndContext's props.
    sensors,
    collisionDetection: collision,
    onDragStart,
    onDragMove,
    onDragEnd,
    onDragCancel: finish,
  };
}
