import { useEffect, useState } from 'react';
import { setTimer, useWorkshopTimer } from './timer-store';
import {
  MAX_TIMER_MINUTES,
  TIMER_PRESETS_MINUTES,
  addMinute,
  formatRemaining,
  isTimeUp,
  pauseTimer,
  remainingMs,
  resumeTimer,
  startTimer,
  type TimerState,
} from '../../domain/timer';
import { FormDialog } from '../../ui/form-dialog';
import { Icon } from '../../ui/icon';
import { TextField } from '../../ui/text-field';
import './workshop-timer.css';

/** Starts the timebox now. */
const startNow = (minutes: number) => setTimer(startTimer(minutes, Date.now()));

/** Starts a timebox: a preset or minutes of one's own. */
export function TimerDialog({ onClose }: { onClose: () => void }) {
  const onStart = (minutes: number) => {
    startNow(minutes);
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

/** The running timebox, in the corner: pause, resume, a minute more, stop. */
export function TimerWidget() {
  const timer = useWorkshopTimer();
  return timer ? <RunningTimer timer={timer} onChange={setTimer} /> : null;
}

function RunningTimer({
  timer,
  onChange,
}: {
  timer: TimerState;
  onChange: (timer: TimerState | null) => void;
}) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (timer.kind !== 'running') return;
    const id = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(id);
  }, [timer]);
  const left = remainingMs(timer, now);
  const done = isTimeUp(timer, now);
  return (
    <section className={`timer${done ? ' timer--done' : ''}`} aria-label="Timer">
      <p className="timer__time" aria-hidden={!done && timer.kind === 'running'}>
        {done ? 'Time’s up' : formatRemaining(left)}
      </p>
      <p className="visually-hidden" role="status">
        {done
          ? 'Time is up.'
          : timer.kind === 'paused'
            ? `Timer paused at ${formatRemaining(left)}.`
            : ''}
      </p>
      <div className="timer__controls">
        {timer.kind === 'running' && !done ? (
          <button
            type="button"
            className="button"
            onClick={() => onChange(pauseTimer(timer, Date.now()))}
          >
            Pause
          </button>
        ) : (
          !done && (
            <button
              type="button"
              className="button"
              onClick={() => onChange(resumeTimer(timer, Date.now()))}
            >
              Resume
            </button>
          )
        )}
        <button
          type="button"
          className="button"
          onClick={() => onChange(addMinute(timer, Date.now()))}
        >
          +1 min
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label="Stop the timer"
          onClick={() => onChange(null)}
        >
          <Icon name="close" />
        </button>
      </div>
    </section>
  );
}
