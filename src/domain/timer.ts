/**
 * A workshop timebox. Plain data, so it can be kept in the browser and survive a reload:
 * while running it holds the moment it ends, while paused the time that was left.
 */
export type TimerState =
  | { kind: 'running'; durationMs: number; endsAt: number }
  | { kind: 'paused'; durationMs: number; remainingMs: number };

export const TIMER_PRESETS_MINUTES = [2, 5, 10] as const;
export const MAX_TIMER_MINUTES = 180;

export function startTimer(minutes: number, now: number): TimerState {
  const clamped = Math.min(MAX_TIMER_MINUTES, Math.max(0.25, minutes));
  const durationMs = Math.round(clamped * 60_000);
  return { kind: 'running', durationMs, endsAt: now + durationMs };
}

export function remainingMs(timer: TimerState, now: number): number {
  return timer.kind === 'running' ? Math.max(0, timer.endsAt - now) : timer.remainingMs;
}

export const isTimeUp = (timer: TimerState, now: number) => remainingMs(timer, now) === 0;

export function pauseTimer(timer: TimerState, now: number): TimerState {
  return timer.kind === 'paused'
    ? timer
    : { kind: 'paused', durationMs: timer.durationMs, remainingMs: remainingMs(timer, now) };
}

export function resumeTimer(timer: TimerState, now: number): TimerState {
  return timer.kind === 'running'
    ? timer
    : { kind: 'running', durationMs: timer.durationMs, endsAt: now + timer.remainingMs };
}

/** One more minute, from now if the time was already up. */
export function addMinute(timer: TimerState, now: number): TimerState {
  const left = remainingMs(timer, now) + 60_000;
  const durationMs = timer.durationMs + 60_000;
  return timer.kind === 'running'
    ? { kind: 'running', durationMs, endsAt: now + left }
    : { kind: 'paused', durationMs, remainingMs: left };
}

/** "4:05"; rounds up, so the display reads 0:00 only when the time is really up. */
export function formatRemaining(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** Reads a stored timer, or null when there is none or it is not one. */
export function parseTimer(value: unknown): TimerState | null {
  if (typeof value !== 'object' || value === null) return null;
  const t = value as Record<string, unknown>;
  const num = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v >= 0;
  if (t.kind === 'running' && num(t.durationMs) && num(t.endsAt)) {
    return { kind: 'running', durationMs: t.durationMs as number, endsAt: t.endsAt as number };
  }
  if (t.kind === 'paused' && num(t.durationMs) && num(t.remainingMs)) {
    return {
      kind: 'paused',
      durationMs: t.durationMs as number,
      remainingMs: t.remainingMs as number,
    };
  }
  return null;
}
