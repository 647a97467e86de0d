import { useMemo, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import {
  KeyboardCode,
  type KeyboardCoordinateGetter,
  type KeyboardSensorOptions,
} from '@dnd-kit/core';
import { besideIndex, keyboardPlace, type KeyboardStep } from '../../../domain/drag-preview';
import { bringIntoList, laidOutCards, listSelector } from './card-drag';
import type { DragData } from './drag-ids';
import type { DragState } from './use-board-drag';

const KEYBOARD_STEPS: Partial<Record<string, KeyboardStep>> = {
  [KeyboardCode.Up]: 'up',
  [KeyboardCode.Down]: 'down',
  [KeyboardCode.Left]: 'left',
  [KeyboardCode.Right]: 'right',
};

/**
 * Left and right during a keyboard drag of a horizon: to the neighbouring horizon's place.
 * Returns the top-left corner the dragged horizon should move to, as dnd-kit expects.
 */
const horizonKeyboardCoordinates: KeyboardCoordinateGetter = (event, { context }) => {
  const { collisionRect, droppableRects, droppableContainers, active } = context;
  if (event.code !== KeyboardCode.Left && event.code !== KeyboardCode.Right) return undefined;
  if (!collisionRect || !active) return undefined;
  event.preventDefault();
  const columns = droppableContainers
    .getEnabled()
    .filter((container) => {
      const data = container.data.current as DragData | undefined;
      return container.id !== active.id && data?.kind === 'horizon' && !data.side;
    })
    .map((container) => droppableRects.get(container.id))
    .filter((rect) => rect !== undefined)
    .sort((a, b) => a.left - b.left);
  const right = event.code === KeyboardCode.Right;
  const target = right
    ? columns.find((rect) => rect.left > collisionRect.left)
    : columns.findLast((rect) => rect.left < collisionRect.left);
  return target ? { x: target.left, y: collisionRect.top } : undefined;
};

/**
 * The arrow keys move a lifted card through the preview, drawn at once, and tell dnd-kit
 * to move the lifted card's image to where the card now is. A lifted horizon steps left
 * and right among the horizons.
 */
export function useKeyboardOptions(
  dragRef: RefObject<DragState | null>,
  place: (column: string, index: number) => void,
  root: RefObject<HTMLElement | null>,
): KeyboardSensorOptions {
  return useMemo<KeyboardSensorOptions>(() => {
    const coordinateGetter: KeyboardCoordinateGetter = (event, args) => {
      const current = dragRef.current;
      if (current?.kind === 'horizon') return horizonKeyboardCoordinates(event, args);
      const step = KEYBOARD_STEPS[event.code];
      if (!current || !step) return undefined;
      event.preventDefault();
      const next = keyboardPlace(current.preview, current.activeId, current.columns, step);
      const { collisionRect } = args.context;
      if (!next || !root.current) return undefined;
      // Into another column: beside the card there at the height the lifted card is at.
      const index =
        (step === 'left' || step === 'right') && collisionRect
          ? besideIndex(
              laidOutCards(root.current, next.column, current.activeId),
              collisionRect.top + collisionRect.height / 2,
              next.index,
            )
          : next.index;
      flushSync(() => place(next.column, index));
      const node = root.current.querySelector<HTMLElement>(
        `${listSelector(next.column)} [data-milestone-id="${current.activeId}"]`,
      );
      if (!node) return undefined;
      bringIntoList(node);
      const rect = node.getBoundingClientRect();
      return { x: rect.left, y: rect.top };
    };
    return {
      coordinateGetter,
      keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] },
    };
  }, [dragRef, place, root]);
}
