import { beforeAll, describe, expect, it } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import { makeBoard } from '../../testing/factories';
import { preloadPages, renderApp, resetStore } from '../../testing/render-app';
import { useBoardsStore } from '../../store/boards-store';
import { paths } from '../../config/paths';
import { saveSnapshot } from '../../domain/timeline';
import { loadComparePage } from '.';

const start = makeBoard({ 0: ['Swap referrals'], 1: ['Native integration'] });
const state = () => useBoardsStore.getState();
const log = () => state().boards[start.id]!.timeline?.log ?? [];

beforeAll(async () => {
  await preloadPages();
  await loadComparePage();
  await import('./why-prompt');
});

describe('the why prompt', () => {
  it('asks after a move, saves one line with Enter, and the log keeps it', async () => {
    const { user } = renderApp(paths.board.getHref(start.id), [start]);
    await screen.findByRole('region', { name: 'Now' });
    act(() => state().moveMilestone(start.id, 'native-integration', 'h2', 0));
    const prompt = await screen.findByRole('region', { name: 'Why it changed' });
    expect(prompt).toHaveTextContent('“Native integration”: Next → Later.');
    const field = within(prompt).getByRole('textbox', { name: 'Why? (optional)' });
    await waitFor(() => expect(field).toHaveFocus());
    await user.type(field, 'Their API slipped a quarter{Enter}');
    expect(screen.queryByRole('region', { name: 'Why it changed' })).toBeNull();
    expect(log()[0]).toMatchObject({ why: 'Their API slipped a quarter' });
  });

  it('is skipped with Escape, writing nothing', async () => {
    const { user } = renderApp(paths.board.getHref(start.id), [start]);
    await screen.findByRole('region', { name: 'Now' });
    act(() => state().updateMilestone(start.id, 'swap-referrals', { status: 'committed' }));
    await screen.findByRole('region', { name: 'Why it changed' });
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'Why it changed' })).toBeNull();
    expect(log()).toHaveLength(1);
    expect(log()[0]!.why).toBe('');
  });

  it('hands Ctrl+Z with nothing typed to the board: the move itself is undone', async () => {
    const { user } = renderApp(paths.board.getHref(start.id), [start]);
    await screen.findByRole('region', { name: 'Now' });
    act(() => state().moveMilestone(start.id, 'native-integration', 'h2', 0));
    await screen.findByRole('region', { name: 'Why it changed' });
    await user.keyboard('{Control>}z{/Control}');
    expect(screen.queryByRole('region', { name: 'Why it changed' })).toBeNull();
    expect(state().boards[start.id]!.milestones['native-integration']!.horizonId).toBe('h1');
    expect(log()).toEqual([]);
  });
});

describe('comparing a snapshot with now', () => {
  it('heads with the summary, marks moved and new cards, and gives the reasons', async () => {
    let board = saveSnapshot(start, {
      id: 'jan',
      name: 'January workshop',
      takenAt: start.createdAt,
    }).board;
    resetStore([board]);
    act(() => {
      state().moveMilestone(start.id, 'native-integration', 'h2', 0);
      state().explain(start.id, state().askWhy!.entryId, 'Their API slipped');
      state().addMilestone(start.id, 'h0', { title: 'Co-selling pilot' });
      state().setVision(start.id, 'Shared customers first');
    });
    board = state().boards[start.id]!;
    const { user } = renderApp(paths.compare.getHref(start.id, 'jan'), [board]);
    const details = await screen.findByRole('region', {
      name: /^What changed from January workshop/,
    });
    expect(details).toHaveTextContent('1 moved later, 1 new, the vision reworded.');
    expect(within(details).getByText('Shared customers first').tagName).toBe('INS');
    expect(details).toHaveTextContent('Native integration: Next → Later — “Their API slipped”');
    const moved = screen.getByText('From Next');
    expect(moved.closest('.poster__card')).toHaveTextContent('Why: Their API slipped');
    expect(screen.getByText('New').closest('.poster__card')).toHaveTextContent('Co-selling pilot');
    // Both ends can be chosen: January to January has nothing to tell.
    await user.selectOptions(screen.getByRole('combobox', { name: 'To' }), 'jan');
    expect(
      await screen.findByRole('region', { name: /^What changed from January workshop/ }),
    ).toHaveTextContent('No changes.');
  });
});
