import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { changeRoom, useLiveRoom } from '../../store/live-room';
import { sync } from '../../testing/live-doc';
import { readRoom, roomMap, syncRoom, writeRoom } from './room-sync';

afterEach(() => useLiveRoom.setState({ rooms: {}, me: {}, peers: {}, activity: null }));

describe('the room beside the board', () => {
  it('reads what the doc holds field by field, and drops what is odd', () => {
    const doc = new Y.Doc();
    const map = roomMap(doc);
    expect(readRoom(map)).toEqual({ facilitator: null, timer: null, slide: null });
    map.set('facilitator', 'p-ana');
    map.set('timer', { kind: 'paused', durationMs: 300_000, remainingMs: 120_000 });
    map.set('slide', 2);
    expect(readRoom(map)).toEqual({
      facilitator: 'p-ana',
      timer: { kind: 'paused', durationMs: 300_000, remainingMs: 120_000 },
      slide: 2,
    });
    map.set('facilitator', '<script>');
    map.set('timer', { kind: 'running' });
    map.set('slide', -1);
    expect(readRoom(map)).toEqual({ facilitator: null, timer: null, slide: null });
  });

  it('writes only what changed, and nothing when nothing did', () => {
    const doc = new Y.Doc();
    const map = roomMap(doc);
    const updates: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => updates.push(u));
    writeRoom(map, { facilitator: 'p-ana', timer: null, slide: null }, 'me');
    writeRoom(map, { facilitator: 'p-ana', timer: null, slide: null }, 'me');
    expect(updates).toHaveLength(1);
    writeRoom(map, { facilitator: 'p-ana', timer: null, slide: 3 }, 'me');
    writeRoom(map, { facilitator: 'p-ana', timer: null, slide: null }, 'me');
    expect(map.has('slide')).toBe(false);
  });

  it('keeps two laptops’ rooms in step: the first facilitates, the timer and slide are shared', () => {
    const ana = new Y.Doc();
    const ben = new Y.Doc();
    const stopAna = syncRoom(ana, 'board-a', 'ana', 'p-ana');
    sync(ana, ben);
    // Ben's laptop is a store of its own; here both share one store, so Ben's is another board id.
    const stopBen = syncRoom(ben, 'board-b', 'ben', 'p-ben');
    expect(useLiveRoom.getState().rooms['board-b']?.facilitator).toBe('p-ana');

    changeRoom('board-b', {
      slide: 4,
      timer: { kind: 'paused', durationMs: 60_000, remainingMs: 1_000 },
    });
    sync(ana, ben);
    expect(useLiveRoom.getState().rooms['board-a']).toEqual({
      facilitator: 'p-ana',
      slide: 4,
      timer: { kind: 'paused', durationMs: 60_000, remainingMs: 1_000 },
    });
    changeRoom('board-a', { facilitator: 'p-ben', slide: null });
    sync(ana, ben);
    expect(useLiveRoom.getState().rooms['board-b']).toMatchObject({
      facilitator: 'p-ben',
      slide: null,
    });

    stopAna();
    stopBen();
    expect(useLiveRoom.getState().rooms).toEqual({});
  });
});
