import { beforeAll, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { preloadPages, renderApp } from '../../../testing/render-app';
import { createBoard } from '../../../domain/boards';
import { addHorizon } from '../../../domain/horizons';
import { LIMITS, type Board } from '../../../domain/schema';
import { useBoardsStore } from '../../../store/boards-store';
import { applied } from '../../../testing/factories';

beforeAll(preloadPages);

/** A board with as many horizons as a board holds. */
function fullBoard(): Board {
  let board = createBoard({ title: 'Acme', partnerName: 'Acme' }, { id: 'acme' });
  while (board.horizons.length < LIMITS.horizons)
    board = applied(addHorizon(board, { title: `Stage ${board.horizons.length + 1}` }));
  return board;
}

// Dialogs load on first use: on a busy machine that can take a while.
const slow = { timeout: 10_000 };

async function openAddHorizon(board: Board) {
  const { user } = renderApp(`/boards/${board.id}`, [board]);
  await screen.findByRole('region', { name: 'Now' }, slow);
  await user.click(screen.getByRole('button', { name: 'Horizon' }));
  const dialog = await screen.findByRole('dialog', { name: 'Add a horizon' }, slow);
  return { user, dialog };
}

describe('adding a horizon the board refuses', () => {
  it('says a board holds at most 20 horizons, and keeps the dialog open', async () => {
    const { user, dialog } = await openAddHorizon(fullBoard());
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'One too many');
    await user.click(within(dialog).getByRole('button', { name: 'Add horizon' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      'A board holds at most 20 horizons. Remove one before adding another.',
    );
    expect(screen.getByRole('dialog', { name: 'Add a horizon' })).toBeVisible();
    expect(useBoardsStore.getState().boards.acme!.horizons).toHaveLength(LIMITS.horizons);
  });

  it('says when another horizon has the name', async () => {
    const board = createBoard({ title: 'Acme', partnerName: 'Acme' }, { id: 'acme' });
    const { user, dialog } = await openAddHorizon(board);
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'later');
    await user.click(within(dialog).getByRole('button', { name: 'Add horizon' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      'There is already a horizon called “Later”. Choose another name.',
    );
    expect(useBoardsStore.getState().boards.acme!.horizons).toHaveLength(4);
  });
});
