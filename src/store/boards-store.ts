import { create } from 'zustand';
import { createBoardsSlice, type BoardsSlice } from './boards-slice';
import { createBoardDocumentSlice, type BoardDocumentSlice } from './document-slice';
import { createWorkshopSlice, type WorkshopSlice } from './workshop-slice';
import { createHistorySlice, type HistorySlice } from './history-slice';

/**
 * The one store, made of slices (the zustand docs' slices pattern): the boards and how they
 * load and save; edits of a board's document; the workshop; undo and redo. Every slice sees
 * the whole state, and every edit of a board goes through the history slice's `commit`.
 */
export type BoardsState = BoardsSlice & BoardDocumentSlice & WorkshopSlice & HistorySlice;

export type {
  DamagedRecord,
  DeletedBoard,
  ImportPlacement,
  LoadStatus,
  RepairedRecord,
  SaveState,
} from './boards-slice';
export { HISTORY_LIMIT, type LiveUndo, type Outcome } from './history-slice';

/** A fresh store; the app uses the one below, tests make their own. */
export const createBoardsStore = () =>
  create<BoardsState>()((...api) => ({
    ...createBoardsSlice(...api),
    ...createBoardDocumentSlice(...api),
    ...createWorkshopSlice(...api),
    ...createHistorySlice(...api),
  }));

export const useBoardsStore = createBoardsStore();
