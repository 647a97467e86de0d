import { openRound } from '../../domain/voting';
import { useBoardsStore } from '../../store/boards-store';
import { lazyWhen } from '../../ui/lazy';

/**
 * The voting bar's place above the board: its code loads when a round opens (or when a board
 * opens with one open), not with every board.
 */
export const VotingBar = lazyWhen(
  () => import('./voting-bar').then((m) => m.VotingBar),
  ({ boardId }) =>
    useBoardsStore((s) => {
      const board = s.boards[boardId];
      return Boolean(board && openRound(board));
    }),
);
