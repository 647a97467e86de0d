import { useMemo } from 'react';
import { DndContext, DragOverlay } from '@dnd-kit/core';
import { SortableContext, horizontalListSortingStrategy } from '@dnd-kit/sortable';
import { SIDE_AREAS } from '../../domain/milestones';
import type { Horizon } from '../../domain/schema';
import { useHorizons } from '../../store/selectors';
import { useBoardContext } from '../../ui/board/board-context';
import { HorizonColumn, HorizonPreview } from './horizon-column';
import { SideArea } from './side-area';
import { MilestoneCardPreview } from './milestone-card';
import { boardCollision } from './dnd/collision';
import { horizonDragId } from './dnd/drag-ids';
import { SCREEN_READER_INSTRUCTIONS, useBoardAnnouncements } from './dnd/board-announcements';
import { useBoardDrag } from './dnd/use-board-drag';
import './board-canvas.css';

const DROP_ANIMATION = { duration: 150, easing: 'ease-out' };

const NO_HORIZONS: Horizon[] = [];

export function BoardCanvas() {
  const { boardId } = useBoardContext();
  const horizons = useHorizons(boardId) ?? NO_HORIZONS;
  const { drag, dragRef, sensors, onDragStart, onDragOver, onDragEnd, onDragCancel } =
    useBoardDrag(boardId);
  const announcements = useBoardAnnouncements(boardId, dragRef);

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
