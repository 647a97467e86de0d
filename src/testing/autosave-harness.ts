import { afterEach, beforeEach, vi } from 'vitest';
import type { Autosave } from '../persistence/autosave';

/** A page the persistence client can listen to (hidden, closed) without a real document. */
export const windowLike = () =>
  Object.assign(new EventTarget(), { document: undefined }) as unknown as Window;

/**
 * Saving runs on timers, which each test moves: nothing waits for the clock. IndexedDB
 * (fake-indexeddb) schedules its work with setImmediate, which stays real. Every autosave a
 * test puts in the returned list is stopped after it.
 */
export function withSaveClock(): Autosave[] {
  const running: Autosave[] = [];
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(() => {
    for (const autosave of running.splice(0)) autosave.stop();
    vi.useRealTimers();
  });
  return running;
}
