import { useEffect, useState } from 'react';
import { setBoardTimer, useBoardTimer } from './timer-store';
import {
  addMinute,
  formatRemaining,
  isTimeUp,
  pauseTimer,
  remainingMs,
  resumeTimer,
  type TimerState,
} from '../../domain/timer';
import { Icon } from '../../ui/icon';
import './workshop-timer.css';

/**
 * The running timebox, at the top: pause, resume, a minute more, stop. `timeOnly` shows the
 * time alone, as on the slides, where the room needs to see it but not the facilitator's
 * buttons.
 */
export function TimerWidget({
  boardId,
  timeOnly = false,
}: {
  /** The board it times: in a live session, its room's timebox. */
  boardId?: string;
  timeOnly?: boolean;
}) {
  const timer = useBoardTimer(boardId);
  return timer ? (
    <RunningTimer
      timer={timer}
      onChange={(next) => setBoardTimer(boardId, next)}
      timeOnly={timeOnly}
    />
  ) : null;
}

function RunningTimer({
  timer,
  onChange,
  timeOnly,
}: {
  timer: TimerState;
  onChange: (timer: TimerState | null) => void;
  timeOnly: boolean;
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
    <section
      className={`timer${done ? ' timer--done' : ''}${timeOnly ? ' timer--time-only' : ''}`}
      aria-label="Timer"
    >
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
      {!timeOnly && <TimerControls timer={timer} done={done} onChange={onChange} />}
    </section>
  );
}

function TimerControls({
  timer,
  done,
  onChange,
}: {
  timer: TimerState;
  done: boolean;
  onChange: (timer: TimerState | null) => void;
}) {
  return (
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
  );
}
