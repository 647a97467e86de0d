import { beforeAll, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { makeBoard } from '../../testing/factories';
import { preloadPages, renderApp } from '../../testing/render-app';
import { useBoardsStore } from '../../store/boards-store';
import { paths } from '../../config/paths';
import { snapshotsOf } from '../../domain/timeline';
import { TimelineDialog } from '.';

const board = makeBoard({ 0: ['Swap referrals'], 1: ['Connector in the marketplace'] });
const state = () => useBoardsStore.getState();

beforeAll(async () => {
  await preloadPages();
  await TimelineDialog.load();
});

async function openTimeline() {
  const view = renderApp(paths.board.getHref(board.id), [board]);
  await view.user.click(await screen.findByRole('button', { name: 'Timeline' }));
  return { ...view, dialog: await screen.findByRole('dialog', { name: 'Timeline' }) };
}

describe('the timeline', () => {
  it('starts empty, saying what a snapshot is for', async () => {
    const { dialog } = await openTimeline();
    expect(within(dialog).getByText(/No snapshots yet/)).toBeInTheDocument();
  });

  it('saves a named snapshot, lists it newest first, and undoes it from the toast', async () => {
    const { user, dialog } = await openTimeline();
    const name = within(dialog).getByRole('textbox', { name: 'Snapshot name' });
    await user.type(name, 'January workshop{Enter}');
    await user.type(name, 'March review{Enter}');
    const rows = within(dialog).getAllByRole('listitem');
    expect(rows[0]).toHaveTextContent('March review');
    expect(rows[1]).toHaveTextContent('January workshop');
    expect(rows[0]).toHaveTextContent('2 milestones');
    expect(await screen.findByText('Snapshot “March review” saved.')).toBeInTheDocument();
    await user.click(screen.getAllByRole('button', { name: 'Undo' }).at(-1)!);
    expect(snapshotsOf(state().boards[board.id]!).map((s) => s.name)).toEqual(['January workshop']);
  });

  it('names a snapshot by its day when left unnamed, and deletes it with an undo', async () => {
    const { user, dialog } = await openTimeline();
    await user.click(within(dialog).getByRole('button', { name: 'Save snapshot' }));
    const [saved] = snapshotsOf(state().boards[board.id]!);
    expect(saved!.name).toMatch(/\d{4}/);
    await user.click(within(dialog).getByRole('button', { name: `Delete “${saved!.name}”` }));
    expect(within(dialog).getByText(/No snapshots yet/)).toBeInTheDocument();
    await user.click(screen.getAllByRole('button', { name: 'Undo' }).at(-1)!);
    expect(snapshotsOf(state().boards[board.id]!)).toHaveLength(1);
  });

  it('opens a snapshot read-only, as the board stood, and restores it as a new board', async () => {
    const { user, dialog } = await openTimeline();
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Snapshot name' }),
      'January workshop{Enter}',
    );
    // After the snapshot, a card is renamed: the snapshot still shows the old title.
    const id = Object.keys(state().boards[board.id]!.milestones)[0]!;
    state().updateMilestone(board.id, id, { title: 'Renamed since' });
    await user.click(within(dialog).getByRole('link', { name: 'Open “January workshop”' }));
    const bar = await screen.findByRole('region', { name: 'Snapshot' });
    expect(bar).toHaveTextContent('Snapshot “January workshop”, saved');
    expect(screen.getByText('Swap referrals')).toBeInTheDocument();
    expect(screen.queryByText('Renamed since')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Restore as a new board' }));
    expect(
      await screen.findByRole('button', { name: 'Board title: Acme – January workshop' }),
    ).toBeInTheDocument();
    expect(state().boardIds).toHaveLength(2);
    const restored = state().boards[state().boardIds[1]!]!;
    expect(restored.title).toBe('Acme – January workshop');
    expect(
      Object.values(restored.milestones)
        .map((m) => m.title)
        .sort(),
    ).toEqual(['Connector in the marketplace', 'Swap referrals']);
  });

  it('says so when a snapshot is no longer there, with the way back', async () => {
    renderApp(paths.snapshot.getHref(board.id, 'gone'), [board]);
    expect(
      await screen.findByRole('heading', { name: 'This snapshot is no longer here' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the board' })).toHaveAttribute(
      'href',
      paths.board.getHref(board.id),
    );
  });
});
