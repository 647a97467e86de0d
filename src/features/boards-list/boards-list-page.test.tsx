import { beforeAll, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { preloadPages, renderApp } from '../../testing/render-app';
import { createBoard } from '../../domain/boards';
import { useBoardsStore } from '../../store/boards-store';

const boards = () => [
  createBoard(
    { title: 'Acme', partnerName: 'Acme Analytics' },
    { now: '2026-01-01T00:00:00.000Z' },
  ),
  createBoard({ title: 'Globex', partnerName: 'Globex Corp' }, { now: '2026-02-01T00:00:00.000Z' }),
];

beforeAll(preloadPages);

describe('boards list', () => {
  it('greets a newcomer with an empty state that leads to a first board', async () => {
    const { user } = renderApp('/');
    expect(
      screen.getByRole('heading', { name: 'Lay out where a partnership could go' }),
    ).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Create your first board' }));
    const dialog = await screen.findByRole('dialog', { name: 'New board' });
    await user.click(within(dialog).getByRole('button', { name: 'Create board' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Give the partner a name');

    await user.type(within(dialog).getByRole('textbox', { name: 'Partner' }), 'Initech');
    expect(within(dialog).getByRole('radio', { name: /Starter template/ })).toBeChecked();
    await user.click(within(dialog).getByRole('button', { name: 'Create board' }));

    expect(await screen.findByRole('region', { name: 'Now' })).toBeVisible();
    expect(screen.getByRole('button', { name: /^Partner name: Initech/ })).toBeVisible();
    expect(screen.getAllByRole('button', { name: /, example, / })).toHaveLength(8);
  });

  it('sets the kinds of partnership of a new board from the keyboard', async () => {
    const { user } = renderApp('/');
    await user.click(screen.getByRole('button', { name: 'Create your first board' }));
    const dialog = await screen.findByRole('dialog', { name: 'New board' });
    await user.keyboard('Initech');
    const group = within(dialog).getByRole('group', { name: 'Kind of partnership' });
    expect(
      within(group)
        .getAllByRole('checkbox')
        .filter((box) => box.matches(':checked')),
    ).toEqual([]);
    await user.tab();
    await user.tab();
    expect(within(group).getByRole('checkbox', { name: 'Referral' })).toHaveFocus();
    await user.keyboard(' ');
    await user.tab();
    await user.keyboard(' ');
    await user.click(within(dialog).getByRole('button', { name: 'Create board' }));

    expect(await screen.findByRole('region', { name: 'Now' })).toBeVisible();
    expect(
      screen.getByRole('button', { name: 'Kind of partnership: Referral, Reseller. Change' }),
    ).toBeVisible();
  });

  it('shows each board’s kinds of partnership beside its partner', () => {
    const [acme, globex] = boards();
    renderApp('/', [{ ...acme!, partner: { ...acme!.partner, kinds: ['integration'] } }, globex!]);
    const row = screen.getByRole('link', { name: 'Acme' }).closest('li')!;
    expect(within(row).getByText('Partner: Acme Analytics')).toBeVisible();
    expect(within(row).getByText('Integration / ISV')).toBeVisible();
    const other = screen.getByRole('link', { name: 'Globex' }).closest('li')!;
    expect(within(other).queryByText('Integration / ISV')).not.toBeInTheDocument();
  });

  it('lists boards newest first and searches by title or partner', async () => {
    const { user } = renderApp('/', boards());
    const list = screen.getByRole('list', { name: 'Boards' });
    expect(
      within(list)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Globex', 'Acme']);

    await user.type(screen.getByRole('searchbox', { name: 'Search boards' }), 'analytics');
    expect(
      within(list)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Acme']);
    await user.clear(screen.getByRole('searchbox', { name: 'Search boards' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search boards' }), 'nothing like it');
    expect(screen.getByText('No boards match “nothing like it”.')).toBeVisible();
  });

  it('deletes a board and brings it back with Undo', async () => {
    const { user } = renderApp('/', boards());
    await user.click(screen.getByRole('button', { name: 'Delete Acme' }));
    expect(screen.queryByRole('link', { name: 'Acme' })).not.toBeInTheDocument();
    const toasts = screen.getByRole('status', { name: 'Notifications' });
    expect(toasts).toHaveTextContent('Deleted “Acme”.');
    await user.click(within(toasts).getByRole('button', { name: 'Undo' }));
    expect(screen.getByRole('link', { name: 'Acme' })).toBeVisible();
  });

  it('restores a deleted board with Ctrl+Z', async () => {
    const { user } = renderApp('/', boards());
    await user.click(screen.getByRole('button', { name: 'Delete Globex' }));
    expect(screen.queryByRole('link', { name: 'Globex' })).not.toBeInTheDocument();
    await user.keyboard('{Control>}z{/Control}');
    expect(screen.getByRole('link', { name: 'Globex' })).toBeVisible();
  });

  it('renames and duplicates a board', async () => {
    const { user } = renderApp('/', boards());
    await user.click(screen.getByRole('button', { name: 'Rename Acme' }));
    const dialog = await screen.findByRole('dialog', { name: 'Rename board' });
    const input = within(dialog).getByRole('textbox', { name: 'Board title' });
    await user.clear(input);
    await user.click(within(dialog).getByRole('button', { name: 'Rename' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('A board needs a title.');
    await user.type(input, 'Acme 2030');
    await user.click(within(dialog).getByRole('button', { name: 'Rename' }));
    expect(screen.getByRole('link', { name: 'Acme 2030' })).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Duplicate Globex' }));
    expect(screen.getByRole('link', { name: 'Globex (copy)' })).toBeVisible();
    expect(useBoardsStore.getState().boardIds).toHaveLength(3);
  });
});
