import { Profiler, type ReactNode } from 'react';
import { act, render } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useBoardsStore } from '../../store/boards-store';
import { makeBoard } from '../../testing/factories';
import { BalanceMeter } from './balance-meter';

const store = () => useBoardsStore.getState();

/** Renders `ui` and returns a spy told of each commit it makes after the first. */
function renderCounted(ui: ReactNode) {
  const onRender = vi.fn();
  render(
    <Profiler id="counted" onRender={onRender}>
      {ui}
    </Profiler>,
  );
  onRender.mockClear();
  return onRender;
}

beforeEach(() => {
  useBoardsStore.setState(useBoardsStore.getInitialState(), true);
});

describe('workshop tools follow only what they show', () => {
  it('the balance meter re-renders for horizons and milestones, not for the vision', () => {
    store().hydrate([makeBoard({ 0: ['A', 'B', 'C'], 1: ['D'] })]);
    const renders = renderCounted(<BalanceMeter boardId="board-1" />);
    act(() => store().updateVision('board-1', { vision: 'Further together' }));
    expect(renders).not.toHaveBeenCalled();

    act(() => store().updateMilestone('board-1', 'd', { confidence: 100, impact: 5 }));
    expect(renders).toHaveBeenCalled();
  });
});
