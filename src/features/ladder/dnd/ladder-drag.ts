/** The one draggable the ladder's chips share (see ui/board/item-drag.ts). */
export const LADDER_DRAGGABLE = 'ladder-chip';

/** What a cell tells the drag about itself. */
export interface CellData {
  rowId: string;
  rowLabel: string;
  horizonId: string;
  horizonTitle: string;
}

export const cellDropId = (horizonId: string, rowId: string) => `cell:${horizonId}:${rowId}`;
