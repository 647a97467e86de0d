import { exampleCount } from '../../domain/examples';
import { useBoardsStore } from '../../store/boards-store';
import { lazyWhen } from '../../ui/lazy';

/** The starter template's notice: its code loads for a board that still holds examples. */
export const ExamplesNotice = lazyWhen(
  () => import('./examples-notice').then((m) => m.ExamplesNotice),
  ({ boardId }) =>
    useBoardsStore((s) => {
      const board = s.boards[boardId];
      return board ? exampleCount(board) > 0 : false;
    }),
);
