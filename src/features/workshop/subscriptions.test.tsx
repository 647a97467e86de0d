import { Profiler, type ReactNode } from 'react';
import { act, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { addParticipant, startRound } from '../../domain/voting';
import type { Board } from '../../domain/schema';
import { useBoardsStore } from '../../store/boards-store';
import { makeBoard } from '../../testing/factories';
import { BalanceMeter } from './balance-meter';
import { VotingBar } from './voting-bar';

const store = () => useBoardsStore.getState();

function withVote(board: Board): Board {
  for (const name of ['Ana', 'Ben']) {
    const added = addParticipant(board, name, { id: name.toLowerCase() });
    if (added.ok) board = added.board;
  }
  const started = startRound(board, { dots: 3 });
  if (!started.ok) throw new Error(started.reason);
  return started.board;
}

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

describe('workshop bars follow only what they show', () => {
  it('the voting bar re-renders for dots placed, not for other edits', () => {
    store().hydrate([withVote(makeBoard({ 0: ['A', 'B'] }))]);
    const renders = renderCounted(
      <VotingBar boardId="board-1" voterId="ana" onVoter={vi.fn()} onRanking={vi.fn()} />,
    );
    act(() => store().updateMilestone('board-1', 'a', { title: 'Renamed' }));
    act(() => store().updateVision('board-1', { vision: 'Further together' }));
    expect(renders).not.toHaveBeenCalled();

    act(() => void store().castVote('board-1', 'ana', 'a'));
    expect(renders).toHaveBeenCalled();
    expect(screen.getByRole('status')).toHaveTextContent('Ana: 2 of 3 dots left.');
    // A dot on a card that is gone no longer counts.
    act(() => store().deleteMilestone('board-1', 'a'));
    expect(screen.getByRole('status')).toHaveTextContent('Ana: 3 of 3 dots left.');
  });

  it('the balance meter re-renders for horizons and milestones, not for the vision', () => {
    store().hydrate([makeBoard({ 0: ['A', 'B', 'C'], 1: ['D'] })]);
    const renders = renderCounted(<BalanceMeter boardId="board-1" />);
    act(() => store().updateVision('board-1', { vision: 'Further together' }));
    expect(renders).not.toHaveBeenCalled();

    act(() => store().updateMilestone('board-1', 'd', { confidence: 100, impact: 5 }));
    expect(renders).toHaveBeenCalled();
  });
});
