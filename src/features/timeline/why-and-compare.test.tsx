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
    // A drag with the mouse, as far as the prompt can tell: the field takes the focus.
    await user.click(await screen.findByRole('region', { name: 'Now' }));
    act(() => state().moveMilestone(start.id, 'native-integration', 'h2', 0));
    const prompt = await screen.findByRole('region', { name: 'Why it changed' });
    expect(prompt).toHaveTextContent('“Native integration”: Next → Later.');
    const field = within(prompt).getByRole('textbox', { name: 'Why? (optional)' });
    await waitFor(() => expect(field).toHaveFocus());
    await user.type(field, 'Their API slipped a quarter{Enter}');
    expect(screen.queryByRole('region', { name: 'Why it changed' })).toBeNull();
    expect(log()[0]).toMatchObject({ why: 'Their API slipped a quarter' });
  });

  it('leaves the focus where a key put it, and W goes to the field', async () => {
    const { user } = renderApp(paths.board.getHref(start.id), [start]);
    const card = await screen.findByRole('button', { name: /^Native integration/ });
    card.focus();
    await user.keyboard('{Shift}');
    act(() => state().moveMilestone(start.id, 'native-integration', 'h2', 0));
    const prompt = await screen.findByRole('region', { name: 'Why it changed' });
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const field = within(prompt).getByRole('textbox');
    expect(field).not.toHaveFocus();
    await user.keyboard('w');
    expect(field).toHaveFocus();
    expect(field).toHaveValue('');
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
    await user.click(await screen.findByRole('region', { name: 'Now' }));
    act(() => state().moveMilestone(start.id, 'native-integration', 'h2', 0));
    const prompt = await screen.findByRole('region', { name: 'Why it changed' });
    await waitFor(() => expect(within(prompt).getByRole('textbox')).toHaveFocus());
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

describe('the decision log', () => {
  it('lists what moved, narrows to one milestone and to days, and takes a why later', async () => {
    resetStore([start]);
    act(() => {
      state().moveMilestone(start.id, 'native-integration', 'h2', 0);
      state().explain(start.id, state().askWhy!.entryId, 'API late');
      state().updateMilestone(start.id, 'swap-referrals', { status: 'committed' });
      state().skipWhy();
    });
    const { user } = renderApp(paths.board.getHref(start.id), [state().boards[start.id]!]);
    await user.click(await screen.findByRole('button', { name: 'Timeline' }));
    const section = await screen.findByRole('region', { name: 'Decision log' });
    expect(within(section).getAllByRole('listitem')).toHaveLength(2);
    await user.selectOptions(within(section).getByRole('combobox', { name: 'Milestone' }), [
      'Swap referrals',
    ]);
    const [only] = within(section).getAllByRole('listitem');
    expect(only).toHaveTextContent('Swap referrals: Idea → Committed');
    await user.click(within(only!).getByRole('button', { name: /^Why, for “Swap referrals”/ }));
    await user.keyboard('The partner signed the referral terms{Enter}');
    expect(log().find((e) => e.milestoneId === 'swap-referrals')?.why).toBe(
      'The partner signed the referral terms',
    );
    await user.type(within(section).getByLabelText('To'), '2000-01-01');
    expect(within(section).getByText(/Nothing logged for that milestone/)).toBeInTheDocument();
  });

  it('shows a milestone’s history in its editor', async () => {
    resetStore([start]);
    act(() => {
      state().moveMilestone(start.id, 'native-integration', 'h2', 0);
      state().explain(start.id, state().askWhy!.entryId, 'API late');
    });
    const { user } = renderApp(paths.board.getHref(start.id), [state().boards[start.id]!]);
    await user.click(await screen.findByRole('button', { name: /^Native integration/ }));
    const editor = await screen.findByRole('dialog', { name: 'Edit milestone' });
    await user.click(within(editor).getByText('History (1)'));
    expect(within(editor).getByRole('listitem')).toHaveTextContent(/Next → Later — “API late”$/);
  });
});
