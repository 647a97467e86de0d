import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { useBoardsStore } from '../../store/boards-store';
import { makeBoard } from '../../testing/factories';
import { resetStore } from '../../testing/render-app';
import { PartnerKinds } from './index';

const kinds = () => useBoardsStore.getState().boards['board-1']!.partner.kinds;

beforeEach(() => resetStore([makeBoard()]));

describe('the kinds of partnership beside the partner’s name', () => {
  it('invites a first kind and sets kinds from the keyboard, as one undoable edit', async () => {
    const user = userEvent.setup();
    render(<PartnerKinds boardId="board-1" />);
    await user.tab();
    expect(screen.getByRole('button', { name: 'Add kind of partnership' })).toHaveFocus();
    await user.keyboard('{Enter}');

    const dialog = await screen.findByRole('dialog', { name: 'Kind of partnership' });
    const referral = within(dialog).getByRole('checkbox', { name: 'Referral' });
    expect(referral).toHaveFocus();
    await user.keyboard(' ');
    await user.tab();
    await user.tab();
    await user.tab();
    await user.tab();
    expect(within(dialog).getByRole('checkbox', { name: 'Strategic' })).toHaveFocus();
    await user.keyboard(' ');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(kinds()).toEqual(['referral', 'strategic']);
    const button = screen.getByRole('button', {
      name: 'Kind of partnership: Referral, Strategic. Change',
    });
    expect(button).toHaveTextContent('Referral, Strategic');
    expect(button).toHaveFocus();

    useBoardsStore.getState().undo('board-1');
    expect(kinds()).toEqual([]);
  });

  it('shows the kinds already set, ticked, and keeps them when the dialog is cancelled', async () => {
    useBoardsStore.getState().updatePartner('board-1', { kinds: ['reseller', 'integration'] });
    const user = userEvent.setup();
    render(<PartnerKinds boardId="board-1" />);
    await user.click(screen.getByRole('button', { name: /^Kind of partnership: Reseller/ }));

    const dialog = await screen.findByRole('dialog', { name: 'Kind of partnership' });
    const ticked = within(dialog)
      .getAllByRole('checkbox')
      .filter((box) => (box as HTMLInputElement).checked);
    expect(ticked.map((box) => box.closest('label')!.textContent)).toEqual([
      'Reseller',
      'Integration / ISV',
    ]);
    await user.click(within(dialog).getByRole('checkbox', { name: 'Reseller' }));
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(kinds()).toEqual(['reseller', 'integration']);
  });
});
