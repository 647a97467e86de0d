import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  arrowHead,
  besideView,
  sidePort,
  crossingAt,
  facing,
  inView,
  lanesOf,
  offScreenPort,
  pointOn,
  routeArrow,
  routeSegments,
  type Box,
} from './path-geometry';

const card = (x: number, y: number, width = 200, height = 80): Box => ({ x, y, width, height });

/** The numbers of an SVG path, in pairs. */
const points = (d: string) => {
  const n = d.match(/-?\d+(\.\d+)?/g)!.map(Number);
  return Array.from({ length: n.length / 2 }, (_, i) => ({ x: n[2 * i]!, y: n[2 * i + 1]! }));
};

describe('arrows between cards', () => {
  it('leaves the right side of a card and enters the left side of one in a later column', () => {
    const arrow = routeArrow(card(0, 100), card(300, 20));
    expect(arrow.start).toEqual({ x: 200, y: 140 });
    expect(arrow.end).toEqual({ x: 300, y: 60 });
    const [start, c1, c2, end] = points(arrow.d);
    // Level at both ends: the handles sit on the ends' own heights.
    expect(c1!.y).toBe(start!.y);
    expect(c2!.y).toBe(end!.y);
    expect(c1!.x).toBeGreaterThan(start!.x);
    expect(c2!.x).toBeLessThan(end!.x);
  });

  it('points back from the left side when the later card is in an earlier column', () => {
    const arrow = routeArrow(card(600, 0), card(0, 0));
    expect(arrow.start).toEqual({ x: 600, y: 40 });
    expect(arrow.end).toEqual({ x: 200, y: 40 });
  });

  it('bows into the gutter on the right between two cards of one column', () => {
    const arrow = routeArrow(card(0, 0), card(0, 300));
    expect(arrow.start).toEqual({ x: 200, y: 40 });
    expect(arrow.end).toEqual({ x: 200, y: 340 });
    const [, c1, c2] = points(arrow.d);
    expect(c1!.x).toBeGreaterThan(200);
    expect(c2!.x).toBeGreaterThan(200);
    // Never further than the gutter takes.
    expect(c1!.x - 200).toBeLessThanOrEqual(44);
  });

  it('never sends an arrow through either card it joins', () => {
    const arbCard = fc.record({
      x: fc.integer({ min: 0, max: 2000 }),
      y: fc.integer({ min: 0, max: 2000 }),
      width: fc.integer({ min: 120, max: 320 }),
      height: fc.integer({ min: 40, max: 200 }),
    });
    fc.assert(
      fc.property(arbCard, arbCard, (from, to) => {
        const { start, end } = routeArrow(from, to);
        // Each end sits on the edge of its own card, at its middle height.
        expect([from.x, from.x + from.width]).toContain(start.x);
        expect([to.x, to.x + to.width]).toContain(end.x);
        expect(start.y).toBe(from.y + from.height / 2);
        expect(end.y).toBe(to.y + to.height / 2);
        // And the curve heads away from its card, not into it.
        const [, c1] = points(routeArrow(from, to).d);
        const outward = start.x === from.x ? c1!.x <= start.x : c1!.x >= start.x;
        expect(outward).toBe(true);
      }),
    );
  });

  it('draws the arrowhead at the tip, pointing along the curve', () => {
    expect(arrowHead({ x: 100, y: 50 }, { x: 0, y: 50 })).toBe('100,50 91,53.5 91,46.5');
    expect(arrowHead({ x: 0, y: 0 }, { x: 0, y: -10 })).toBe('0,0 -3.5,-9 3.5,-9');
  });

  it('knows which way one box faces another', () => {
    expect(facing(card(0, 0), card(200, 0))).toBe('right');
    expect(facing(card(400, 0), card(0, 0))).toBe('left');
    expect(facing(card(0, 0), card(100, 0))).toBe('same');
  });
});

describe('arrows that skip a column', () => {
  /** Three columns 300 apart, each a stack of cards 80 high with 8 between. */
  const column = (x: number, count: number, top = 0) =>
    Array.from({ length: count }, (_, i) => card(x, top + i * 88));

  it('cross the column between through the gap nearest their way, level', () => {
    const middle = column(300, 6);
    const lanes = lanesOf([...column(0, 6), ...middle, ...column(600, 6)]);
    // Straight across would run at 40 + 88 * 2 = 216, through the third card's middle.
    const segments = routeSegments(card(0, 176), card(600, 176), lanes);
    expect(segments).toHaveLength(3);
    const across = segments[1]!;
    expect(across.from.x).toBe(300);
    expect(across.from.y).toBe(across.to.y);
    expect(across.to.x).toBe(500);
    // The gap nearest 216 is between the second and third cards (168–176) or the third and
    // fourth (256–264): 172 is 44 away, 260 is 44 away; the first found wins.
    expect([172, 260]).toContain(across.from.y);
  });

  it('go below a column whose cards end above their way', () => {
    const lanes = lanesOf([...column(300, 2)]);
    expect(lanes[0]!.free).toEqual([
      { top: 80, bottom: 88 },
      { top: 168, bottom: Number.POSITIVE_INFINITY },
    ]);
    expect(crossingAt(lanes[0]!, 400)).toBe(400);
    expect(crossingAt(lanes[0]!, 100)).toBe(84);
    expect(crossingAt(lanes[0]!, 150)).toBe(171);
  });

  it('stay within a scrolled list’s view, never above a column’s first card', () => {
    const view = { x: 290, y: 50, width: 220, height: 400 };
    const [lane] = lanesOf(column(300, 3, 100), [view]);
    expect(lane!.free).toEqual([
      { top: 180, bottom: 188 },
      { top: 268, bottom: 276 },
      { top: 356, bottom: 450 },
    ]);
    expect(crossingAt(lane!, 900)).toBe(447);
    expect(crossingAt(lane!, 0)).toBe(184);
    // Scrolled: the gaps above the view are out of reach.
    const [scrolled] = lanesOf(column(300, 6, -300), [view]);
    expect(scrolled!.free[0]!.top).toBeGreaterThanOrEqual(50);
  });

  it('never pass through a card, in columns of any heights', () => {
    const arbColumn = fc.record({
      top: fc.integer({ min: 0, max: 300 }),
      heights: fc.array(fc.integer({ min: 40, max: 220 }), { minLength: 1, maxLength: 12 }),
      gap: fc.integer({ min: 8, max: 24 }),
    });
    fc.assert(
      fc.property(
        fc.array(arbColumn, { minLength: 3, maxLength: 6 }),
        fc.nat(),
        fc.nat(),
        fc.boolean(),
        (specs, a, b, backwards) => {
          const columns = specs.map(({ top, heights, gap }, c) => {
            let y = top;
            return heights.map((height) => {
              const box = card(c * 260, y, 200, height);
              y += height + gap;
              return box;
            });
          });
          let [i, j] = [0, specs.length - 1];
          if (backwards) [i, j] = [j, i];
          const from = columns[i]![a % columns[i]!.length]!;
          const to = columns[j]![b % columns[j]!.length]!;
          const all = columns.flat();
          const segments = routeSegments(from, to, lanesOf(all));
          for (const segment of segments)
            for (let t = 0; t <= 1; t += 1 / 32) {
              const { x, y } = pointOn(segment, t);
              const hit = all.find(
                (box) =>
                  x > box.x + 0.5 &&
                  x < box.x + box.width - 0.5 &&
                  y > box.y + 0.5 &&
                  y < box.y + box.height - 0.5,
              );
              expect(hit).toBeUndefined();
            }
          // And it still starts and ends where an arrow between these cards does.
          expect(segments[0]!.from).toEqual(routeArrow(from, to).start);
          expect(segments.at(-1)!.to).toEqual(routeArrow(from, to).end);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('arrows to cards scrolled out of view', () => {
  const list = card(300, 100, 240, 500);

  it('end at the edge the card is beyond, on the side facing the other card', () => {
    expect(offScreenPort(list, 2, 5, card(0, 0))).toEqual({
      box: { x: 300, y: 110, width: 0, height: 0 },
      side: 'above',
    });
    expect(offScreenPort(list, 40, 5, card(900, 0))).toEqual({
      box: { x: 540, y: 590, width: 0, height: 0 },
      side: 'below',
    });
    // A card of the same column: the port is on the right, where the arrow bows.
    expect(offScreenPort(list, 40, 5, card(300, 200)).box.x).toBe(540);
  });

  it('end at the view’s edge when their column is out of sight sideways', () => {
    const view = { x: 1000, y: 0, width: 390, height: 700 };
    expect(besideView(card(1100, 0, 300), view)).toBeUndefined();
    expect(besideView(card(1300, 0, 300), view)).toBe('right');
    expect(besideView(card(600, 0, 300), view)).toBe('left');
    expect(sidePort(view, 'right', 300)).toEqual({ x: 1380, y: 300, width: 0, height: 0 });
    expect(sidePort(view, 'left', 300).x).toBe(1010);
    // Kept within the view's height.
    expect(sidePort(view, 'right', 2000).y).toBe(690);
    expect(sidePort(view, 'right', -50).y).toBe(10);
  });

  it('counts a card as in view when its middle is', () => {
    expect(inView(card(300, 60, 240, 100), list)).toBe(true);
    expect(inView(card(300, 20, 240, 100), list)).toBe(false);
    expect(inView(card(300, 560, 240, 100), list)).toBe(false);
  });
});
