import './save-status.css';
import { useEffect } from 'react';
import { useMatch } from 'react-router-dom';
import { paths } from '../../config/paths';
import { useSave } from '../../store/selectors';
import { useBoardsStore } from '../../store/boards-store';
import { showToast } from '../../ui/toast-store';

/**
 * A quiet word in the header: the room can see that the work is safe. It says "Saved" only
 * when it is true — not while boards are still opening, not on the error screen, and not on
 * a shared board, which is a read-only copy that nothing saves.
 */
export function SaveStatus() {
  const save = useSave();
  const status = useBoardsStore((s) => s.status);
  const onSharedPage = useMatch(paths.shared.path) !== null;
  // A word from storage worth telling once, e.g. that it was cleared and written again.
  useEffect(() => {
    if (!save.notice) return;
    showToast(save.notice);
    useBoardsStore.getState().setSave({ notice: null });
  }, [save.notice]);
  const [text, tone] =
    status === 'loading' || onSharedPage
      ? ['', 'quiet']
      : status === 'error'
        ? ['Not saving', 'bad']
        : save.mode === 'memory'
          ? ['Not saved: storage unavailable', 'bad']
          : save.mode === 'failing'
            ? ['Not saved', 'bad']
            : save.pending
              ? ['Saving…', 'pending']
              : ['Saved', 'ok'];
  return (
    <span className={`save-status save-status--${tone}`} role="status" aria-live="polite">
      {text}
    </span>
  );
}
