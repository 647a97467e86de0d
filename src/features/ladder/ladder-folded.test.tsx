import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { preloadPages, renderApp } from '../../testing/render-app';
import { createBoard } from '../../domain/boards';
import { useBoardsStore } from '../../store/boards-store';
import type { Board } from '../../domain/schema';
import { LadderView } from './ladder-view';
import { layOutTable } from '../../testing/ladder-layout';

// The pages' and the ladder's code load once, before the first test, not inside its waits.
beforeAll(() => Promise.all([preloadPages(), LadderView.load()]));
afterEach(() => vi.restoreAllMocks());

function starter(): Board {
  return createBoard({ title: 'Acme', partnerName: 'Acme', template: 'starter' }, { id: 'acme' });
}

async function openLadder(query = 'view=ladder') {
  const view = renderApp(`/boards/acme?${query}`, [starter()]);
  await screen.findByRole('table', { name: /^Milestones by/ });
  return view;
}

const cell = (row: string, horizon: string) =>
  screen.getByRole('cell', { name: new RegExp(`^${row}, ${horizon}:`) });
const chip = (title: string) => screen.getByRole('button', { name: new RegExp(`^${title}`) });
/** Whether a rung's row is folded to its thin strip. */
const folded = (row: string) =>
  screen
    .getByRole('rowheader', { name: row })
    .closest('[role="row"]')!
    .classList.contains('ladder__row--folded');

describe('folded rungs on the ladder', () => {
  it('fold an empty rung to a labelled strip that still counts as a cell per horizon', async () => {
    const first = await openLadder();
    expect(folded('Other / custom')).toBe(true);
    expect(folded('Leads & referrals')).toBe(false);
    expect(cell('Other / custom', 'Later')).toHaveAccessibleName(
      'Other / custom, Later: 0 milestones',
    );
    first.unmount();
    // Under a hiding filter, a rung with no match folds too; dimming folds nothing.
    const { unmount } = await openLadder('view=ladder&q=referrals&show=matching');
    expect(folded('Integration')).toBe(true);
    expect(folded('Leads & referrals')).toBe(false);
    unmount();
    await openLadder('view=ladder&q=referrals');
    expect(folded('Integration')).toBe(false);
  });

  it('take a chip moved into them with the keyboard, and unfold', async () => {
    const { user } = await openLadder();
    layOutTable();
    const moving = chip('The partner acquires us');
    moving.focus();
    await user.keyboard(' ');
    await screen.findByText(/^Picked up The partner acquires us/);
    await user.keyboard('{ArrowDown}');
    await screen.findByText('The partner acquires us is over Other / custom, Long term.');
    await user.keyboard(' ');
    await screen.findByText('Moved The partner acquires us to Other / custom, Long term.');
    expect(
      within(cell('Other / custom', 'Long term')).getByRole('button', { name: /^The partner/ }),
    ).toBeInTheDocument();
    const board = useBoardsStore.getState().boards.acme!;
    expect(
      Object.values(board.milestones).find((m) => m.title.startsWith('The partner')),
    ).toMatchObject({ type: 'custom' });
    expect(folded('Other / custom')).toBe(false);
    expect(folded('Acquisition — they acquire us')).toBe(true);
  });

  it('bring the first match into sight when the filter changes', async () => {
    const { user } = await openLadder();
    const scrolled = vi.spyOn(Element.prototype, 'scrollIntoView');
    await user.type(screen.getByRole('searchbox', { name: 'Search milestones' }), 'acquires');
    await waitFor(() => expect(scrolled.mock.contexts).toContain(chip('The partner acquires us')));
    expect(scrolled).toHaveBeenLastCalledWith(
      expect.objectContaining({ block: 'nearest', inline: 'nearest' }),
    );
    // Clearing the filter leaves the view where it is.
    scrolled.mockClear();
    await user.clear(screen.getByRole('searchbox', { name: 'Search milestones' }));
    await new Promise((done) => requestAnimationFrame(done));
    expect(scrolled).not.toHaveBeenCalled();
  });
});
