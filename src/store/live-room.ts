import { create } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { TimerState } from '../domain/timer';

/**
 * What a live session shares beyond the board, per board: who this person is in it, who
 * else is there and what they are doing. Session state, never saved. The live feature fills
 * it from the room; the board and the workshop read it, so neither needs the live client.
 */

/** What someone is doing to a milestone: editing it, or moving it (to which column). */
export type Activity =
  | { milestoneId: string; action: 'editing' }
  | { milestoneId: string; action: 'moving'; columnId: string };

/** Someone else in the session. */
export interface Peer {
  clientId: number;
  /** Their participant on the board, when they sent one. */
  participantId: string | null;
  name: string;
  initials: string;
  /** A name in PARTICIPANT_COLORS. */
  color: string;
  activity: Activity | null;
}

/**
 * What the room shares beyond the board and presence, the same on every laptop: who runs
 * the workshop, the timebox, and the slide being presented (null when nobody presents).
 */
export interface Room {
  /** The participant id of whoever facilitates: they reveal and close votes, and present. */
  facilitator: string | null;
  timer: TimerState | null;
  slide: number | null;
}

export const EMPTY_ROOM: Room = { facilitator: null, timer: null, slide: null };

interface LiveRoomState {
  /** The shared state of each board's room; a board that is not live has none. */
  rooms: Record<string, Room>;
  /** This person's participant id in each board's live session. */
  me: Record<string, string | null>;
  /** The others in each board's live session. */
  peers: Record<string, readonly Peer[]>;
  /** What this person is doing on a board, for the session to tell the others. */
  activity: { boardId: string; activity: Activity } | null;
}

export const useLiveRoom = create<LiveRoomState>()(() => ({
  rooms: {},
  me: {},
  peers: {},
  activity: null,
}));

/** The room of a live board, or undefined when it is not live in this tab. */
export const useRoom = (boardId: string): Room | undefined => useLiveRoom((s) => s.rooms[boardId]);

/**
 * How this laptop takes part in a live board: as whom, and whether it facilitates. Undefined
 * when the board is not live here: then one laptop runs the whole workshop.
 */
export function useLiveRole(
  boardId: string,
): { me: string | null; facilitates: boolean } | undefined {
  return useLiveRoom(
    useShallow((s) => {
      const room = s.rooms[boardId];
      if (!room) return undefined;
      const me = s.me[boardId] ?? null;
      return { me, facilitates: room.facilitator === null || room.facilitator === me };
    }),
  );
}

/** Changes the shared state of a live board's room; the session sends it to the others. */
export function changeRoom(boardId: string, patch: Partial<Room>): void {
  useLiveRoom.setState((s) => {
    const room = s.rooms[boardId];
    return room ? { rooms: { ...s.rooms, [boardId]: { ...room, ...patch } } } : s;
  });
}

/** The board's drag and editor say what this person is doing; null when they stop. */
export function setActivity(boardId: string, activity: Activity | null): void {
  const current = useLiveRoom.getState().activity;
  if (!activity) {
    if (current?.boardId === boardId) useLiveRoom.setState({ activity: null });
    return;
  }
  if (current?.boardId === boardId && sameActivity(current.activity, activity)) return;
  useLiveRoom.setState({ activity: { boardId, activity } });
}

const sameActivity = (a: Activity, b: Activity) =>
  a.milestoneId === b.milestoneId &&
  a.action === b.action &&
  (a.action !== 'moving' || (b.action === 'moving' && a.columnId === b.columnId));

const NOBODY: readonly Peer[] = [];

/** Who else is at work on one milestone; re-renders only when that changes. */
export const usePeersOn = (boardId: string, milestoneId: string): readonly Peer[] =>
  useLiveRoom(
    useShallow((s) => {
      const peers = s.peers[boardId];
      if (!peers?.length) return NOBODY;
      const on = peers.filter((p) => p.activity?.milestoneId === milestoneId);
      return on.length ? on : NOBODY;
    }),
  );

/** Where the first peer at work on a card is moving it to, as a column id; undefined if not. */
export const movingTo = (peers: readonly Peer[]): string | undefined => {
  const activity = peers[0]?.activity;
  return activity?.action === 'moving' ? activity.columnId : undefined;
};
