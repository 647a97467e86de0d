import { useMemo, useRef, useState } from 'react';
import { DndContext, DragOverlay } from '@dnd-kit/core';
import { SortableContext, horizontalListSortingStrategy } from '@dnd-kit/sortable';
import { SIDE_AREAS } from '../../domain/milestones';
import type { Horizon } from '../../domain/schema';
import { useHorizons } from '../../store/selectors';
import { useBoardContext } from '../../ui/board/board-context';
import { HorizonColumn, HorizonPreview } from './horizon-column';
import { HorizonTabs } from './horizon-tabs';
import { SideArea } from './side-area';
import { MilestoneCardPreview } from './milestone-card';
import { boardCollision } from './dnd/collision';
import { horizonDragId } from './dnd/drag-ids';
import { SCREEN_READER_INSTRUCTIONS, useBoardAnnouncements } from './dnd/board-announcements';
import { useBoardDrag, type DragState } from './dnd/use-board-drag';
import './board-canvas.css';

const DROP_ANIMATION = { duration: 150, easing: 'ease-out' };

const NO_HORIZONS: Horizon[] = [];

/** What one column shows while a milestone is dragged: the order it would take, and the
 * dragged card's id when the card would land in it. */
function dropPreview(drag: DragState | null, columnId: string) {
  if (drag?.kind !== 'milestone') return { previewIds: undefined, activeId: undefined };
  const previewIds = drag.preview[columnId];
  return { previewIds, activeId: previewIds?.includes(drag.activeId) ? drag.activeId : undefined };
}

/**
 * Which side area (Parked or Achieved) is open as a drawer over the horizons' right edge:
 * one at a time. While a drag rests over one it opens to show where the card would land,
 * and when the card is let go there it stays open on the card's new place.
 */
function useSideDrawer(drag: DragState | null) {
  const [openSide, setOpenSide] = useState<string | null>(null);
  const dragSide = SIDE_AREAS.find((area) => dropPreview(drag, area.id).activeId)?.id;
  const [landing, setLanding] = useState<string | undefined>();
  if (drag && dragSide !== landing) setLanding(dragSide);
  if (!drag && landing) {
    setLanding(undefined);
    setOpenSide(landing);
  }
  return [dragSide ?? openSide, setOpenSide] as const;
}

export function BoardCanvas() {
  const { boardId } = useBoardContext();
  const horizons = useHorizons(boardId) ?? NO_HORIZONS;
  const { drag, dragRef, sensors, onDragStart, onDragOver, onDragEnd, onDragCancel } =
    useBoardDrag(boardId);
  const announcements = useBoardAnnouncements(boardId, dragRef);
  const row = useRef<HTMLDivElement>(null);
  const [openSide, setOpenSide] = useSideDrawer(drag);

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
      <div className="board-canvas">
        <HorizonTabs horizons={horizons} row={row} />
        <div className="board-canvas__row">
          <div className="board-columns" ref={row}>
            <SortableContext items={horizonIds} strategy={horizontalListSortingStrategy}>
              {horizons.map((horizon) => (
                <HorizonColumn
                  key={horizon.id}
                  horizon={horizon}
                  {...dropPreview(drag, horizon.id)}
                />
              ))}
            </SortableContext>
          </div>
          <div className="side-rail">
            {SIDE_AREAS.map((area) => (
              <SideArea
                key={area.id}
                area={area}
                open={openSide === area.id}
                onOpen={(open) => setOpenSide(open ? area.id : null)}
                {...dropPreview(drag, area.id)}
              />
            ))}
          </div>
        </div>
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
