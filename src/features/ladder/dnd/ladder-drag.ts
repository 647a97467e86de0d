import { useSyncExternalStore } from 'react';

/**
 * The ladder registers one draggable for the whole grid, not one per chip: a dnd-kit
 * draggable re-renders whenever a drag starts, moves to another cell or ends, and with a
 * thousand chips that alone held up each pick-up for a tenth of a second. A press on a chip
 * points this draggable at the chip (which one is kept beside it) and hands the event on.
 */
export const LADDER_DRAGGABLE = 'ladder-chip';

/** What a cell tells the drag about itself. */
export interface CellData {
  rowId: string;
  rowLabel: string;
  horizonId: string;
  horizonTitle: string;
}

export const cellDropId = (horizonId: string, rowId: string) => `cell:${horizonId}:${rowId}`;

/** The chip a pointer or key press is on, if any. */
export function chipAt(target: EventTarget | null): { node: HTMLElement; id: string } | null {
  const node =
    target instanceof Element ? target.closest<HTMLElement>('[data-milestone-id]') : null;
  const id = node?.dataset.milestoneId;
  return node && id ? { node, id } : null;
}

/**
 * The chips' side of a drag. `grabbed` is the chip the grid's draggable was last pointed at:
 * set on the press, before any drag event, and kept after the drop for the announcement
 * that follows it. `lifted` is the chip being dragged, told to each chip through its own
 * subscription: when it changes the chip put down and the chip picked up re-render, and
 * no other.
 */
export interface ChipDrag {
  grabbed(): string | null;
  grab(id: string): void;
  lifted(): string | null;
  lift(id: string | null): void;
  subscribe(listener: () => void): () => void;
}

export function createChipDrag(): ChipDrag {
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

export function useIsLifted(drag: ChipDrag, id: string): boolean {
  return useSyncExternalStore(drag.subscribe, () => drag.lifted() === id);
}
