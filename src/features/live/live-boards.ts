import { readPersistent } from '../../ui/persistent-state';

/**
 * Which boards need the live code at all: the ones with a session in this tab, and the ones
 * this browser keeps a session of to go back to. Loaded with every board, so kept small: the
 * badge, the store of live views and the live client load only for such a board.
 */

const liveHere = new Set<string>();
const listeners = new Set<() => void>();

/** The live code says a board has a session in this tab (see live-store.ts). */
export function markLiveHere(boardId: string): void {
  if (liveHere.has(boardId)) return;
  liveHere.add(boardId);
  for (const listener of listeners) listener();
}

export function subscribeLiveHere(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const isLiveHere = (boardId: string): boolean => liveHere.has(boardId);

/** Where sessions to go back to are kept (remembered.ts reads and writes them). */
export const SESSIONS_KEY = 'ph-live-sessions';

/**
 * Whether this browser keeps a session of the board to go back to: a quick look, so that the
 * board loads the live client only then; remembered.ts checks what is kept.
 */
export function hasRememberedSession(boardId: string): boolean {
  return (
    readPersistent(SESSIONS_KEY, (raw) => {
      const kept: unknown = JSON.parse(raw);
      return typeof kept === 'object' && kept !== null && Object.hasOwn(kept, boardId);
    }) ?? false
  );
}
