import { create } from 'zustand';
import { markLiveHere } from './live-boards';
import type { Invite } from './invite';

/**
 * What the board shows of its live session: loaded with the board, small, and without the
 * live client itself (Yjs, the relay's client), which loads when a session starts.
 */

export type LiveStatus =
  /** Reaching the relay, or waiting for the room's board. */
  | 'connecting'
  | 'live'
  /** The relay is out of reach: edits go on here and sync when it is back. */
  | 'paused'
  /** The relay turned this link away (wrong or old secret): nothing more is tried. */
  | 'refused'
  /** The board grew past what the relay holds: the session stopped, the board is kept. */
  | 'too-large'
  /** The session's board cannot be read here (a newer version made it): nothing is written. */
  | 'stopped';

/** Someone in the session, as their laptop says. */
export interface Person {
  clientId: number;
  /** Their participant on the board, when they sent one. */
  participantId: string | null;
  name: string;
  initials: string;
  color: string;
  me: boolean;
}

/** Who this person is in the session: a participant of the board, by id when they are one. */
export interface Me {
  name: string;
  participantId?: string;
}

export interface LiveView {
  status: LiveStatus;
  invite: Invite;
  me: Me;
  people: Person[];
  /** Only for refused, too-large and stopped: what happened, in plain words. */
  message?: string;
  /** The technical side of `message`, shown folded. */
  detail?: string;
}

interface LiveState {
  /** By board id: the boards this tab has a live session of. */
  views: Record<string, LiveView>;
}

export const useLiveStore = create<LiveState>()(() => ({ views: {} }));

export const useLiveView = (boardId: string): LiveView | undefined =>
  useLiveStore((s) => s.views[boardId]);

export function setLiveView(boardId: string, patch: Partial<LiveView> & Pick<LiveView, 'status'>) {
  useLiveStore.setState((s) => {
    const current = s.views[boardId];
    if (!current && !('invite' in patch && 'me' in patch)) return s;
    const next = { people: [], ...current, ...patch } as LiveView;
    if (next.status !== 'refused' && next.status !== 'too-large' && next.status !== 'stopped') {
      delete next.message;
      delete next.detail;
    }
    return { views: { ...s.views, [boardId]: next } };
  });
  // The board bar loads the badge for the boards that have a session here.
  if (useLiveStore.getState().views[boardId]) markLiveHere(boardId);
}

export function clearLiveView(boardId: string) {
  useLiveStore.setState((s) => {
    const views = { ...s.views };
    delete views[boardId];
    return { views };
  });
}
