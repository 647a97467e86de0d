import './saving.css';
import { useSave } from '../../store/selectors';

/** A quiet word in the header: the room can see that the work is safe. */
export function SaveStatus() {
  const save = useSave();
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
