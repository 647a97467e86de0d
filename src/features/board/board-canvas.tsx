import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  MouseSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
  type KeyboardSensorOptions,
  type MouseSensorOptions,
  type TouchSensorOptions,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { SortableContext, arrayMove, horizontalListSortingStrategy } from '@dnd-kit/sortable';
import { SIDE_AREAS, milestoneIdsIn, milestoneOrder, sideArea } from '../../domain/milestones';
import { NO_FILTER, type MilestoneFilter } from '../../domain/filter';
import { indexAmongAll, shownIds } from '../../domain/filter';
import { useFilter } from '../../ui/board/filter-context';
import type { Board, Horizon } from '../../domain/schema';
import { useBoardsStore } from '../../store/boards-store';
import { useHorizons } from '../../store/selectors';
import { useBoardContext } from '../../ui/board/board-context';
import { HorizonColumn, HorizonPreview } from './horizon-column';
import { SideArea } from './side-area';
import { MilestoneCardPreview } from './milestone-card';
import { boardCollision } from './dnd/collision';
import { horizonDragId, horizonIdOf } from './dnd/drag-ids';
import { boardKeyboardCoordinates } from './dnd/keyboard-coordinates';
import './board-canvas.css';

// Sensor options live at module scope: new objects each render would defeat memoisation.
// Mouse and touch apart, not one pointer sensor: a finger swiping a column should scroll it,
// and only a press-and-hold picks a card up.
const MOUSE: MouseSensorOptions = { activationConstraint: { distance: 5 } };
const TOUCH: TouchSensorOptions = { activationConstraint: { delay: 200, tolerance: 8 } };
const KEYBOARD: KeyboardSensorOptions = {
  coordinateGetter: boardKeyboardCoordinates,
  keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] },
};
const DROP_ANIMATION = { duration: 150, easing: 'ease-out' };
const SCREEN_READER_INSTRUCTIONS = {
  draggable:
    'To move this milestone, press Space. Then use the up and down arrows to move it within its horizon and the left and right arrows to move it to another horizon. Press Space again to drop it, or Escape to cancel. Press Enter to open it, Delete to delete it.',
};

const NO_HORIZONS: Horizon[] = [];

/** Milestone ids per horizon while a drag is under way; the store is untouched until drop. */
type Preview = Record<string, readonly string[]>;

interface DragState {
  activeId: string;
  kind: 'milestone' | 'horizon';
  preview: Preview;
}

function previewOf(board: Board, filter: MilestoneFilter = NO_FILTER): Preview {
  const order = milestoneOrder(board);
  const containers = [...board.horizons.map((h) => h.id), ...SIDE_AREAS.map((a) => a.id)];
  return Object.fromEntries(
    containers.map((id) => [id, shownIds(board, order.get(id) ?? [], filter)]),
  );
}

/** What a column is called in announcements: a horizon's title or a side area's. */
function columnTitle(board: Board | undefined, id: string | undefined): string {
  if (!id) return 'a horizon';
  return sideArea(id)?.title ?? board?.horizons.find((h) => h.id === id)?.title ?? 'a horizon';
}

function columnOf(preview: Preview, id: UniqueIdentifier): string | undefined {
  const horizonId = horizonIdOf(id);
  if (horizonId) return horizonId in preview ? horizonId : undefined;
  return Object.keys(preview).find((h) => preview[h]!.includes(String(id)));
}

export function BoardCanvas() {
  const { boardId } = useBoardContext();
  const horizons = useHorizons(boardId) ?? NO_HORIZONS;
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
  // What the last announcement was about, so a card over itself is not announced again.
  const lastOverRef = useRef<UniqueIdentifier | null>(null);

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
        preview: previewOf(board, filterRef.current),
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
      const moved = String(active.id);
      const next = [...target];
      next.splice(index, 0, moved);
      return {
        ...current,
        preview: {
          ...current.preview,
          [from]: current.preview[from]!.filter((id) => id !== moved),
          [to]: next,
        },
      };
    });
  }, []);

  const onDragEnd = useCallback(
    ({ active, over }: DragEndEvent) => {
      const current = dragRef.current;
      setDrag(null);
      if (!current || !over) return;
      const store = useBoardsStore.getState();
      if (current.kind === 'horizon') {
        const to = horizonIdOf(over.id);
        const board = store.boards[boardId];
        const index = board?.horizons.findIndex((h) => h.id === to) ?? -1;
        if (index >= 0) store.moveHorizon(boardId, current.activeId, index);
        return;
      }
      const column = columnOf(current.preview, active.id);
      if (!column) return;
      let ids = current.preview[column]!;
      const from = ids.indexOf(String(active.id));
      const overIndex = ids.indexOf(String(over.id));
      if (overIndex >= 0 && overIndex !== from) ids = arrayMove([...ids], from, overIndex);
      const board = store.boards[boardId];
      if (!board) return;
      // Under a hiding filter the drop lands among the shown cards; place it among all.
      const index = indexAmongAll(milestoneIdsIn(board, column), ids, String(active.id));
      store.moveMilestone(boardId, String(active.id), column, index);
    },
    [boardId],
  );

  const onDragCancel = useCallback(() => setDrag(null), []);

  const announcements = useMemo<Announcements>(() => {
    /** Title and place of a card or horizon: in the drag preview, or once dropped, in the store. */
    const describe = (id: UniqueIdentifier, settled = false) => {
      const board = useBoardsStore.getState().boards[boardId];
      const horizonId = horizonIdOf(id);
      if (horizonId) {
        const index = board?.horizons.findIndex((h) => h.id === horizonId) ?? -1;
        return {
          title: `horizon ${board?.horizons[index]?.title ?? ''}`,
          place: `position ${index + 1} of ${board?.horizons.length ?? 0}`,
        };
      }
      const preview = (!settled && dragRef.current?.preview) || (board ? previewOf(board) : {});
      const column = columnOf(preview, id);
      const ids = column ? preview[column]! : [];
      return {
        title: board?.milestones[String(id)]?.title ?? 'milestone',
        place: `${columnTitle(board, column)}, position ${ids.indexOf(String(id)) + 1} of ${ids.length}`,
      };
    };
    const overPlace = (activeId: UniqueIdentifier, overId: UniqueIdentifier) => {
      const drag = dragRef.current;
      if (horizonIdOf(activeId) || !drag) return describe(overId).place;
      const column = columnOf(drag.preview, activeId);
      const ids = column ? drag.preview[column]! : [];
      const overIndex = ids.indexOf(String(overId));
      const index = overIndex >= 0 ? overIndex : ids.indexOf(String(activeId));
      const board = useBoardsStore.getState().boards[boardId];
      return `${columnTitle(board, column)}, position ${index + 1} of ${ids.length}`;
    };
    return {
      onDragStart: ({ active }) => {
        lastOverRef.current = active.id;
        const { title, place } = describe(active.id);
        return `Picked up ${title}. It is in ${place}.`;
      },
      onDragOver: ({ active, over }) => {
        // Right after pick-up the card is over itself: keep the pick-up message.
        const overId = over?.id ?? null;
        if (overId === lastOverRef.current) return undefined;
        lastOverRef.current = overId;
        return over
          ? `${describe(active.id).title} is over ${overPlace(active.id, over.id)}.`
          : `${describe(active.id).title} is not over a horizon.`;
      },
      // dnd-kit announces the drop after onDragEnd has committed the move to the store.
      onDragEnd: ({ active, over }) => {
        const { title, place } = describe(active.id, true);
        return over
          ? `Dropped ${title} in ${place}.`
          : `Dropped ${title}. It is back where it was.`;
      },
      onDragCancel: ({ active }) =>
        `Moving ${describe(active.id).title} was cancelled. It is back where it was.`,
    };
  }, [boardId]);

  const horizonIds = useMemo(() => horizons.map((h) => horizonDragId(h.id)), [horizons]);
  const activeHorizon =
    drag?.kind === 'horizon' ? horizons.find((h) => h.id === drag.activeId) : undefined;
  const reduceMotion =
    typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={boardCollision}
      onDragStart={onDragStart}
      onDragOver={onDragOver}
      onDragEnd={onDragEnd}
      onDragCancel={onDragCancel}
      accessibility={{ announcements, screenReaderInstructions: SCREEN_READER_INSTRUCTIONS }}
    >
      <div className="board-columns">
        <SortableContext items={horizonIds} strategy={horizontalListSortingStrategy}>
          {horizons.map((horizon) => (
            <HorizonColumn
              key={horizon.id}
              horizon={horizon}
              previewIds={drag?.kind === 'milestone' ? drag.preview[horizon.id] : undefined}
              activeId={
                drag?.kind === 'milestone' && drag.preview[horizon.id]?.includes(drag.activeId)
                  ? drag.activeId
                  : undefined
              }
            />
          ))}
        </SortableContext>
        {SIDE_AREAS.map((area) => (
          <SideArea
            key={area.id}
            area={area}
            previewIds={drag?.kind === 'milestone' ? drag.preview[area.id] : undefined}
            activeId={
              drag?.kind === 'milestone' && drag.preview[area.id]?.includes(drag.activeId)
                ? drag.activeId
                : undefined
            }
          />
        ))}
      </div>
      <DragOverlay dropAnimation={reduceMotion ? null : DROP_ANIMATION}>
        {drag?.kind === 'milestone' && (
          <MilestoneCardPreview boardId={boardId} id={drag.activeId} />
        )}
        {activeHorizon && (
          <HorizonPreview
            horizon={activeHorizon}
            count={drag?.preview[activeHorizon.id]?.length ?? 0}
          />
        )}
      </DragOverlay>
    </DndContext>
  );
}
