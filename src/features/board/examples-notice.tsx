import { exampleCount } from '../../domain/examples';
import { useBoardsStore } from '../../store/boards-store';
import { showToast } from '../../ui/toast-store';
import './examples-notice.css';

const examples = (n: number) => `${n} example ${n === 1 ? 'milestone' : 'milestones'}`;

/** Clears the examples as one step and offers Undo, as deleting a milestone does. */
export function clearExamplesWithUndo(boardId: string) {
  const store = useBoardsStore.getState();
  const board = store.boards[boardId];
  const count = board ? exampleCount(board) : 0;
  if (!count) return;
  store.clearExamples(boardId);
  // The notice goes with them: focus goes where the team starts on its own.
  requestAnimationFrame(() => document.querySelector<HTMLElement>('.quick-add__input')?.focus());
  showToast(`Cleared ${examples(count)}. Add your own in any horizon.`, {
    label: 'Undo',
    run: () => useBoardsStore.getState().undo(boardId),
  });
}

/**
 * One line over a board made from the starter template: its examples are examples, and one
 * button clears them all. Nothing once the board holds none.
 */
export function ExamplesNotice({ boardId }: { boardId: string }) {
  const count = useBoardsStore((s) => {
    const board = s.boards[boardId];
    return board ? exampleCount(board) : 0;
  });
  if (!count) return null;
  return (
    <p className="examples-notice">
      <span className="examples-notice__text">
        {examples(count)} {count === 1 ? 'shows' : 'show'} how a board reads.
      </span>{' '}
      <button
        type="button"
        className="button examples-notice__clear"
        onClick={() => clearExamplesWithUndo(boardId)}
      >
        Clear examples
      </button>
    </p>
  );
}
