import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { preloadPages, renderApp } from '../../testing/render-app';
import { createBoard } from '../../domain/boards';
import { useBoardsStore } from '../../store/boards-store';
import { resetQuickAddTypes } from './quick-add-type';

beforeAll(preloadPages);
beforeEach(() => {
  localStorage.clear();
  resetQuickAddTypes();
});

const board = () => createBoard({ title: 'Acme' }, { id: 'acme' });
const added = (title: string) =>
  Object.values(useBoardsStore.getState().boards.acme!.milestones).find((m) => m.title === title)!;

async function openBoard() {
  const view = renderApp('/boards/acme', [board()]);
  await screen.findByRole('region', { name: 'Now' });
  return view;
}

describe('quick add', () => {
  it('adds a milestone with no type and no confidence until someone gives them', async () => {
    const { user } = await openBoard();
    await user.type(screen.getByRole('textbox', { name: 'Add a milestone to Now' }), 'Idea{Enter}');
    expect(added('Idea')).not.toHaveProperty('type');
    expect(added('Idea')).not.toHaveProperty('confidence');
    const card = screen.getByRole('button', { name: /^Idea,/ });
    expect(card).toHaveAccessibleName('Idea, type not set, confidence not set, status Idea');
    expect(within(card).getByText('Type not set')).toBeInTheDocument();
  });

  it('gives the type chosen beside the field, and remembers it for the board', async () => {
    const { user, unmount } = await openBoard();
    const picker = screen.getByRole('combobox', { name: 'Type of milestones added to Next' });
    expect(picker).toHaveDisplayValue('Type not set');
    await user.selectOptions(picker, 'Integration');
    await user.type(
      screen.getByRole('textbox', { name: 'Add a milestone to Next' }),
      'Connector{Enter}',
    );
    expect(added('Connector')).toMatchObject({ type: 'integration' });
    expect(added('Connector')).not.toHaveProperty('confidence');
    // Every horizon's line adds the type chosen last.
    expect(
      screen.getByRole('combobox', { name: 'Type of milestones added to Now' }),
    ).toHaveDisplayValue('Integration');

    // A later visit in this browser starts where the last one left off.
    unmount();
    resetQuickAddTypes();
    await openBoard();
    expect(
      screen.getByRole('combobox', { name: 'Type of milestones added to Later' }),
    ).toHaveDisplayValue('Integration');
  });

  it('goes back to adding without a type when "Type not set" is chosen', async () => {
    const { user } = await openBoard();
    const picker = screen.getByRole('combobox', { name: 'Type of milestones added to Now' });
    await user.selectOptions(picker, 'Co-marketing');
    await user.selectOptions(picker, 'Type not set');
    await user.type(
      screen.getByRole('textbox', { name: 'Add a milestone to Now' }),
      'Plain{Enter}',
    );
    expect(added('Plain')).not.toHaveProperty('type');
  });
});
