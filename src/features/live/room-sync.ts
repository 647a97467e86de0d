import type * as Y from 'yjs';
import { parseTimer } from '../../domain/timer';
import { jsonEqual } from '../../domain/json-equal';
import { useLiveRoom, type Room } from '../../store/live-room';

/**
 * The room's shared state (store/live-room.ts: facilitator, timebox, presented slide) kept
 * in step with the doc's `room` map, one key each. It is not part of the board: not saved
 * with it, not merged into a copy, not undone by Ctrl+Z. Values from the doc are untrusted
 * and read field by field.
 */

const ROOM = 'room';
const ID = /^[A-Za-z0-9_-]{1,64}$/;
/** More slides than any board makes: a bigger number is someone else's mistake. */
const MAX_SLIDE = 1000;

export const roomMap = (doc: Y.Doc) => doc.getMap<unknown>(ROOM);

/** The room as the doc holds it. */
export function readRoom(map: Y.Map<unknown>): Room {
  const facilitator = map.get('facilitator');
  const slide = map.get('slide');
  return {
    facilitator: typeof facilitator === 'string' && ID.test(facilitator) ? facilitator : null,
    timer: parseTimer(map.get('timer')),
    slide:
      typeof slide === 'number' && Number.isInteger(slide) && slide >= 0 && slide < MAX_SLIDE
        ? slide
        : null,
  };
}

/** Writes what differs between `room` and what the doc holds, in one transaction. */
export function writeRoom(map: Y.Map<unknown>, room: Room, origin: unknown): void {
  const held = readRoom(map);
  const keys = (Object.keys(room) as (keyof Room)[]).filter((k) => !jsonEqual(held[k], room[k]));
  if (!keys.length) return;
  map.doc!.transact(() => {
    for (const key of keys) {
      const value = room[key];
      if (value === null) map.delete(key);
      else map.set(key, value);
    }
  }, origin);
}

/**
 * Keeps a board's room in the store and the doc in step, both ways, until stopped. The first
 * to go live facilitates (`claim`), unless the room already has a facilitator.
 */
export function syncRoom(
  doc: Y.Doc,
  boardId: string,
  origin: unknown,
  claim: string | undefined,
): () => void {
  const map = roomMap(doc);
  if (claim && !readRoom(map).facilitator)
    writeRoom(map, { ...readRoom(map), facilitator: claim }, origin);
  let pulling = false;
  const pull = () => {
    pulling = true;
    useLiveRoom.setState((s) => ({ rooms: { ...s.rooms, [boardId]: readRoom(map) } }));
    pulling = false;
  };
  const unsubscribe = useLiveRoom.subscribe((state, previous) => {
    const room = state.rooms[boardId];
    if (pulling || !room || room === previous.rooms[boardId]) return;
    writeRoom(map, room, origin);
  });
  map.observe(pull);
  pull();
  return () => {
    map.unobserve(pull);
    unsubscribe();
    useLiveRoom.setState((s) => {
      const rooms = { ...s.rooms };
      delete rooms[boardId];
      return { rooms };
    });
  };
}
