import { beforeAll, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { makeBoard, makeMilestone } from '../../testing/factories';
import { preloadPages, renderApp } from '../../testing/render-app';
import { useBoardsStore } from '../../store/boards-store';
import { paths } from '../../config/paths';
import { TimelineDialog } from '.';

const base = makeBoard({}, { id: 'acme' });
/** Counting from 1 January 2027: a card due mid-July sits in Next, and rolls into Now. */
const board = {
  ...base,
  anchor: '2027-01-01',
  milestones: {
    july: makeMilestone({
      id: 'july',
      title: 'Due in July',
      horizonId: 'h1',
      targetDate: '2027-07-15',
    }),
  },
};
const state = () => useBoardsStore.getState();

beforeAll(async () => {
  await preloadPages();
  await TimelineDialog.load();
});

describe('horizons on the calendar, in the timeline', () => {
  it('roll on a quarter, show what their dates now put elsewhere, and move it in one step', async () => {
    const { user } = renderApp(paths.board.getHref(board.id), [board]);
    await user.click(await screen.findByRole('button', { name: 'Timeline' }));
    const section = within(await screen.findByRole('dialog', { name: 'Timeline' })).getByRole(
      'region',
      { name: 'Horizons on the calendar' },
    );
    expect(section).toHaveTextContent(
      'Every dated milestone sits in the horizon its date falls in.',
    );
    await user.click(within(section).getByRole('button', { name: 'Roll on to next quarter' }));
    expect(state().boards.acme!.anchor).toBe('2027-04-01');
    expect(section).toHaveTextContent('Due in July (');
    expect(section).toHaveTextContent('is in Next; its date falls in Now.');
    await user.click(within(section).getByRole('button', { name: 'Move it where its date says' }));
    expect(state().boards.acme!.milestones.july!.horizonId).toBe('h0');
    // One undo takes the move back, the next the roll.
    state().undo('acme');
    expect(state().boards.acme!.milestones.july!.horizonId).toBe('h1');
    state().undo('acme');
    expect(state().boards.acme!.anchor).toBe('2027-01-01');
  });
});
