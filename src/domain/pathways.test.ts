import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { T0, T1, deepFreeze, makeBoard } from '../testing/factories';

const T2 = '2026-03-01T00:00:00.000Z';
import {
  addLink,
  linkProblem,
  linksOf,
  loopsOf,
  removeLinks,
  settleLinks,
  stepOf,
  updateLink,
  type LinkDraft,
} from './pathways';
import { deleteMilestone } from './milestones';
import { mergeBoards } from './merge';
import { restoreBoard } from './restore';
import { partnerView } from './audience';
import { adoptScenario, forkScenario } from './scenarios';
import type { Board, Link } from './schema';

/** The ladder of one partnership: leads now, integration next, a product and a deal later. */
const ladder = () =>
  makeBoard({
    0: ['Swap leads'],
    1: ['Native integration'],
    2: ['Joint product', 'Investment'],
    3: ['Acquisition'],
  });

const link = (board: Board, draft: LinkDraft, id = `l${linksOf(board).length + 1}`) => {
  expect(linkProblem(board, draft)).toBeUndefined();
  return addLink(board, draft, id, T1);
};

/** Leads → integration → product → investment → acquisition, by "leads to". */
const chain = () => {
  let board = ladder();
  const ids = ['swap-leads', 'native-integration', 'joint-product', 'investment', 'acquisition'];
  for (let i = 0; i + 1 < ids.length; i++)
    board = link(board, { from: ids[i]!, to: ids[i + 1]!, kind: 'leads-to' });
  return board;
};

describe('links between milestones', () => {
  it('says which milestone has to land first, whichever way the link is written', () => {
    expect(stepOf({ from: 'a', to: 'b', kind: 'leads-to' })).toEqual({ before: 'a', after: 'b' });
    expect(stepOf({ from: 'a', to: 'b', kind: 'depends-on' })).toEqual({ before: 'b', after: 'a' });
  });

  it('adds, changes and removes a link without touching the board it was given', () => {
    const board = deepFreeze(ladder());
    const linked = addLink(
      board,
      { from: 'swap-leads', to: 'native-integration', kind: 'leads-to', label: '  trust  ' },
      'l1',
      T1,
    );
    expect(linked.links).toEqual([
      {
        id: 'l1',
        from: 'swap-leads',
        to: 'native-integration',
        kind: 'leads-to',
        label: 'trust',
        updatedAt: T1,
      },
    ]);
    const changed = updateLink(deepFreeze(linked), 'l1', { kind: 'depends-on', label: '' }, T1);
    expect(changed.links?.[0]).toMatchObject({ kind: 'depends-on' });
    expect(changed.links?.[0]).not.toHaveProperty('label');
    expect(updateLink(changed, 'l1', { kind: 'depends-on' }, T1)).toBe(changed);
    const removed = removeLinks(deepFreeze(changed), ['l1'], T1);
    expect(removed.links).toBeUndefined();
    expect(removed.deleted).toEqual({ l1: T1 });
  });

  it('refuses a link to itself, to a missing milestone, a second one per pair, and a need that loops', () => {
    const board = chain();
    expect(linkProblem(board, { from: 'investment', to: 'investment', kind: 'leads-to' })).toBe(
      'self',
    );
    expect(linkProblem(board, { from: 'investment', to: 'gone', kind: 'leads-to' })).toBe(
      'missing',
    );
    expect(
      linkProblem(board, { from: 'joint-product', to: 'investment', kind: 'depends-on' }),
    ).toBe('twice');
    expect(linkProblem(board, { from: 'investment', to: 'joint-product', kind: 'leads-to' })).toBe(
      'twice',
    );
    // The leads need an acquisition first, which needs the leads: nobody could start.
    expect(linkProblem(board, { from: 'swap-leads', to: 'acquisition', kind: 'depends-on' })).toBe(
      'loop',
    );
    // The same two by "leads to" is a loop of trust, kept and warned about.
    expect(
      linkProblem(board, { from: 'acquisition', to: 'swap-leads', kind: 'leads-to' }),
    ).toBeUndefined();
    expect(
      linkProblem(board, { from: 'acquisition', to: 'swap-leads', kind: 'depends-on' }),
    ).toBeUndefined();
  });

  it('does not let a link turn into a need that loops', () => {
    let board = chain();
    board = link(board, { from: 'swap-leads', to: 'joint-product', kind: 'leads-to' }, 'skip');
    // "The leads depend on the joint product", which the leads lead to by way of the integration.
    expect(updateLink(board, 'skip', { kind: 'depends-on' }, T1)).toBe(board);
  });

  it('finds each loop of "leads to" links once', () => {
    let board = chain();
    board = link(board, { from: 'investment', to: 'native-integration', kind: 'leads-to' });
    expect(loopsOf(linksOf(board))).toEqual([
      ['native-integration', 'joint-product', 'investment'],
    ]);
    expect(loopsOf(linksOf(chain()))).toEqual([]);
  });

  it('takes a deleted milestone’s links with it, tombstoned', () => {
    const board = deleteMilestone(chain(), 'joint-product', T1);
    expect(linksOf(board).map((l) => [l.from, l.to])).toEqual([
      ['swap-leads', 'native-integration'],
      ['investment', 'acquisition'],
    ]);
    expect(Object.keys(board.deleted ?? {})).toEqual(['joint-product', 'l2', 'l3']);
  });
});

describe('settling links read from a file', () => {
  const { milestones } = ladder();
  const raw = (from: string, to: string, kind: Link['kind'], id = `${from}>${to}`): Link => ({
    id: id.replace(/[^A-Za-z0-9_-]/g, '_'),
    from,
    to,
    kind,
  });

  it('drops and reports links to missing milestones, to themselves, twice, and needs that loop', () => {
    const settled = settleLinks(
      [
        raw('swap-leads', 'native-integration', 'leads-to'),
        raw('swap-leads', 'nowhere', 'leads-to'),
        raw('investment', 'investment', 'leads-to'),
        raw('native-integration', 'swap-leads', 'depends-on', 'again'),
        raw('native-integration', 'joint-product', 'leads-to'),
        raw('native-integration', 'joint-product', 'depends-on', 'loop'),
      ],
      milestones,
    );
    expect(settled.links.map((l) => l.id)).toEqual([
      'swap-leads_native-integration',
      'native-integration_joint-product',
    ]);
    expect(settled.dropped.map((d) => d.text)).toEqual([
      'Dropped the link from “Swap leads” to a milestone that is not on the board.',
      'Dropped a link from “Investment” to itself.',
      'Dropped a second link between “Native integration” and “Swap leads”.',
      'Dropped a second link between “Native integration” and “Joint product”.',
    ]);
  });

  it('keeps a loop of "leads to"; drops the need that would close one', () => {
    const settled = settleLinks(
      [
        raw('swap-leads', 'native-integration', 'leads-to'),
        raw('native-integration', 'joint-product', 'leads-to'),
        raw('joint-product', 'swap-leads', 'leads-to'),
        raw('investment', 'acquisition', 'depends-on'),
        raw('investment', 'swap-leads', 'leads-to'),
        raw('acquisition', 'joint-product', 'depends-on'),
      ],
      milestones,
    );
    expect(settled.links).toHaveLength(5);
    expect(loopsOf(settled.links)).toEqual([['swap-leads', 'native-integration', 'joint-product']]);
    // Acquisition needs the product, which leads round to the investment, which needs the deal.
    expect(settled.dropped.map((d) => d.text)).toEqual([
      'Dropped the link “Acquisition” depends on “Joint product”: it would make each milestone wait for the other.',
    ]);
  });

  it('restores links with the board, repairing what it can and telling what it dropped', () => {
    const board = { ...chain(), links: [...linksOf(chain()), { id: 'x', from: 'swap-leads' }] };
    const result = restoreBoard(JSON.parse(JSON.stringify(board)));
    expect(result.ok && result.board.links).toHaveLength(4);
    expect(result.ok && result.warnings).toEqual(['Skipped link #5: it could not be repaired.']);
    const unknownKind = restoreBoard({
      ...chain(),
      links: [{ id: 'y', from: 'swap-leads', to: 'acquisition', kind: 'blocks' }],
    });
    expect(unknownKind.ok && unknownKind.board.links?.[0]?.kind).toBe('leads-to');
    expect(unknownKind.ok && unknownKind.warnings[0]).toMatch(
      /Set the kind of link #1 to “leads to”/,
    );
  });

  it('settles any list of links into one with no need in a loop and one link per pair', () => {
    const ids = Object.keys(milestones);
    const arbLink = fc.record({
      id: fc.uuid().map((u) => u.replace(/-/g, '').slice(0, 12)),
      from: fc.constantFrom(...ids),
      to: fc.constantFrom(...ids),
      kind: fc.constantFrom('leads-to' as const, 'depends-on' as const),
    });
    fc.assert(
      fc.property(fc.uniqueArray(arbLink, { maxLength: 15, selector: (l) => l.id }), (links) => {
        const { links: kept } = settleLinks(links, milestones);
        const pairs = kept.map((l) => [l.from, l.to].sort().join(' '));
        expect(new Set(pairs).size).toBe(pairs.length);
        // Every need sits outside every loop.
        const inLoops = new Set(loopsOf(kept).flat());
        for (const l of kept)
          if (l.kind === 'depends-on') expect(inLoops.has(l.from) && inLoops.has(l.to)).toBe(false);
        // Settling again changes nothing.
        expect(settleLinks(kept, milestones).links).toEqual(kept);
      }),
    );
  });
});

describe('links wherever the board goes', () => {
  it('merges per link: both sides’ new links kept, a removed one stays removed', () => {
    const base = chain();
    const ours = removeLinks(base, ['l1'], T2);
    const theirs = link(base, { from: 'swap-leads', to: 'acquisition', kind: 'leads-to' }, 'new');
    const { board, summary } = mergeBoards(ours, theirs, T1, base);
    expect(linksOf(board).map((l) => l.id)).toEqual(['l2', 'l3', 'l4', 'new']);
    expect(summary.added).toContain('the link “Swap leads” leads to “Acquisition”');
    // Without a base, their older copy does not bring the removed link back.
    expect(linksOf(mergeBoards(ours, base, T1).board).map((l) => l.id)).toEqual(['l2', 'l3', 'l4']);
  });

  it('drops a merged need that would loop, and says so', () => {
    const base = ladder();
    const ours = link(base, { from: 'swap-leads', to: 'investment', kind: 'depends-on' }, 'a');
    const theirs = link(base, { from: 'investment', to: 'swap-leads', kind: 'depends-on' }, 'b');
    const { board, summary } = mergeBoards(ours, theirs, T1, base);
    expect(linksOf(board).map((l) => l.id)).toEqual(['a']);
    expect(summary.conflicts).toEqual([
      'Dropped a second link between “Investment” and “Swap leads”.',
    ]);
  });

  it('leaves links to internal milestones out of what the partner sees', () => {
    let board = chain();
    board = {
      ...board,
      milestones: {
        ...board.milestones,
        investment: { ...board.milestones.investment!, internal: true },
      },
    };
    expect(linksOf(partnerView(board)).map((l) => l.id)).toEqual(['l1', 'l2']);
  });

  it('forks with the scenario and comes back when it is adopted', () => {
    const main = chain();
    const fork = forkScenario(main, { id: 's1', name: 'Slower', now: T0 });
    const scenario = removeLinks(fork, ['l4'], T1);
    const adopted = adoptScenario(main, scenario, T1);
    expect(linksOf(adopted).map((l) => l.id)).toEqual(['l1', 'l2', 'l3']);
    expect(adopted.deleted).toMatchObject({ l4: T1 });
  });
});
