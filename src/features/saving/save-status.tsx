import './saving.css';
import { useEffect } from 'react';
import { useSave } from '../../store/selectors';
import { useBoardsStore } from '../../store/boards-store';
import { showToast } from '../../ui/toast-store';

/** A quiet word in the header: the room can see that the work is safe. */
export function SaveStatus() {
  const save = useSave();
  // A word from storage worth telling once, e.g. that it was cleared and written again.
  useEffect(() => {
    if (!save.notice) return;
    showToast(save.notice);
    useBoardsStore.getState().setSave({ notice: null });
  }, [save.notice]);
  const text =
    save.mode === 'memory'
      ? 'Not saved: storage unavailable'
      : save.mode === 'failing'
        ? 'Not saved'
        : save.pending
          ? 'Saving…'
          : 'Saved';
  const tone = save.mode === 'ok' ? (save.pending ? 'pending' : 'ok') : 'bad';
  return (
    <span className={`save-status save-status--${tone}`} role="status" aria-live="polite">
      {text}
    </span>
  );
}
