import { createContext } from 'react';
import type { LaidOutCard } from '../../../domain/drag-preview';
import type { ItemDrag } from '../../../ui/board/item-drag';

/** What every card needs from the board's one card draggable; stable while a board is open. */
export interface CardDragContextValue {
  drag: ItemDrag;
  /** The drag instructions' id, for the card's aria-describedby. */
  describedBy: string;
  /**
   * Called by the lifted card with its node each time it is drawn anew: a card moved to
   * another column during a drag is a new element there, and the draggable (its drop
   * animation, its focus) follows it.
   */
  bindLifted(node: HTMLElement): void;
}

export const CardDragContext = createContext<CardDragContextValue | null>(null);

/** The scrolling list of a column's cards (see card-list.tsx). */
export const listSelector = (columnId: string) => `[data-card-list="${columnId}"]`;

/** The cards a column has mounted, where the page has laid them out now. */
export function laidOutCards(root: HTMLElement, column: string, activeId: string): LaidOutCard[] {
  const list = root.querySelector(listSelector(column));
  if (!list) return [];
  const cards: LaidOutCard[] = [];
  for (const node of list.querySelectorAll<HTMLElement>('[data-milestone-id]')) {
    const rect = node.getBoundingClientRect();
    cards.push({
      index: Number(node.dataset.index),
      middle: rect.top + rect.height / 2,
      lifted: node.dataset.milestoneId === activeId,
    });
  }
  return cards;
}

/** Keeps a card in view inside its own list, without scrolling anything else. */
export function bringIntoList(node: HTMLElement) {
  const list = node.closest<HTMLElement>('[data-card-list]');
  if (!list) return;
  const box = list.getBoundingClientRect();
  const rect = node.getBoundingClientRect();
  if (rect.top < box.top) list.scrollTop -= box.top - rect.top;
  else if (rect.bottom > box.bottom)
    list.scrollTop += Math.min(rect.top - box.top, rect.bottom - box.bottom);
}
