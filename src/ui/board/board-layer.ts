import { createContext, useContext, type RefObject } from 'react';

/**
 * Where a layer drawn over a view's cards sits (a pathway's arrows): the element that scrolls
 * the cards, and whether a card is being dragged. The horizons and the ladder each provide it
 * around what the page draws over them.
 */
export interface BoardLayer {
  container: RefObject<HTMLElement | null>;
  dragging: boolean;
}

export const BoardLayerContext = createContext<BoardLayer | null>(null);

export function useBoardLayer(): BoardLayer {
  const layer = useContext(BoardLayerContext);
  if (!layer) throw new Error('useBoardLayer outside a board view');
  return layer;
}
