import { useSyncExternalStore } from 'react';
import { parseTimer, type TimerState } from '../../domain/timer';
import { readPersistent, writePersistent } from '../../ui/persistent-state';
import { changeRoom, useLiveRoom, useRoom } from '../../store/live-room';

const KEY = 'partner-horizons:timer';

const decode = (raw: string) => parseTimer(JSON.parse(raw)) ?? undefined;

/**
 * The timebox: one per browser tab, kept in the browser so a reload in the middle of a
 * brainstorm keeps it. The dialog starts it, the widget in the corner runs it.
 */
let timer: TimerState | null | undefined;
const listeners = new Set<() => void>();

function current(): TimerState | null {
  if (timer === undefined) timer = readPersistent(KEY, decode) ?? null;
  return timer;
}

export function setTimer(next: TimerState | null): void {
  timer = next;
  writePersistent(KEY, next ? JSON.stringify(next) : undefined);
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    // Read afresh when next shown: another tab may have started or stopped a timer.
    if (!listeners.size) timer = undefined;
  };
}

export const useWorkshopTimer = () => useSyncExternalStore(subscribe, current);

/**
 * The timebox of a board: in a live session the room's, the same on every laptop (start,
 * pause and a minute more reach everyone); otherwise this tab's.
 */
export function useBoardTimer(boardId: string | undefined): TimerState | null {
  const local = useWorkshopTimer();
  const room = useRoom(boardId ?? '');
  return room ? room.timer : local;
}

export function setBoardTimer(boardId: string | undefined, next: TimerState | null): void {
  if (boardId && useLiveRoom.getState().rooms[boardId]) changeRoom(boardId, { timer: next });
  else setTimer(next);
}
