import { useSyncExternalStore, type SyntheticEvent } from 'react';

/**
 * The ladder and the horizons register one dnd-kit draggable for all their cards, not one
 * per card: a dnd-kit draggable re-renders whenever a drag starts, moves to another target
 * or ends, and with a thousand cards that alone held up each pick-up for a tenth of a
 * second (and, on a slow laptop, for half a second). A press on a card points the shared
 * draggable at it (which one is kept here) and hands the event on.
 */

/** The card a pointer or key press is on, if any. */
export function itemAt(target: EventTarget | null): { node: HTMLElement; id: string } | null {
  const node =
    target instanceof Element ? target.closest<HTMLElement>('[data-milestone-id]') : null;
  const id = node?.dataset.milestoneId;
  return node && id ? { node, id } : null;
}

/**
 * The cards' side of a drag. `grabbed` is the card the shared draggable was last pointed
 * at: set on the press, before any drag event, and kept after the drop for the
 * announcement that follows it. `lifted` is the card being dragged, told to each card
 * through its own subscription: when it changes the card put down and the card picked up
 * re-render, and no other.
 */
export interface ItemDrag {
  grabbed(): string | null;
  grab(id: string): void;
  lifted(): string | null;
  lift(id: string | null): void;
  subscribe(listener: () => void): () => void;
}

export function createItemDrag(): ItemDrag {
  let grabbed: string | null = null;
  let lifted: string | null = null;
  const listeners = new Set<() => void>();
  return {
    grabbed: () => grabbed,
    grab(id) {
      grabbed = id;
    },
    lifted: () => lifted,
    lift(id) {
      if (id === lifted) return;
      lifted = id;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export function useIsLifted(drag: ItemDrag, id: string): boolean {
  return useSyncExternalStore(drag.subscribe, () => drag.lifted() === id);
}

/**
 * A press (mouse, touch or key) on a card: points the shared draggable at the card it is
 * on and hands the event to the draggable's sensor listener. Nothing while a drag is under
 * way: then its keys and pointer belong to the sensor.
 */
export function pickUp(
  drag: ItemDrag,
  dragging: boolean,
  setNodeRef: (node: HTMLElement | null) => void,
  event: SyntheticEvent,
  listener: unknown,
): void {
  const item = dragging ? null : itemAt(event.target);
  if (!item || typeof listener !== 'function') return;
  drag.grab(item.id);
  setNodeRef(item.node);
  (listener as (event: SyntheticEvent) => void)(event);
}
