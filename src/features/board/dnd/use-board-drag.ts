import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import {
  KeyboardSensor,
  MouseSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
  type KeyboardSensorOptions,
  type MouseSensorOptions,
  type TouchSensorOptions,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { arrayMove } from '@dnd-kit/sortable';
import { dragPreview, moveInPreview, type DragPreview } from '../../../domain/drag-preview';
import { indexAmongAll } from '../../../domain/filter';
import { milestoneIdsIn } from '../../../domain/milestones';
import { useBoardsStore } from '../../../store/boards-store';
import { useFilter } from '../../../ui/board/filter-context';
import { horizonIdOf } from './drag-ids';
import { boardKeyboardCoordinates } from './keyboard-coordinates';

// Sensor options live at module scope: new objects each render would defeat memoisation.
// Mouse and touch apart, not one pointer sensor: a finger swiping a column should scroll it,
// and only a press-and-hold picks a card up.
const MOUSE: MouseSensorOptions = { activationConstraint: { distance: 5 } };
const TOUCH: TouchSensorOptions = { activationConstraint: { delay: 200, tolerance: 8 } };
const KEYBOARD: KeyboardSensorOptions = {
  coordinateGetter: boardKeyboardCoordinates,
  keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] },
};

export interface DragState {
  activeId: string;
  kind: 'milestone' | 'horizon';
  /** Milestone ids per horizon while a drag is under way; the store is untouched until drop. */
  preview: DragPreview;
}

/** The column of the preview that a drag id is, or holds. */
export function columnOf(preview: DragPreview, id: UniqueIdentifier): string | undefined {
  const horizonId = horizonIdOf(id);
  if (horizonId) return horizonId in preview ? horizonId : undefined;
  return Object.keys(preview).find((h) => preview[h]!.includes(String(id)));
}

/** Commits a finished drag to the store: one move, so one undo step and one save. */
function commitDrop(
  boardId: string,
  drag: DragState,
  activeId: UniqueIdentifier,
  overId: UniqueIdentifier,
) {
  const store = useBoardsStore.getState();
  if (drag.kind === 'horizon') {
    const to = horizonIdOf(overId);
    const board = store.boards[boardId];
    const index = board?.horizons.findIndex((h) => h.id === to) ?? -1;
    if (index >= 0) store.moveHorizon(boardId, drag.activeId, index);
    return;
  }
  const column = columnOf(drag.preview, activeId);
  if (!column) return;
  let ids = drag.preview[column]!;
  const from = ids.indexOf(String(activeId));
  const overIndex = ids.indexOf(String(overId));
  if (overIndex >= 0 && overIndex !== from) ids = arrayMove([...ids], from, overIndex);
  const board = store.boards[boardId];
  if (!board) return;
  // Under a hiding filter the drop lands among the shown cards; place it among all.
  const index = indexAmongAll(milestoneIdsIn(board, column), ids, String(activeId));
  store.moveMilestone(boardId, String(activeId), column, index);
}

/**
 * The board's drag and drop: its sensors, and a preview of the drag in local state that
 * moves cards between columns as the pointer (or the keyboard) goes. The store gets one
 * move, on drop; a cancel drops the preview.
 */
export function useBoardDrag(boardId: string) {
  const filter = useFilter();
  const filterRef = useRef(filter);
  useLayoutEffect(() => {
    filterRef.current = filter;
  }, [filter]);
  const [drag, setDrag] = useState<DragState | null>(null);
  // Announcements run outside React's render; they read the latest drag through a ref.
  const dragRef = useRef<DragState | null>(null);
  useLayoutEffect(() => {
    dragRef.current = drag;
  }, [drag]);

  const sensors = useSensors(
    useSensor(MouseSensor, MOUSE),
    useSensor(TouchSensor, TOUCH),
    useSensor(KeyboardSensor, KEYBOARD),
  );

  const onDragStart = useCallback(
    ({ active }: DragStartEvent) => {
      const board = useBoardsStore.getState().boards[boardId];
      if (!board) return;
      const horizonId = horizonIdOf(active.id);
      setDrag({
        activeId: horizonId ?? String(active.id),
        kind: horizonId ? 'horizon' : 'milestone',
        preview: dragPreview(board, filterRef.current),
      });
    },
    [boardId],
  );

  const onDragOver = useCallback(({ active, over }: DragOverEvent) => {
    if (!over || horizonIdOf(active.id)) return;
    setDrag((current) => {
      if (!current || current.kind !== 'milestone') return current;
      const from = columnOf(current.preview, active.id);
      const to = columnOf(current.preview, over.id);
      if (!from || !to || from === to) return current;
      const target = current.preview[to]!;
      let index = target.length;
      if (!horizonIdOf(over.id)) {
        const overIndex = target.indexOf(String(over.id));
        const translated = active.rect.current.translated;
        const below = translated && translated.top > over.rect.top + over.rect.height / 2;
        index = overIndex + (below ? 1 : 0);
      }
      const preview = moveInPreview(current.preview, String(active.id), from, to, index);
      return { ...current, preview };
    });
  }, []);

  const onDragEnd = useCallback(
    ({ active, over }: DragEndEvent) => {
      const current = dragRef.current;
      setDrag(null);
      if (!current || !over) return;
      commitDrop(boardId, current, active.id, over.id);
    },
    [boardId],
  );

  const onDragCancel = useCallback(() => setDrag(null), []);

  return { drag, dragRef, sensors, onDragStart, onDragOver, onDragEnd, onDragCancel };
}
