import { exampleCount } from '../../domain/examples';
import { useBoardsStore } from '../../store/boards-store';
import { lazyComponent } from '../../ui/lazy';

const LazyNotice = lazyComponent(() => import('./examples-notice').then((m) => m.ExamplesNotice));

/** The starter template's notice: its code loads for a board that still holds examples. */
export function ExamplesNotice({ boardId }: { boardId: string }) {
  const has = useBoardsStore((s) => {
    const board = s.boards[boardId];
    return board ? exampleCount(board) > 0 : false;
  });
  return has ? <LazyNotice boardId={boardId} /> : null;
}
