import { beforeAll, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { makeBoard } from '../../testing/factories';
import { preloadPages, renderApp } from '../../testing/render-app';
import { useBoardsStore } from '../../store/boards-store';
import { addLink } from '../../domain/pathways';
import { paths } from '../../config/paths';
import { MilestonePath } from '.';

const T = '2026-06-01T00:00:00.000Z';
const base = makeBoard(
  {
    0: ['Swap leads'],
    1: ['Native integration'],
    2: ['Joint product'],
  },
  { id: 'acme' },
);
/** The product needs the integration, which the leads lead to. */
const board = addLink(
  addLink(base, { from: 'swap-leads', to: 'native-integration', kind: 'leads-to' }, 'l1', T),
  { from: 'joint-product', to: 'native-integration', kind: 'depends-on' },
  'l2',
  T,
);
const state = () => useBoardsStore.getState();
/** The picker and the card's menu come with code loaded on first use: time for a busy machine. */
const LAZY = { timeout: 10_000 };
const linksNow = () => (state().boards.acme!.links ?? []).map((l) => [l.from, l.kind, l.to]);

beforeAll(async () => {
  await preloadPages();
  await MilestonePath.load();
});

/** Opens a card's editor and gives its Path section. */
async function pathOf(title: string) {
  const app = renderApp(paths.board.getHref(board.id), [board]);
  await app.user.click(await screen.findByRole('button', { name: new RegExp(`^${title}`) }));
  // The editor's code loads on first use: give it time on a loaded machine.
  const editor = await screen.findByRole('dialog', { name: 'Edit milestone' }, { timeout: 10_000 });
  return { ...app, section: within(editor).getByRole('region', { name: 'Path' }) };
}

describe('a milestone’s path, in its editor', () => {
  it('lists its chain in landing order, its links, and the chance it all lands', async () => {
    const { section } = await pathOf('Joint product');
    const steps = within(section.querySelector('ol')!).getAllByRole('listitem');
    expect(steps.map((li) => li.textContent)).toEqual([
      'Swap leads Now · Confidence not set',
      'Native integration Next · Confidence not set',
      'Joint product Later · Confidence not set',
    ]);
    expect(section).toHaveTextContent(
      '“Joint product” needs 3 milestones to land, itself included. Give them a confidence to see the chance.',
    );
    const links = within(section).getByRole('list', { name: 'Links' });
    expect(links).toHaveTextContent('Native integration');
    expect(within(links).getByRole('combobox')).toHaveValue('depends-on');
  });

  it('removes a link with Undo, and links to another milestone found by typing', async () => {
    const { section, user } = await pathOf('Swap leads');
    await user.click(
      within(section).getByRole('button', { name: 'Remove the link with “Native integration”' }),
    );
    expect(linksNow()).toEqual([['joint-product', 'depends-on', 'native-integration']]);
    expect(screen.getByRole('status', { name: 'Notifications' })).toHaveTextContent(
      'Removed the link: “Swap leads” leads to “Native integration”.',
    );
    state().undo('acme');
    expect(linksNow()).toHaveLength(2);

    await user.click(within(section).getByRole('button', { name: 'Link to…' }));
    const search = within(section).getByRole('searchbox', { name: 'Find the milestone' });
    expect(search).toHaveFocus();
    await user.type(search, 'joint');
    const results = within(section).getByRole('list', { name: 'Milestones to link to' });
    expect(
      within(results)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['leads to Joint product Later']);
    await user.keyboard('{Enter}');
    expect(linksNow()).toContainEqual(['swap-leads', 'leads-to', 'joint-product']);
  });

  it('refuses a need that would loop, and says what to do instead', async () => {
    const { section, user } = await pathOf('Swap leads');
    await user.click(within(section).getByRole('button', { name: 'Link to…' }));
    // The leads lead to the integration, which the product needs: the leads cannot need it.
    await user.selectOptions(
      within(section).getByRole('combobox', { name: '“Swap leads”…' }),
      'depends-on',
    );
    await user.type(
      within(section).getByRole('searchbox', { name: 'Find the milestone' }),
      'joint',
    );
    await user.keyboard('{Enter}');
    expect(within(section).getByRole('alert')).toHaveTextContent(
      'That would make each milestone wait for the other. Link them with “leads to”, or remove the link that points back.',
    );
    expect(linksNow()).toHaveLength(2);
  });

  it('keeps a few words on a link, changed in place', async () => {
    const { section, user } = await pathOf('Swap leads');
    const words = within(section).getByRole('textbox', {
      name: 'A few words on the link with “Native integration”',
    });
    await user.type(words, 'trust first{Enter}');
    expect(state().boards.acme!.links![0]).toMatchObject({ id: 'l1', label: 'trust first' });
    state().undo('acme');
    await waitFor(() => expect(words).toHaveValue(''));
  });
});

describe('the L key on a card', () => {
  it('opens a picker that links the card to the milestone typed', async () => {
    const { user } = renderApp(paths.board.getHref(board.id), [board]);
    const card = await screen.findByRole('button', { name: /^Joint product/ });
    expect(card).toHaveAccessibleName(/depends on Native integration, in Next$/);
    card.focus();
    await user.keyboard('l');
    const picker = await screen.findByRole('dialog', { name: 'Link “Joint product”' }, LAZY);
    await user.selectOptions(
      within(picker).getByRole('combobox', { name: '“Joint product”…' }),
      'depends-on',
    );
    await user.type(
      within(picker).getByRole('searchbox', { name: 'Find the milestone' }),
      'swap{Enter}',
    );
    expect(linksNow()).toContainEqual(['joint-product', 'depends-on', 'swap-leads']);
    expect(screen.queryByRole('dialog', { name: 'Link “Joint product”' })).toBeNull();
  });
});

describe('a card’s menu', () => {
  it('opens on a right click and links the card from “Link to…”', async () => {
    const { user } = renderApp(paths.board.getHref(board.id), [board]);
    const card = await screen.findByRole('button', { name: /^Swap leads/ });
    await user.pointer({ keys: '[MouseRight]', target: card });
    const menu = await screen.findByRole('menu', { name: '“Swap leads”' }, LAZY);
    expect(within(menu).getByRole('menuitem', { name: 'Open' })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    const linkTo = within(menu).getByRole('menuitem', { name: 'Link to…' });
    expect(linkTo).toHaveFocus();
    await user.keyboard('{Enter}');
    const picker = await screen.findByRole('dialog', { name: 'Link “Swap leads”' }, LAZY);
    await user.type(
      within(picker).getByRole('searchbox', { name: 'Find the milestone' }),
      'joint{Enter}',
    );
    expect(linksNow()).toContainEqual(['swap-leads', 'leads-to', 'joint-product']);
  });

  it('opens on a board without links, asked for before the pathways’ code has arrived', async () => {
    const { user } = renderApp(paths.board.getHref(base.id), [base]);
    const card = await screen.findByRole('button', { name: /^Native integration/ });
    await user.pointer({ keys: '[MouseRight]', target: card });
    const menu = await screen.findByRole('menu', { name: '“Native integration”' }, LAZY);
    expect(within(menu).getByRole('menuitem', { name: 'Open' })).toHaveFocus();
  });

  it('closes on Escape and gives the focus back to the card', async () => {
    const { user } = renderApp(paths.board.getHref(board.id), [board]);
    const card = await screen.findByRole('button', { name: /^Joint product/ });
    card.focus();
    await user.pointer({ keys: '[MouseRight]', target: card });
    await screen.findByRole('menu', { name: '“Joint product”' }, LAZY);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(card).toHaveFocus();
  });
});
