import { useState } from 'react';
import { MAX_TIMER_MINUTES, TIMER_PRESETS_MINUTES, startTimer } from '../../domain/timer';
import { FormDialog } from '../../ui/form-dialog';
import { TextField } from '../../ui/text-field';
import { setBoardTimer } from './timer-store';
import './workshop-timer.css';

/** Starts the timebox now; in a live session, for everyone. */
const startNow = (boardId: string | undefined, minutes: number) =>
  setBoardTimer(boardId, startTimer(minutes, Date.now()));

/** Starts a timebox: a preset or minutes of one's own. */
export function TimerDialog({ boardId, onClose }: { boardId?: string; onClose: () => void }) {
  const onStart = (minutes: number) => {
    startNow(boardId, minutes);
    onClose();
  };
  const [custom, setCustom] = useState('15');
  const [error, setError] = useState<string | null>(null);
  const submit = () => {
    const minutes = Number(custom);
    if (!Number.isFinite(minutes) || minutes <= 0 || minutes > MAX_TIMER_MINUTES) {
      setError(`Choose between 1 and ${MAX_TIMER_MINUTES} minutes.`);
      return;
    }
    onStart(minutes);
  };
  return (
    <FormDialog
      title="Timebox"
      onClose={onClose}
      description="A calm countdown in the corner of the screen."
      onSubmit={submit}
      submitLabel="Start"
    >
      <div className="button-row timer-presets">
        {TIMER_PRESETS_MINUTES.map((m) => (
          <button key={m} type="button" className="button" onClick={() => onStart(m)}>
            {m} minutes
          </button>
        ))}
      </div>
      <TextField
        label="Or minutes of your own"
        controlClassName="timer-custom"
        type="number"
        min={1}
        max={MAX_TIMER_MINUTES}
        value={custom}
        error={error}
        onChange={(value) => {
          setCustom(value);
          setError(null);
        }}
      />
    </FormDialog>
  );
}
