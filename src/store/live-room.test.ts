import { afterEach, describe, expect, it } from 'vitest';
import { renderHook } from '@testing-library/react';
import {
  changeRoom,
  setActivity,
  useLiveRole,
  useLiveRoom,
  usePeersOn,
  type Peer,
} from './live-room';

afterEach(() => useLiveRoom.setState({ rooms: {}, me: {}, peers: {}, activity: null }));

const ben: Peer = {
  clientId: 2,
  participantId: 'p-ben',
  name: 'Ben',
  initials: 'B',
  color: 'green',
  activity: { milestoneId: 'm1', action: 'editing' },
};

describe('the live room in the store', () => {
  it('knows nothing of a board that is not live', () => {
    const { result } = renderHook(() => useLiveRole('b1'));
    expect(result.current).toBeUndefined();
    changeRoom('b1', { slide: 1 });
    expect(useLiveRoom.getState().rooms).toEqual({});
  });

  it('says who this laptop is and whether it facilitates', () => {
    useLiveRoom.setState({
      rooms: { b1: { facilitator: 'p-ana', timer: null, slide: null } },
      me: { b1: 'p-ben' },
    });
    const { result, rerender } = renderHook(() => useLiveRole('b1'));
    expect(result.current).toEqual({ me: 'p-ben', facilitates: false });
    changeRoom('b1', { facilitator: 'p-ben' });
    rerender();
    expect(result.current).toEqual({ me: 'p-ben', facilitates: true });
  });

  it('tells a card who is at work on it, and only that card', () => {
    useLiveRoom.setState({ peers: { b1: [ben] } });
    const on = renderHook(() => usePeersOn('b1', 'm1'));
    const off = renderHook(() => usePeersOn('b1', 'm2'));
    expect(on.result.current.map((p) => p.name)).toEqual(['Ben']);
    expect(off.result.current).toEqual([]);
  });

  it('keeps one activity at a time, and a repeat changes nothing', () => {
    setActivity('b1', { milestoneId: 'm1', action: 'moving', columnId: 'h1' });
    const first = useLiveRoom.getState().activity;
    setActivity('b1', { milestoneId: 'm1', action: 'moving', columnId: 'h1' });
    expect(useLiveRoom.getState().activity).toBe(first);
    setActivity('b1', { milestoneId: 'm1', action: 'moving', columnId: 'h2' });
    expect(useLiveRoom.getState().activity?.activity).toMatchObject({ columnId: 'h2' });
    setActivity('b2', null);
    expect(useLiveRoom.getState().activity).not.toBeNull();
    setActivity('b1', null);
    expect(useLiveRoom.getState().activity).toBeNull();
  });
});
