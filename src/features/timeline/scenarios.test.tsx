import { beforeAll, describe, expect, it } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import { makeBoard } from '../../testing/factories';
import { preloadPages, renderApp, resetStore } from '../../testing/render-app';
import { forkAsScenario } from './timeline-actions';
import { useBoardsStore } from '../../store/boards-store';
import { paths } from '../../config/paths';
import { TimelineDialog, loadComparePage } from '.';

const main = makeBoard({ 0: ['Swap referrals'], 3: ['We acquire them'] });
const state = () => useBoardsStore.getState();

beforeAll(async () => {
  await preloadPages();
  await TimelineDialog.load();
  await loadComparePage();
});

describe('scenarios', () => {
  it('fork from the timeline, sit under their board on the list, and compare card by card', async () => {
    const { user, unmount } = renderApp(paths.board.getHref(main.id), [main]);
    await user.click(await screen.findByRole('button', { name: 'Timeline' }));
    const dialog = await screen.findByRole('dialog', { name: 'Timeline' });
    const scenarios = within(dialog).getByRole('region', { name: 'Scenarios' });
    await user.type(
      within(scenarios).getByRole('textbox', { name: 'Scenario name' }),
      'They acquire us{Enter}',
    );
    expect(within(scenarios).getByRole('listitem')).toHaveTextContent('They acquire us');
    const forkId = state().boardIds[1]!;
    expect(state().boards[forkId]).toMatchObject({
      title: 'Acme – They acquire us',
      scenario: { of: main.id, name: 'They acquire us' },
    });
    unmount();

    act(() => state().moveMilestone(forkId, 'we-acquire-them', 'h2', 0));
    renderApp(paths.boards.getHref(), Object.values(state().boards));
    const rows = within(await screen.findByRole('list', { name: 'Boards' })).getAllByRole(
      'listitem',
    );
    expect(rows.map((row) => row.querySelector('h2')?.textContent)).toEqual([
      'Acme',
      'Acme – They acquire us',
    ]);
    expect(rows[1]).toHaveTextContent('Scenario: They acquire us');

    renderApp(paths.compare.scenario(main.id, forkId), Object.values(state().boards));
    const details = await screen.findByRole('region', {
      name: 'How the scenario “They acquire us” differs from the main board',
    });
    expect(details).toHaveTextContent('1 moved earlier.');
    expect(screen.getByText('From Long term')).toBeInTheDocument();
  });

  it('compare any two: a scenario against another of the same board', async () => {
    resetStore([main]);
    const they = forkAsScenario(main.id, 'They acquire us')!;
    const we = forkAsScenario(main.id, 'We acquire them')!;
    act(() => state().moveMilestone(they, 'we-acquire-them', 'h2', 0));
    const { user } = renderApp(paths.compare.scenario(main.id, we), Object.values(state().boards));
    expect(
      await screen.findByRole('region', {
        name: 'How the scenario “We acquire them” differs from the main board',
      }),
    ).toHaveTextContent('No changes.');
    await user.selectOptions(screen.getByRole('combobox', { name: 'against' }), they);
    const details = await screen.findByRole('region', {
      name: 'How the scenario “We acquire them” differs from “They acquire us”',
    });
    expect(details).toHaveTextContent('1 moved later.');
    expect(screen.getByText('From Later')).toBeInTheDocument();
  });

  it('adopt one as the plan in one step, which Undo takes back', async () => {
    resetStore([main]);
    const forkId = forkAsScenario(main.id, 'Plan B')!;
    act(() => state().moveMilestone(forkId, 'swap-referrals', 'h1', 0));
    const { user } = renderApp(paths.board.getHref(forkId), Object.values(state().boards));
    await user.click(await screen.findByRole('button', { name: 'Timeline' }));
    const dialog = await screen.findByRole('dialog', { name: 'Timeline' });
    await user.click(within(dialog).getByRole('button', { name: 'Adopt as the plan' }));
    expect(state().boards[main.id]!.milestones['swap-referrals']!.horizonId).toBe('h1');
    expect(await screen.findByText('“Plan B” is now the plan of “Acme”.')).toBeInTheDocument();
    await user.click(screen.getAllByRole('button', { name: 'Undo' }).at(-1)!);
    expect(state().boards[main.id]!.milestones['swap-referrals']!.horizonId).toBe('h0');
    expect(state().boards[forkId]).toBeDefined();
  });
});
