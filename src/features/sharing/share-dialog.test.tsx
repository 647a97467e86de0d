import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { updateMilestone } from '../../domain/milestones';
import { useBoardsStore } from '../../store/boards-store';
import { makeBoard } from '../../testing/factories';
import { ShareDialog } from './share-dialog';

const store = () => useBoardsStore.getState();

beforeEach(() => {
  useBoardsStore.setState(useBoardsStore.getInitialState(), true);
  let board = makeBoard({ 0: ['Swap leads'], 3: ['Buy them outright'] });
  board = updateMilestone(board, 'buy-them-outright', { internal: true });
  store().hydrate([board]);
});

const brief = () =>
  (screen.getByRole('textbox', { name: 'Partner brief' }) as HTMLTextAreaElement).value;

describe('ShareDialog', () => {
  it('makes everything for the partner unless asked otherwise, and says what it leaves out', () => {
    render(<ShareDialog boardId="board-1" onClose={vi.fn()} />);
    const who = screen.getByRole('group', { name: 'Who is it for?' });
    expect(within(who).getByRole('radio', { name: /Partner view/ })).toBeChecked();
    expect(who).toHaveTextContent(
      'Internal on this board: 1 milestone. Everything below leaves them out.',
    );
    expect(brief()).toContain('Swap leads');
    expect(brief()).not.toContain('Buy them outright');
    expect(brief()).not.toMatch(/internal/i);
  });

  it('makes it for our team when chosen: everything, internal items marked', async () => {
    const user = userEvent.setup();
    render(<ShareDialog boardId="board-1" onClose={vi.fn()} />);
    await user.click(screen.getByRole('radio', { name: /Internal/ }));
    expect(screen.getByRole('group', { name: 'Who is it for?' })).toHaveTextContent(
      'Everything below includes them, marked internal: keep it within the team.',
    );
    expect(brief()).toContain('**Internal: for our team only.**');
    expect(brief()).toMatch(/\*\*Buy them outright\*\* — internal ·/);
  });

  it('says so when nothing is internal, and where to mark something', () => {
    store().updateMilestone('board-1', 'buy-them-outright', { internal: false });
    render(<ShareDialog boardId="board-1" onClose={vi.fn()} />);
    expect(screen.getByRole('group', { name: 'Who is it for?' })).toHaveTextContent(
      'Nothing on this board is marked internal: both views hold the same. Mark a milestone internal in its editor.',
    );
  });
});
