import { createContext, useContext } from 'react';

export interface BoardContextValue {
  boardId: string;
  openMilestone: (id: string) => void;
  deleteMilestone: (id: string) => void;
  editHorizon: (id: string) => void;
}

export const BoardContext = createContext<BoardContextValue | null>(null);

/** The board a component is part of. Stable for the life of the board page. */
export function useBoardContext(): BoardContextValue {
  const value = useContext(BoardContext);
  if (!value) throw new Error('useBoardContext outside a board');
  return value;
}
