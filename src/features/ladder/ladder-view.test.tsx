import { beforeAll, describe, expect, it } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import { preloadPages, renderApp } from '../../testing/render-app';
import { createBoard } from '../../domain/boards';
import { addMilestone } from '../../domain/milestones';
import { MILESTONE_TYPE_LABELS, MILESTONE_TYPES } from '../../domain/ladder';
import { placeOnLadder } from '../../domain/ladder-rows';
import { useBoardsStore } from '../../store/boards-store';
import { useLiveRoom } from '../../store/live-room';
import type { Board } from '../../domain/schema';

// The pages' code loads once, before the first test, not inside its wait for the board.
beforeAll(preloadPages);

function starter(): Board {
  return createBoard({ title: 'Acme', partnerName: 'Acme', template: 'starter' }, { id: 'acme' });
}

/** Opens the board at `query` and waits for the ladder, which loads on first use. */
async function openLadder(query = 'view=ladder', board = starter()) {
  const view = renderApp(`/boards/${board.id}?${query}`, [board]);
  await screen.findByRole('table', { name: /^Milestones by/ });
  return view;
}

const cell = (row: string, horizon: string) =>
  screen.getByRole('cell', { name: new RegExp(`^${row}, ${horizon}:`) });
const chip = (title: string) => screen.getByRole('button', { name: new RegExp(`^${title}`) });
const titlesIn = (element: HTMLElement) =>
  within(element)
    .queryAllByRole('button')
    .map((c) => c.getAttribute('aria-label')!.split(',')[0]);

describe('ladder view', () => {
  it('lays the board out with a row per rung and a column per horizon', async () => {
    const { user } = renderApp('/boards/acme', [starter()]);
    const ladder = await screen.findByRole('button', { name: 'Ladder' });
    expect(ladder).toHaveAttribute('aria-pressed', 'false');
    await user.click(ladder);
    const table = await screen.findByRole('table', { name: 'Milestones by type and horizon' });
    expect(ladder).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'Horizons' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );

    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual([
      'Type',
      'Now0–6 months',
      'Next6–18 months',
      'Later18 months–3 years',
      'Long term3–5+ years',
    ]);
    // Every rung is a row, empty or not: each is somewhere to drop.
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual(MILESTONE_TYPES.map((t) => MILESTONE_TYPE_LABELS[t]));
    expect(titlesIn(cell('Leads & referrals', 'Now'))).toEqual(['Swap first qualified referrals']);
    expect(cell('Other / custom', 'Now')).toHaveAccessibleName('Other / custom, Now: 0 milestones');
    expect(titlesIn(cell('Acquisition — we acquire them', 'Long term'))).toEqual([
      'We acquire the partner',
    ]);
    // The row names the type; the chip still says the owner and confidence.
    const referrals = chip('Swap first qualified referrals');
    expect(referrals).toHaveTextContent('80 % confident');
    expect(referrals).toHaveTextContent('Partner manager');
    expect(referrals).not.toHaveTextContent('Leads & referrals');
  });

  it('puts a milestone without a type in a “Not set” rung on top, while there is one', async () => {
    const board = starter();
    const next = board.horizons[1]!.id;
    const withIdea = addMilestone(board, next, { title: 'Quick idea' }, { id: 'quick' });
    await openLadder('view=ladder', withIdea);
    expect(screen.getAllByRole('rowheader')[0]).toHaveTextContent('Not set');
    expect(titlesIn(cell('Not set', 'Next'))).toEqual(['Quick idea']);
    expect(chip('Quick idea')).toHaveTextContent('Confidence not set');
    act(() =>
      useBoardsStore
        .getState()
        .edit('acme', (b) => placeOnLadder(b, 'quick', next, 'type', 'leads')),
    );
    expect(screen.queryByRole('rowheader', { name: 'Not set' })).toBeNull();
    expect(titlesIn(cell('Leads & referrals', 'Next'))).toEqual(['Quick idea']);
  });

  it('groups rows by owner or status, as the address says', async () => {
    const { user } = await openLadder('view=ladder&group=owner');
    expect(screen.getByRole('radio', { name: 'Owner' })).toBeChecked();
    const table = screen.getByRole('table', { name: 'Milestones by owner and horizon' });
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual([
      'Corporate development',
      'Executive sponsor',
      'Marketing',
      'Partner manager',
      'Product',
      'Sales',
      'No owner',
    ]);
    expect(titlesIn(cell('Product', 'Next'))).toEqual(['Native integration in both products']);

    await user.click(screen.getByRole('radio', { name: 'Status' }));
    const byStatus = screen.getByRole('table', { name: 'Milestones by status and horizon' });
    expect(
      within(byStatus)
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual(['Idea', 'Exploring', 'Committed']);
    expect(titlesIn(cell('Committed', 'Now'))).toEqual(['Swap first qualified referrals']);
  });

  it('leaves parked and achieved futures to their side areas', async () => {
    const board = starter();
    const [first] = Object.values(board.milestones).filter((m) => m.type === 'leads');
    board.milestones[first!.id] = { ...first!, status: 'dropped' };
    await openLadder('view=ladder&group=status', board);
    expect(screen.queryByRole('button', { name: /^Swap first qualified referrals/ })).toBeNull();
    expect(screen.queryByRole('rowheader', { name: 'Parked' })).toBeNull();
  });

  it('moves a chip to its new cell when the board changes', async () => {
    await openLadder();
    const id = chip('Swap first qualified referrals').dataset.milestoneId!;
    const later = useBoardsStore.getState().boards.acme!.horizons[2]!.id;
    act(() =>
      useBoardsStore
        .getState()
        .edit('acme', (b) => placeOnLadder(b, id, later, 'type', 'integration')),
    );
    expect(titlesIn(cell('Integration', 'Later'))).toEqual(['Swap first qualified referrals']);
    expect(cell('Leads & referrals', 'Now')).toHaveAccessibleName(
      'Leads & referrals, Now: 0 milestones',
    );
  });

  it('dims or hides what the filter leaves out, and keeps the filter across views', async () => {
    const { user } = await openLadder('view=ladder&q=referrals');
    expect(chip('Swap first qualified referrals')).not.toHaveAccessibleName(/does not match/);
    expect(chip('Native integration in both products')).toHaveAccessibleName(
      /does not match the filter$/,
    );

    await user.click(screen.getByRole('button', { name: 'Horizons' }));
    await screen.findByRole('region', { name: 'Now' });
    expect(screen.getByRole('searchbox')).toHaveValue('referrals');
    await user.click(screen.getByRole('button', { name: 'Ladder' }));
    await screen.findByRole('table', { name: 'Milestones by type and horizon' });
    expect(chip('Native integration in both products')).toHaveAccessibleName(/does not match/);
  });

  it('shows only the matching chips under a hiding filter', async () => {
    await openLadder('view=ladder&q=referrals&show=matching');
    expect(screen.getAllByRole('button', { name: /, status / }).map((c) => c.textContent)).toEqual([
      expect.stringMatching(/^Swap first qualified referrals/),
    ]);
    expect(cell('Integration', 'Next')).toHaveAccessibleName('Integration, Next: 0 milestones');
  });

  it('opens a chip with Enter or a click, as on the horizons', async () => {
    const { user } = await openLadder();
    chip('Enter a new region together').focus();
    await user.keyboard('{Enter}');
    const dialog = screen.getByRole('dialog', { name: 'Edit milestone' });
    expect(within(dialog).getByRole('textbox', { name: 'Title' })).toHaveValue(
      'Enter a new region together',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await user.click(chip('Minority investment in the partner'));
    expect(
      within(screen.getByRole('dialog', { name: 'Edit milestone' })).getByRole('textbox', {
        name: 'Title',
      }),
    ).toHaveValue('Minority investment in the partner');
  });

  it('lifts a chip with Space, says where it is, and puts it back with Escape', async () => {
    const { user } = await openLadder();
    const referrals = chip('Swap first qualified referrals');
    expect(referrals).not.toHaveAttribute('aria-pressed');
    referrals.focus();
    await user.keyboard(' ');
    await screen.findByText(
      'Picked up Swap first qualified referrals. It is in Leads & referrals, Now.',
    );
    expect(referrals).toHaveAttribute('aria-pressed', 'true');
    // Only the lifted chip says so.
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('button', { pressed: true })).toEqual([referrals]);
    await user.keyboard('{Escape}');
    await screen.findByText(/Moving Swap first qualified referrals was cancelled/);
    expect(referrals).not.toHaveAttribute('aria-pressed');
    expect(referrals).toHaveFocus();
  });

  it('in a live session, shows who else is at work on a chip, and tells them where this one goes', async () => {
    const { user } = await openLadder();
    const referrals = chip('Swap first qualified referrals');
    const [now, , later] = useBoardsStore.getState().boards.acme!.horizons;
    const ben = { clientId: 2, participantId: null, name: 'Ben', initials: 'B', color: 'green' };
    act(() =>
      useLiveRoom.setState({
        peers: {
          acme: [
            {
              ...ben,
              activity: {
                milestoneId: referrals.dataset.milestoneId!,
                action: 'moving',
                columnId: later!.id,
              },
            },
          ],
        },
      }),
    );
    expect(referrals).toHaveAccessibleName(/, Ben is moving it to Later$/);
    expect(await within(referrals).findByText('→ Later')).toBeInTheDocument();
    expect(referrals).toHaveClass('card--peer', 'avatar--green');

    // This person picks it up: the session hears which chip moves, and over which horizon
    // (jsdom lays nothing out, so it stays over Now; live.spec.ts drags it for real).
    act(() => useLiveRoom.setState({ peers: {} }));
    referrals.focus();
    await user.keyboard(' ');
    expect(useLiveRoom.getState().activity).toEqual({
      boardId: 'acme',
      activity: {
        milestoneId: referrals.dataset.milestoneId!,
        action: 'moving',
        columnId: now!.id,
      },
    });
    await user.keyboard('{Escape}');
    expect(useLiveRoom.getState().activity).toBeNull();
  });

  it('deletes a focused chip with the Delete key, and Undo in the toast brings it back', async () => {
    const { user } = await openLadder();
    chip('Swap first qualified referrals').focus();
    await user.keyboard('{Delete}');
    expect(titlesIn(cell('Leads & referrals', 'Now'))).toEqual([]);
    const toasts = screen.getByRole('status', { name: 'Notifications' });
    expect(toasts).toHaveTextContent('Deleted “Swap first qualified referrals”.');
    await user.click(within(toasts).getByRole('button', { name: 'Undo' }));
    expect(titlesIn(cell('Leads & referrals', 'Now'))).toEqual(['Swap first qualified referrals']);
  });
});
