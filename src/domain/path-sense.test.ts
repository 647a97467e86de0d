import { describe, expect, it } from 'vitest';
import { T1, makeBoard } from '../testing/factories';
import { addLink, type LinkDraft } from './pathways';
import {
  chainChance,
  chainSentence,
  linkWords,
  pathOf,
  pathWarnings,
  percentOf,
  warningsOf,
} from './path-sense';
import { moveMilestone, updateMilestone } from './milestones';
import type { Board } from './schema';

const ladder = () =>
  makeBoard({
    0: ['Swap leads'],
    1: ['Native integration', 'Co-marketing'],
    2: ['Joint product', 'Investment'],
    3: ['Acquisition'],
  });

const withLinks = (board: Board, drafts: Omit<LinkDraft, 'kind'>[], kind: LinkDraft['kind']) =>
  drafts.reduce((b, draft, i) => addLink(b, { ...draft, kind }, `${kind}-${i}`, T1), board);

const confident = (board: Board, confidences: Record<string, number>) =>
  Object.entries(confidences).reduce(
    (b, [id, confidence]) => updateMilestone(b, id, { confidence }),
    board,
  );

/** The joint product needs the integration, which needs the leads; it leads to the investment. */
const board = () =>
  withLinks(
    withLinks(
      ladder(),
      [
        { from: 'joint-product', to: 'native-integration' },
        { from: 'native-integration', to: 'swap-leads' },
      ],
      'depends-on',
    ),
    [
      { from: 'joint-product', to: 'investment' },
      { from: 'investment', to: 'acquisition' },
    ],
    'leads-to',
  );

describe('the path through a milestone', () => {
  it('lists what leads up to it and what it leads on to, each in landing order', () => {
    const path = pathOf(board(), 'joint-product');
    expect(path.upstream).toEqual(['swap-leads', 'native-integration']);
    expect(path.downstream).toEqual(['investment', 'acquisition']);
    expect([...path.linkIds].sort()).toEqual([
      'depends-on-0',
      'depends-on-1',
      'leads-to-0',
      'leads-to-1',
    ]);
    // A milestone off the path has none.
    expect(pathOf(board(), 'co-marketing')).toEqual({
      upstream: [],
      downstream: [],
      linkIds: new Set(),
    });
  });

  it('walks a loop without going round it forever', () => {
    const looped = withLinks(board(), [{ from: 'acquisition', to: 'swap-leads' }], 'leads-to');
    const path = pathOf(looped, 'joint-product');
    expect(new Set(path.upstream)).toEqual(
      new Set(['swap-leads', 'native-integration', 'investment', 'acquisition']),
    );
    expect(path.upstream).toHaveLength(4);
  });
});

describe('the chance a chain lands', () => {
  it('multiplies the confidence of every step it needs, itself included', () => {
    const sure = confident(board(), {
      'swap-leads': 80,
      'native-integration': 60,
      'joint-product': 50,
    });
    const chance = chainChance(sure, 'joint-product');
    expect(chance.steps.map((m) => m.id)).toEqual([
      'swap-leads',
      'native-integration',
      'joint-product',
    ]);
    expect(chance.together).toBeCloseTo(0.24);
    expect(chainSentence(chance)).toBe(
      '“Joint product” needs 3 milestones to land, itself included: 24 % together.',
    );
  });

  it('counts an achieved step as landed and a parked one as never landing', () => {
    let sure = confident(board(), { 'native-integration': 60, 'joint-product': 50 });
    sure = moveMilestone(sure, 'swap-leads', 'side:achieved', 0);
    expect(chainChance(sure, 'joint-product').together).toBeCloseTo(0.3);
    const parked = moveMilestone(sure, 'native-integration', 'side:parked', 0);
    expect(chainChance(parked, 'joint-product').together).toBe(0);
  });

  it('says which steps have no confidence yet, and leaves them out', () => {
    const some = confident(board(), { 'joint-product': 50 });
    const chance = chainChance(some, 'joint-product');
    expect(chance.unknown.map((m) => m.title)).toEqual(['Swap leads', 'Native integration']);
    expect(chainSentence(chance)).toBe(
      '“Joint product” needs 3 milestones to land, itself included: 50 % together (not counting 2 with no confidence yet).',
    );
    expect(chainSentence(chainChance(board(), 'joint-product'))).toBe(
      '“Joint product” needs 3 milestones to land, itself included. Give them a confidence to see the chance.',
    );
    expect(chainSentence(chainChance(board(), 'swap-leads'))).toBe('');
  });

  it('never reads a small chance as none', () => {
    expect(percentOf(0.004)).toBe('< 1 %');
    expect(percentOf(0)).toBe('0 %');
    expect(percentOf(0.245)).toBe('25 %');
  });
});

describe('where a path contradicts time', () => {
  it('warns when a milestone depends on one in a later horizon', () => {
    // The integration moves to Later, after the product that needs it.
    const late = moveMilestone(board(), 'native-integration', 'h3', 0);
    expect(warningsOf(late, 'joint-product').map((w) => w.text)).toEqual([
      'Depends on “Native integration”, which is in Long term, a later horizon.',
    ]);
    expect(pathWarnings(board())).toEqual([]);
  });

  it('warns when "leads to" points back in time', () => {
    const back = moveMilestone(board(), 'acquisition', 'h0', 0);
    expect(warningsOf(back, 'investment').map((w) => w.text)).toEqual([
      'Leads to “Acquisition”, which comes earlier: it is in Now.',
    ]);
  });

  it('warns within one horizon when the dates disagree', () => {
    let dated = withLinks(
      ladder(),
      [{ from: 'native-integration', to: 'co-marketing' }],
      'leads-to',
    );
    dated = updateMilestone(dated, 'native-integration', { targetDate: '2027-09-01' });
    dated = updateMilestone(dated, 'co-marketing', { targetDate: '2027-03-01' });
    expect(warningsOf(dated, 'native-integration').map((w) => w.text)).toEqual([
      'Leads to “Co-marketing”, which comes earlier: it is dated sooner.',
    ]);
  });

  it('warns when a committed milestone needs a parked one', () => {
    let plan = updateMilestone(board(), 'joint-product', { status: 'committed' });
    plan = moveMilestone(plan, 'native-integration', 'side:parked', 0);
    expect(warningsOf(plan, 'joint-product').map((w) => w.text)).toEqual([
      'Committed, but it needs “Native integration”, which is parked.',
    ]);
  });

  it('warns every milestone of a loop', () => {
    const looped = withLinks(board(), [{ from: 'acquisition', to: 'joint-product' }], 'leads-to');
    expect(warningsOf(looped, 'investment').map((w) => w.text)).toEqual([
      'It is in a loop: 3 milestones lead to one another.',
    ]);
  });
});

describe('a card’s links read aloud', () => {
  it('names each link from the card’s side, with where the other card is', () => {
    expect(linkWords(board(), 'joint-product')).toBe(
      'depends on Native integration, in Next; leads to Investment, in Later',
    );
    expect(linkWords(board(), 'swap-leads')).toBe('is needed by Native integration, in Next');
    expect(linkWords(board(), 'co-marketing')).toBe('');
    expect(linkWords(board(), 'joint-product', 1)).toBe(
      'depends on Native integration, in Next; and 1 more links',
    );
  });
});
