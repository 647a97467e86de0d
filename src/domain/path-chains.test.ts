import { describe, expect, it } from 'vitest';
import { T1, makeBoard } from '../testing/factories';
import { addLink } from './pathways';
import { chainsOf } from './path-chains';
import { slideTitle, slidesOf } from './slides';
import { pathLines } from './brief-paths';
import { updateMilestone, moveMilestone } from './milestones';
import type { Board } from './schema';

/** Leads → integration → product, and co-marketing → product: one goal, the product. */
const board = (): Board => {
  let b = makeBoard({
    0: ['Swap leads', 'Co-marketing'],
    1: ['Native integration'],
    2: ['Joint product'],
    3: ['Acquisition'],
  });
  b = addLink(b, { from: 'swap-leads', to: 'native-integration', kind: 'leads-to' }, 'a', T1);
  b = addLink(b, { from: 'joint-product', to: 'native-integration', kind: 'depends-on' }, 'b', T1);
  b = addLink(b, { from: 'co-marketing', to: 'joint-product', kind: 'leads-to' }, 'c', T1);
  return b;
};

describe('the chains of a board', () => {
  it('has one per goal, with everything it needs in landing order, the longest first', () => {
    const chains = chainsOf(board());
    expect(chains.map((c) => [c.goal, c.steps.map((m) => m.id)])).toEqual([
      ['joint-product', ['swap-leads', 'co-marketing', 'native-integration', 'joint-product']],
    ]);
    expect(chainsOf(makeBoard({ 0: ['Alone'] }))).toEqual([]);
  });

  it('is walked in the presentation one step per slide, after the whole board', () => {
    const b = board();
    const slides = slidesOf(b);
    expect(slides.slice(-5).map((s) => s.kind)).toEqual(['board', 'path', 'path', 'path', 'path']);
    expect(slideTitle(b, slides.at(-1)!)).toBe('Path to Joint product, step 4 of 4');
    expect(slidesOf(makeBoard()).at(-1)).toEqual({ kind: 'board' });
  });

  it('is listed in the brief with where each step sits, the chance, and what contradicts time', () => {
    let b = board();
    for (const [id, confidence] of [
      ['swap-leads', 80],
      ['co-marketing', 50],
      ['native-integration', 60],
      ['joint-product', 50],
    ] as const)
      b = updateMilestone(b, id, { confidence });
    b = moveMilestone(b, 'native-integration', 'h3', 0);
    expect(pathLines(b, (text) => text)).toEqual([
      '## Pathways',
      '',
      '- **To land Joint product:** Swap leads (Now, 80 % confident) → Co-marketing (Now, 50 % confident) → Native integration (Long term, 60 % confident) → Joint product (Later, 50 % confident). “Joint product” needs 4 milestones to land, itself included: 12 % together.',
      '',
      '**Where a path contradicts time:**',
      '',
      '- Joint product: Depends on “Native integration”, which is in Long term, a later horizon.',
      '',
    ]);
    expect(pathLines(makeBoard(), (text) => text)).toEqual([]);
  });
});
