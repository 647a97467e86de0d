import { afterEach, describe, expect, it } from 'vitest';
import { clearLiveView, setLiveView, useLiveStore } from './live-store';
import { hasRememberedSession, isLiveHere } from './live-boards';
import { rememberSession, rememberedSession } from './remembered';

const invite = { relay: 'wss://relay.example.org', room: 'r'.repeat(24), secret: 's'.repeat(32) };

afterEach(() => {
  localStorage.clear();
  useLiveStore.setState({ views: {} });
});

describe('remembered sessions', () => {
  it('keeps a board’s session until it is left', () => {
    rememberSession('b1', { invite, me: { name: 'Ana', participantId: 'p1' } });
    rememberSession('b2', { invite, me: { name: 'Ben' } });
    expect(rememberedSession('b1')).toEqual({ invite, me: { name: 'Ana', participantId: 'p1' } });
    expect(hasRememberedSession('b1')).toBe(true);
    expect(hasRememberedSession('b3')).toBe(false);
    rememberSession('b1', undefined);
    expect(hasRememberedSession('b1')).toBe(false);
    expect(rememberedSession('b1')).toBeUndefined();
    expect(rememberedSession('b2')?.me.name).toBe('Ben');
    rememberSession('b2', undefined);
    expect(localStorage.getItem('ph-live-sessions')).toBeNull();
  });

  it('ignores what it cannot read instead of failing', () => {
    localStorage.setItem('ph-live-sessions', '{not json');
    expect(rememberedSession('b1')).toBeUndefined();
    expect(hasRememberedSession('b1')).toBe(false);
    localStorage.setItem('ph-live-sessions', JSON.stringify({ b1: { relay: 3 } }));
    expect(rememberedSession('b1')).toBeUndefined();
  });
});

describe('the live view of a board', () => {
  it('tells the board bar once a board has a session here, so that it loads the badge', () => {
    setLiveView('marked', { status: 'live' });
    expect(isLiveHere('marked')).toBe(false);
    setLiveView('marked', { status: 'connecting', invite, me: { name: 'Ana' } });
    expect(isLiveHere('marked')).toBe(true);
  });

  it('starts with an invite and who one is, keeps a message only for a stop', () => {
    setLiveView('b1', { status: 'live' });
    expect(useLiveStore.getState().views['b1']).toBeUndefined();
    setLiveView('b1', { status: 'connecting', invite, me: { name: 'Ana' } });
    setLiveView('b1', { status: 'refused', message: 'Turned away', detail: 'wrong-secret' });
    expect(useLiveStore.getState().views['b1']).toMatchObject({
      status: 'refused',
      message: 'Turned away',
    });
    setLiveView('b1', { status: 'live' });
    expect(useLiveStore.getState().views['b1']).toEqual({
      status: 'live',
      invite,
      me: { name: 'Ana' },
      people: [],
    });
    clearLiveView('b1');
    expect(useLiveStore.getState().views).toEqual({});
  });
});
