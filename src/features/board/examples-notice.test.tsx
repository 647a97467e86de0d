import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createBoard } from '../../domain/boards';
import { exampleCount } from '../../domain/examples';
import { useBoardsStore } from '../../store/boards-store';
import { resetStore } from '../../testing/render-app';
import { Toaster } from '../../ui/toaster';
import { ExamplesNotice } from './index';

const starter = () => createBoard({ title: 'Acme', template: 'starter' }, { id: 'acme' });
const board = () => useBoardsStore.getState().boards.acme!;

function renderNotice() {
  const user = userEvent.setup();
  render(
    <>
      <ExamplesNotice boardId="acme" />
      <Toaster />
    </>,
  );
  return user;
}

describe('the examples notice', () => {
  beforeEach(() => resetStore([starter()]));

  it('clears every example in one step, and Undo in the toast brings them all back', async () => {
    const user = renderNotice();
    // The notice's code comes once a board has examples.
    expect(await screen.findByText('8 example milestones show how a board reads.')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Clear examples' }));
    expect(Object.keys(board().milestones)).toHaveLength(0);
    // With no examples left, the notice goes.
    expect(screen.queryByRole('button', { name: 'Clear examples' })).toBeNull();
    expect(useBoardsStore.getState().history.acme!.past).toHaveLength(1);
    const toasts = screen.getByRole('status', { name: 'Notifications' });
    expect(toasts).toHaveTextContent('Cleared 8 example milestones. Add your own in any horizon.');
    await user.click(within(toasts).getByRole('button', { name: 'Undo' }));
    expect(exampleCount(board())).toBe(8);
    expect(screen.getByRole('button', { name: 'Clear examples' })).toBeInTheDocument();
  });

  it('leaves the examples the team made its own, and counts only the rest', async () => {
    const first = Object.values(board().milestones)[0]!;
    useBoardsStore.getState().updateMilestone('acme', first.id, { title: 'Our referral plan' });
    const user = renderNotice();
    expect(await screen.findByText('7 example milestones show how a board reads.')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Clear examples' }));
    expect(Object.values(board().milestones).map((m) => m.title)).toEqual(['Our referral plan']);
  });

  it('renders nothing for a board without examples', () => {
    resetStore([createBoard({ title: 'Empty' }, { id: 'acme' })]);
    const { container } = render(<ExamplesNotice boardId="acme" />);
    expect(container).toBeEmptyDOMElement();
  });
});
