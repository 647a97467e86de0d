import { beforeAll, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { createBoard } from '../../../domain/boards';
import { ShortcutsDialog } from '../../../features/shortcuts';
import { preloadPages, renderApp } from '../../../testing/render-app';

// The pages' and the sheet's code load once, before the first test.
beforeAll(() => Promise.all([preloadPages(), ShortcutsDialog.load()]));

async function openBoard() {
  const board = createBoard(
    { title: 'Acme', partnerName: 'Acme', template: 'starter' },
    { id: 'acme' },
  );
  const view = renderApp(`/boards/${board.id}`, [board]);
  await screen.findByRole('region', { name: 'Now' });
  return view;
}

describe('the keyboard shortcut sheet', () => {
  it('opens with "?" and lists every shortcut, keys drawn as keys', async () => {
    const { user } = await openBoard();
    await user.keyboard('?');
    const sheet = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    for (const heading of [
      'On the board',
      'A card',
      'Moving cards and horizons',
      'Editing text in place',
      'Presenting',
    ]) {
      expect(within(sheet).getByRole('heading', { name: heading })).toBeInTheDocument();
    }
    const actions = within(sheet)
      .getAllByRole('definition')
      .map((d) => d.textContent);
    expect(actions).toEqual(
      expect.arrayContaining([
        'Undo',
        'Redo',
        'Search milestones',
        'Pick it up',
        'Stop presenting',
      ]),
    );
    const undo = within(sheet).getByText('Undo').closest('div')!;
    expect(within(undo).getByRole('term')).toHaveTextContent(/^(Ctrl|⌘)\+Z$/);
    expect(undo.querySelectorAll('kbd')).toHaveLength(2);
    await user.click(within(sheet).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('opens from the toolbar’s keyboard button, which names its key', async () => {
    const { user } = await openBoard();
    const button = screen.getByRole('button', { name: 'Keyboard shortcuts' });
    expect(button).toHaveAttribute('aria-keyshortcuts', '?');
    await user.click(button);
    expect(await screen.findByRole('dialog', { name: 'Keyboard shortcuts' })).toBeInTheDocument();
  });

  it('leaves "?" to a text field being typed in', async () => {
    const { user } = await openBoard();
    const search = screen.getByRole('searchbox', { name: 'Search milestones' });
    await user.click(search);
    await user.keyboard('?');
    expect(search).toHaveValue('?');
    expect(screen.queryByRole('dialog', { name: 'Keyboard shortcuts' })).not.toBeInTheDocument();
  });
});
