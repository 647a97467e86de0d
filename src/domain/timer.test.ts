import { describe, expect, it } from 'vitest';
import {
  addMinute,
  formatRemaining,
  isTimeUp,
  parseTimer,
  pauseTimer,
  remainingMs,
  resumeTimer,
  startTimer,
} from './timer';

const T = 1_000_000;

describe('the workshop timer', () => {
  it('runs down from its duration and is up at the end', () => {
    const timer = startTimer(5, T);
    expect(remainingMs(timer, T)).toBe(300_000);
    expect(formatRemaining(remainingMs(timer, T + 55_500))).toBe('4:05');
    expect(isTimeUp(timer, T + 299_999)).toBe(false);
    expect(isTimeUp(timer, T + 400_000)).toBe(true);
    expect(remainingMs(timer, T + 400_000)).toBe(0);
  });

  it('pauses and resumes where it was', () => {
    const paused = pauseTimer(startTimer(2, T), T + 30_000);
    expect(remainingMs(paused, T + 999_999)).toBe(90_000);
    const resumed = resumeTimer(paused, T + 500_000);
    expect(remainingMs(resumed, T + 510_000)).toBe(80_000);
    expect(pauseTimer(paused, T)).toBe(paused);
    expect(resumeTimer(resumed, T)).toBe(resumed);
  });

  it('adds a minute, from now once the time is up', () => {
    const timer = startTimer(2, T);
    expect(remainingMs(addMinute(timer, T + 60_000), T + 60_000)).toBe(120_000);
    expect(remainingMs(addMinute(timer, T + 999_000), T + 999_000)).toBe(60_000);
    expect(addMinute(pauseTimer(timer, T), T)).toMatchObject({
      kind: 'paused',
      remainingMs: 180_000,
    });
  });

  it('keeps custom lengths within reason', () => {
    expect(startTimer(0, T).durationMs).toBe(15_000);
    expect(startTimer(10_000, T).durationMs).toBe(180 * 60_000);
  });

  it('reads back only a timer it wrote', () => {
    const timer = startTimer(5, T);
    expect(parseTimer(JSON.parse(JSON.stringify(timer)))).toEqual(timer);
    expect(parseTimer(pauseTimer(timer, T))).toEqual(pauseTimer(timer, T));
    expect(parseTimer(null)).toBeNull();
    expect(parseTimer({ kind: 'running', durationMs: -1, endsAt: 5 })).toBeNull();
    expect(parseTimer({ kind: 'other' })).toBeNull();
  });
});
