import { beforeAll, describe, expect, it } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import { preloadPages, renderApp } from '../../../testing/render-app';
import { createBoard } from '../../../domain/boards';
import { milestoneIdsIn } from '../../../domain/milestones';
import { useBoardsStore } from '../../../store/boards-store';
import type { Board } from '../../../domain/schema';
import { makeMilestone } from '../../../testing/factories';

// The pages' code loads once, before the first test, not inside its wait for the board.
beforeAll(preloadPages);

function starter(): Board {
  return createBoard({ title: 'Acme', partnerName: 'Acme', template: 'starter' }, { id: 'acme' });
}

const titlesIn = (horizon: string) =>
  within(screen.getByRole('region', { name: horizon }))
    .queryAllByRole('button', { name: /, status / })
    .map((card) => card.getAttribute('aria-label')!.split(',')[0]);

const toasts = () => screen.getByRole('status', { name: 'Notifications' });

async function openBoard(board = starter()) {
  const view = renderApp(`/boards/${board.id}`, [board]);
  await screen.findByRole('region', { name: 'Now' });
  return view;
}

describe('board page', () => {
  it('shows every horizon with its timeframe, count and cards', async () => {
    await openBoard();
    const now = screen.getByRole('region', { name: 'Now' });
    expect(within(now).getByText('0–6 months')).toBeVisible();
    expect(within(now).getByLabelText('2 milestones')).toBeVisible();
    expect(titlesIn('Long term')).toEqual(['We acquire the partner', 'The partner acquires us']);
    // The type is told in words as well as colour.
    const swap = within(now).getByRole('button', { name: /^Swap first qualified referrals/ });
    expect(within(swap).getByText('Leads & referrals')).toBeVisible();
  });

  it('says so when the board does not exist', async () => {
    renderApp('/boards/nope', []);
    expect(await screen.findByRole('heading', { name: 'This board is not here' })).toBeVisible();
  });

  it('adds a milestone with the quick add and keeps the field ready for the next', async () => {
    const { user } = await openBoard();
    const input = screen.getByRole('textbox', { name: 'Add a milestone to Later' });
    await user.type(input, 'Shared roadmap review{Enter}');
    expect(titlesIn('Later').at(-1)).toBe('Shared roadmap review');
    expect(input).toHaveValue('');
  });

  it('opens a card with Enter and saves every field, with messages for bad input', async () => {
    const { user } = await openBoard();
    screen.getByRole('button', { name: /^Swap first qualified referrals/ }).focus();
    await user.keyboard('{Enter}');
    const dialog = screen.getByRole('dialog', { name: 'Edit milestone' });

    const title = within(dialog).getByRole('textbox', { name: 'Title' });
    await user.clear(title);
    const confidence = within(dialog).getByRole('spinbutton', { name: 'Confidence (%)' });
    await user.clear(confidence);
    await user.type(confidence, '150');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(within(dialog).getByText('Give the milestone a title.')).toBeVisible();
    expect(
      within(dialog).getByText('Confidence is a whole number from 0 to 100, or leave it empty.'),
    ).toBeVisible();
    expect(title).toHaveAttribute('aria-invalid', 'true');

    await user.type(title, 'Referral program live');
    await user.clear(confidence);
    await user.type(confidence, '65');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Type' }), 'custom');
    await user.type(within(dialog).getByRole('textbox', { name: /Custom type/ }), 'Joint venture');
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Horizon' }),
      'Next (6–18 months)',
    );
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Status' }), 'Committed');
    const owner = within(dialog).getByRole('textbox', { name: 'Owner' });
    await user.clear(owner);
    await user.type(owner, 'Priya');
    const tags = within(dialog).getByRole('textbox', { name: 'Tags' });
    expect(tags).toHaveValue('pipeline');
    await user.clear(tags);
    await user.type(tags, 'emea, pipeline, EMEA');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    const card = screen.getByRole('button', { name: /^Referral program live/ });
    // A new title makes the example the team's own: no longer marked as one.
    expect(card).toHaveAccessibleName(
      /^Referral program live, Joint venture, owner Priya, 65 % confident, status Committed, target .+, tagged emea, pipeline, has notes, its date falls in Now, not Next$/,
    );
    expect(titlesIn('Next').at(-1)).toBe('Referral program live');
    const board = useBoardsStore.getState().boards.acme!;
    const saved = Object.values(board.milestones).find((m) => m.title === 'Referral program live')!;
    expect(saved.tags).toEqual(['emea', 'pipeline']);
  });

  it('deletes a focused card with the Delete key and undoes it from the toast', async () => {
    const { user } = await openBoard();
    screen.getByRole('button', { name: /^Joint webinar/ }).focus();
    await user.keyboard('{Delete}');
    expect(titlesIn('Now')).toEqual(['Swap first qualified referrals']);
    await user.click(within(toasts()).getByRole('button', { name: 'Undo' }));
    expect(titlesIn('Now')).toEqual([
      'Swap first qualified referrals',
      'Joint webinar for shared customers',
    ]);
  });

  it('undoes and redoes with the toolbar and the keyboard', async () => {
    const { user } = await openBoard();
    const undo = screen.getByRole('button', { name: 'Undo' });
    expect(undo).toBeDisabled();
    await user.type(
      screen.getByRole('textbox', { name: 'Add a milestone to Now' }),
      'One more{Enter}',
    );
    expect(titlesIn('Now')).toHaveLength(3);
    await user.click(undo);
    expect(titlesIn('Now')).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'Redo' }));
    expect(titlesIn('Now')).toHaveLength(3);
    await user.click(document.body);
    await user.keyboard('{Control>}z{/Control}');
    expect(titlesIn('Now')).toHaveLength(2);
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(titlesIn('Now')).toHaveLength(3);
  });

  it('edits the partner name and vision in place', async () => {
    const { user } = await openBoard();
    await user.click(screen.getByRole('button', { name: /^Vision statement:/ }));
    const vision = screen.getByRole('textbox', { name: 'Vision statement' });
    await user.clear(vision);
    await user.type(vision, 'The default choice for shared customers{Control>}{Enter}{/Control}');
    expect(
      screen.getByRole('button', { name: /^Vision statement: The default choice/ }),
    ).toBeVisible();

    await user.click(screen.getByRole('button', { name: /^Partner name:/ }));
    const name = screen.getByRole('textbox', { name: 'Partner name' });
    await user.clear(name);
    await user.type(name, 'Umbrella{Escape}');
    expect(screen.getByRole('button', { name: /^Partner name: Acme/ })).toBeVisible();
  });

  it('removes a horizon that holds milestones without losing them, and undoes it', async () => {
    const { user } = await openBoard();
    await user.click(screen.getByRole('button', { name: 'Edit horizon Next' }));
    const dialog = await screen.findByRole('dialog', { name: 'Horizon: Next' });
    expect(within(dialog).getByText('Its 2 milestones move to Now.')).toBeVisible();
    await user.click(within(dialog).getByRole('button', { name: 'Remove horizon' }));
    expect(screen.queryByRole('region', { name: 'Next' })).not.toBeInTheDocument();
    expect(titlesIn('Now')).toHaveLength(4);
    expect(toasts()).toHaveTextContent('Removed “Next”; its 2 milestones moved to “Now”.');
    await user.click(within(toasts()).getByRole('button', { name: 'Undo' }));
    expect(titlesIn('Next')).toHaveLength(2);
  });

  it('adds, renames and moves horizons from dialogs', async () => {
    const { user } = await openBoard();
    await user.click(screen.getByRole('button', { name: 'Horizon' }));
    const add = await screen.findByRole('dialog', { name: 'Add a horizon' });
    await user.click(within(add).getByRole('button', { name: 'Add horizon' }));
    expect(within(add).getByText('Give the horizon a name, e.g. “Next”.')).toBeVisible();
    await user.type(within(add).getByRole('textbox', { name: 'Name' }), 'Beyond');
    await user.type(within(add).getByRole('textbox', { name: 'Timeframe' }), '5+ years');
    await user.click(within(add).getByRole('button', { name: 'Add horizon' }));
    expect(screen.getByRole('region', { name: 'Beyond' })).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Edit horizon Beyond' }));
    const edit = await screen.findByRole('dialog', { name: 'Horizon: Beyond' });
    await user.click(within(edit).getByRole('button', { name: 'Move left' }));
    await user.click(within(edit).getByRole('button', { name: 'Cancel' }));
    const board = useBoardsStore.getState().boards.acme!;
    expect(board.horizons.map((h) => h.title)).toEqual([
      'Now',
      'Next',
      'Later',
      'Beyond',
      'Long term',
    ]);
    expect(milestoneIdsIn(board, board.horizons[3]!.id)).toEqual([]);
    expect(
      within(screen.getByRole('region', { name: 'Beyond' })).getByText(/No milestones yet/),
    ).toBeVisible();
  });
});

describe('a big board', () => {
  it('mounts only the cards in view of a long horizon', async () => {
    let board = createBoard({ title: 'Big' }, { id: 'big' });
    const now = board.horizons[0]!.id;
    const milestones = { ...board.milestones };
    for (let i = 0; i < 500; i++) {
      milestones[`m${i}`] = makeMilestone({
        id: `m${i}`,
        horizonId: now,
        position: i,
        title: `Milestone ${i}`,
      });
    }
    board = { ...board, milestones };
    renderApp(`/boards/${board.id}`, [board]);
    const column = await screen.findByRole('region', { name: 'Now' });
    expect(within(column).getByLabelText('500 milestones')).toBeVisible();
    const mounted = within(column).getAllByRole('button', { name: /, status / });
    // jsdom measures every card as 0 px tall, so its window holds more cards than a screen
    // would (800 px over the 8 px gap, plus overscan); what matters is that most of the 500
    // are not mounted.
    expect(mounted.length).toBeGreaterThan(3);
    expect(mounted.length).toBeLessThan(150);
    expect(mounted[0]).toHaveAccessibleName(/^Milestone 0,/);
  });
});

describe('the balance meter', () => {
  it('shows each horizon’s share and a hint when almost everything sits in Now', async () => {
    const { user } = await openBoard(createBoard({ title: 'Lopsided' }, { id: 'lopsided' }));
    expect(screen.queryByRole('region', { name: 'Balance' })).not.toBeInTheDocument();
    const quickAdd = screen.getByRole('textbox', { name: 'Add a milestone to Now' });
    await user.type(quickAdd, 'One{Enter}Two{Enter}Three{Enter}');
    const balance = screen.getByRole('region', { name: 'Balance' });
    // Quick add gives no confidence, so nothing weighs anything yet.
    expect(within(balance).getAllByRole('listitem')[0]).toHaveTextContent(
      'Now 0% of the weighted impact, 3 milestones',
    );
    const store = useBoardsStore.getState();
    const ids = milestoneIdsIn(store.boards.lopsided!, store.boards.lopsided!.horizons[0]!.id);
    act(() => ids.forEach((id) => store.updateMilestone('lopsided', id, { confidence: 50 })));
    const [now, next] = within(balance).getAllByRole('listitem');
    expect(now).toHaveTextContent('Now 100% of the weighted impact, 3 milestones');
    expect(next).toHaveTextContent('Next 0% of the weighted impact, 0 milestones');
    expect(within(balance).getByText(/^Almost everything sits in Now\./)).toBeVisible();
  });
});
