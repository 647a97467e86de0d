import { useEffect } from 'react';
import { placeOf, type DragPreview } from '../../../domain/drag-preview';
import { setActivity } from '../../../store/live-room';

/**
 * In a live session, the others see which card this person moves and to which column, as it
 * goes (store/live-room.ts; the session sends it on, throttled). Outside one, nobody listens.
 */
export function useShareDrag(
  boardId: string,
  drag: { kind: 'milestone' | 'horizon'; activeId: string; preview: DragPreview } | null,
) {
  const moving = drag?.kind === 'milestone' ? drag.activeId : null;
  const columnId = moving ? placeOf(drag!.preview, moving)?.column : undefined;
  useEffect(() => {
    setActivity(
      boardId,
      moving && columnId ? { milestoneId: moving, action: 'moving', columnId } : null,
    );
  }, [boardId, moving, columnId]);
}
