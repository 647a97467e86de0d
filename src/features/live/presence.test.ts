import { afterEach, describe, expect, it, vi } from 'vitest';
import { readActivity, readPerson, throttled } from './presence';

afterEach(() => vi.useRealTimers());

describe('what a peer sends', () => {
  it('reads an activity field by field, dropping anything odd', () => {
    expect(readActivity({ milestoneId: 'm1', action: 'editing', extra: 1 })).toEqual({
      milestoneId: 'm1',
      action: 'editing',
    });
    expect(readActivity({ milestoneId: 'm1', action: 'moving', columnId: 'side:parked' })).toEqual({
      milestoneId: 'm1',
      action: 'moving',
      columnId: 'side:parked',
    });
    for (const odd of [
      null,
      'm1',
      { milestoneId: 'm1' },
      { milestoneId: 'm1', action: 'moving' },
      { milestoneId: '"><img>', action: 'editing' },
      { milestoneId: 'x'.repeat(65), action: 'editing' },
      { milestoneId: 'm1', action: 'deleting' },
    ])
      expect(readActivity(odd)).toBeNull();
  });

  it('reads a person, in a colour of the palette and a name within the limit', () => {
    expect(
      readPerson(7, {
        user: { name: '  Ben Okafor ', color: 'green', initials: 'BO', participantId: 'p-ben' },
      }),
    ).toEqual({
      clientId: 7,
      participantId: 'p-ben',
      name: 'Ben Okafor',
      initials: 'BO',
      color: 'green',
      activity: null,
      me: false,
    });
    const odd = readPerson(8, { user: { name: 'Cy'.repeat(100), color: 'url(x)' } })!;
    expect(odd.color).toBe('blue');
    expect(odd.name.length).toBeLessThanOrEqual(60);
    expect(odd.initials).toMatch(/^\S{1,3}$/);
    expect(readPerson(9, {})).toBeNull();
    expect(readPerson(9, { user: { name: '   ' } })).toBeNull();
  });
});

describe('throttled', () => {
  it('sends at most once per period, and always the latest value last', () => {
    vi.useFakeTimers();
    const sent: number[] = [];
    const send = throttled((n: number) => sent.push(n), 100);
    send.push(1);
    send.push(2);
    send.push(3);
    expect(sent).toEqual([1]);
    vi.advanceTimersByTime(100);
    expect(sent).toEqual([1, 3]);
    vi.advanceTimersByTime(500);
    send.push(4);
    expect(sent).toEqual([1, 3, 4]);
    send.push(5);
    send.cancel();
    vi.advanceTimersByTime(500);
    expect(sent).toEqual([1, 3, 4]);
  });
});
