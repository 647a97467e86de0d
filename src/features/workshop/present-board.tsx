import { useBoard } from '../../store/selectors';
import { Presentation } from './presentation';

/** Presenting a board: the presentation shows all of it, so it follows all of it. */
export function PresentBoard({ boardId, onClose }: { boardId: string; onClose: () => void }) {
  const board = useBoard(boardId);
  return board ? <Presentation board={board} onClose={onClose} /> : null;
}
