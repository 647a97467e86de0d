import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import { preloadPages, renderApp } from '../../testing/render-app';
import { createBoard } from '../../domain/boards';
import { addMilestone } from '../../domain/milestones';
import type { Board, Milestone } from '../../domain/schema';
import { CELL_CHIP_LIMIT, shownIds } from './ladder-cells';
import { LadderView } from './ladder-view';
import { layOutTable } from '../../testing/ladder-layout';

beforeAll(() => Promise.all([preloadPages(), LadderView.load()]));
afterEach(() => vi.restoreAllMocks());

const TYPES: Milestone['type'][] = ['co-marketing', 'integration', 'joint-gtm', 'new-product'];

/** The starter board and 230 more: 30 leads in Now, the rest spread over four rungs. */
function crowded(): Board {
  let board = createBoard(
    { title: 'Acme', partnerName: 'Acme', template: 'starter' },
    { id: 'acme' },
  );
  const now = board.horizons[0]!.id;
  for (let i = 0; i < 30; i++)
    board = addMilestone(board, now, { title: `Lead ${i}`, type: 'leads' }, { id: `lead${i}` });
  for (let i = 0; i < 200; i++) {
    const horizon = board.horizons[i % board.horizons.length]!.id;
    const type = TYPES[i % TYPES.length];
    board = addMilestone(board, horizon, { title: `Item ${i}`, type }, { id: `item${i}` });
  }
  return board;
}

async function openLadder(query = 'view=ladder', board = crowded()) {
  const view = renderApp(`/boards/${board.id}?${query}`, [board]);
  await screen.findByRole('table', { name: /^Milestones by/ });
  return view;
}

const cell = (row: string, horizon: string) =>
  screen.getByRole('cell', { name: new RegExp(`^${row}, ${horizon}:`) });
const chip = (title: string) => screen.getByRole('button', { name: new RegExp(`^${title},`) });
const countIn = (label: string | null) => Number(/: (\d+) milestones?$/.exec(label ?? '')?.[1]);

describe('a crowded ladder', () => {
  it('mounts a few chips per cell, and counts every milestone in its cells', async () => {
    await openLadder();
    const table = screen.getByRole('table');
    const held = within(table)
      .getAllByRole('cell')
      .reduce((sum, c) => sum + countIn(c.getAttribute('aria-label')), 0);
    const mounted = table.querySelectorAll('[data-milestone-id]').length;
    expect(held).toBeGreaterThanOrEqual(230);
    expect(mounted).toBeLessThan(held / 2);
    const leads = cell('Leads & referrals', 'Now');
    expect(leads).toHaveAccessibleName(/: 31 milestones$/);
    expect(within(leads).getAllByRole('button', { name: /^(?!Show)/ })).toHaveLength(
      CELL_CHIP_LIMIT,
    );
    expect(
      within(leads).getByRole('button', { name: 'Show 25 more in Leads & referrals, Now' }),
    ).toHaveTextContent('+25 more');
  });

  it('lets Tab reach every chip: past the last one shown, the button opens the rest', async () => {
    const { user } = await openLadder();
    const leads = cell('Leads & referrals', 'Now');
    const shown = within(leads).getAllByRole('button', { name: /^(?!Show)/ });
    shown.at(-1)!.focus();
    await user.tab();
    expect(within(leads).getByRole('button', { name: /^Show 25 more/ })).toHaveFocus();
    await user.keyboard('{Enter}');
    // The first chip that was behind the button has focus, and Tab goes on through the rest.
    expect(chip(`Lead ${CELL_CHIP_LIMIT - 1}`)).toHaveFocus();
    await user.tab();
    expect(chip(`Lead ${CELL_CHIP_LIMIT}`)).toHaveFocus();
    expect(within(leads).queryByRole('button', { name: /^Show/ })).toBeNull();
    expect(leads.querySelectorAll('[data-milestone-id]')).toHaveLength(31);
  });

  it('keeps a chip dropped in a full cell on show, with the keyboard on it', async () => {
    const { user } = await openLadder();
    layOutTable();
    const moving = chip('Item 1');
    expect(cell('Integration', 'Next')).toContainElement(moving);
    moving.focus();
    await user.keyboard(' ');
    await screen.findByText(/^Picked up Item 1\./);
    await user.keyboard('{ArrowLeft}');
    await user.keyboard('{ArrowUp}');
    await user.keyboard('{ArrowUp}');
    await screen.findByText('Item 1 is over Leads & referrals, Now.');
    await user.keyboard(' ');
    await screen.findByText('Moved Item 1 to Leads & referrals, Now.');
    const leads = cell('Leads & referrals', 'Now');
    expect(leads).toHaveAccessibleName(/: 32 milestones$/);
    const dropped = within(leads).getByRole('button', { name: /^Item 1,/ });
    await vi.waitFor(() => expect(dropped).toHaveFocus());
    expect(within(leads).getByRole('button', { name: /^Show 25 more/ })).toBeInTheDocument();
  });

  it('shows and brings into sight a first match that would be behind the button', async () => {
    const scrolled = vi.spyOn(Element.prototype, 'scrollIntoView');
    await openLadder('view=ladder&q=Lead%2020');
    const match = chip('Lead 20');
    expect(cell('Leads & referrals', 'Now')).toContainElement(match);
    await vi.waitFor(() => expect(scrolled.mock.contexts).toContain(match));
    expect(chip('Lead 0')).toHaveClass('card--dimmed');
    expect(screen.queryByRole('button', { name: /^Lead 21,/ })).toBeNull();
  });
});

describe('shownIds', () => {
  const ids = Array.from({ length: 10 }, (_, i) => `m${i}`);
  it('shows the first chips of a full cell, all of an open or small one', () => {
    expect(shownIds(ids, false, null)).toEqual(ids.slice(0, CELL_CHIP_LIMIT));
    expect(shownIds(ids, true, null)).toBe(ids);
    expect(shownIds(ids.slice(0, 3), false, null)).toEqual(ids.slice(0, 3));
  });
  it('adds the chip last picked up, when it is in the cell and not already shown', () => {
    expect(shownIds(ids, false, 'm9')).toEqual([...ids.slice(0, CELL_CHIP_LIMIT), 'm9']);
    expect(shownIds(ids, false, 'm0')).toEqual(ids.slice(0, CELL_CHIP_LIMIT));
    expect(shownIds(ids, false, 'elsewhere')).toEqual(ids.slice(0, CELL_CHIP_LIMIT));
    expect(shownIds(ids, false, 'm8', null, 'm7')).toEqual([
      ...ids.slice(0, CELL_CHIP_LIMIT),
      'm8',
      'm7',
    ]);
  });
});
