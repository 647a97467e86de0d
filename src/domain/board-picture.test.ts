import { describe, expect, it } from 'vitest';
import { boardFor } from './audience';
import { SLIDE_HEIGHT, SLIDE_WIDTH, boardPictures, type Picture } from './board-picture';
import { INTERNAL_MARK } from './picture-frame';
import { addLink, type LinkDraft } from './pathways';
import type { PicturePath, PictureRect, PictureText } from './picture-parts';
import type { Board } from './schema';
import type { Measure } from './text-fit';
import { T1, makeBoard } from '../testing/factories';
import { fullExampleBoard } from '../testing/example-boards';

const measure: Measure = (text, size, bold) => (text.length * size * (bold ? 12 : 11)) / 20;

const full = fullExampleBoard;

const texts = (picture: Picture) =>
  picture.items.filter((item): item is PictureText => item.kind === 'text');
const words = (picture: Picture) =>
  texts(picture)
    .map((t) => t.text)
    .join('\n');
/** The white cards: each has a stroke; columns and swatches do not. */
const cards = (picture: Picture) =>
  picture.items.filter(
    (item): item is PictureRect =>
      item.kind === 'rect' && Boolean(item.stroke) && item.radius === 8,
  );

const slide = (board: Board, internal = false) =>
  boardPictures(board, { shape: 'slide', measure, internal });

/** Nothing runs off the picture, no text out of the card it is in, no two cards overlap. */
function expectTidy(picture: Picture) {
  for (const t of texts(picture)) {
    const right = t.x + measure(t.text, t.size, t.bold);
    expect(t.x, t.text).toBeGreaterThanOrEqual(0);
    expect(right, t.text).toBeLessThanOrEqual(picture.width);
    expect(t.y, t.text).toBeLessThanOrEqual(picture.height);
    const card = cards(picture).find(
      (c) => t.x >= c.x && t.x < c.x + c.width && t.y > c.y && t.y < c.y + c.height,
    );
    if (card) expect(right, t.text).toBeLessThanOrEqual(card.x + card.width);
  }
  const all = cards(picture);
  for (const [i, a] of all.entries()) {
    expect(a.x + a.width).toBeLessThanOrEqual(picture.width);
    expect(a.y + a.height).toBeLessThanOrEqual(picture.height);
    for (const b of all.slice(i + 1)) {
      const apart =
        a.x + a.width <= b.x ||
        b.x + b.width <= a.x ||
        a.y + a.height <= b.y ||
        b.y + b.height <= a.y;
      expect(apart).toBe(true);
    }
  }
}

describe('boardPictures, slide', () => {
  it('fits a small board on one 16:9 picture: partner, vision, columns, key, values and votes', () => {
    const [picture, ...more] = slide(boardFor(full(), 'partner'));
    expect(more).toEqual([]);
    expect(picture).toMatchObject({ width: SLIDE_WIDTH, height: SLIDE_HEIGHT });
    const text = words(picture!);
    expect(text).toContain('Acme Analytics');
    expect(text).toMatch(/^Vision: Together we become/m);
    for (const horizon of ['Now', 'Next', 'Later']) expect(text).toContain(horizon);
    expect(text).toContain('Leads & referrals');
    expect(text).toContain('80 % = how sure we are');
    expect(text).toContain('Shared values: Customer first');
    expect(text).toMatch(
      /Top voted: Swap first qualified referrals \(3 dots\), Joint webinar for shared customers \(1\)/,
    );
    expectTidy(picture!);
  });

  it('for the partner names nothing internal; for our team marks it in words', () => {
    const board = full();
    const forPartner = words(slide(boardFor(board, 'partner'))[0]!);
    expect(forPartner).not.toMatch(/DACH|Internal|Ship every week/);
    const forUs = slide(board, true)[0]!;
    expect(words(forUs)).toContain('Joint venture for the DACH market');
    expect(texts(forUs).filter((t) => t.text === 'Internal')).toHaveLength(1);
    expect(words(forUs)).toContain(INTERNAL_MARK);
    expect(words(forUs)).toMatch(/Top voted: .*DACH/);
    expectTidy(forUs);
  });

  it('says nothing is internal when nothing is, even for our team', () => {
    expect(words(slide(makeBoard({ 0: ['Swap leads'] }), true)[0]!)).not.toContain(INTERNAL_MARK);
  });

  it('sets card titles no smaller than 18 px', () => {
    const long =
      'A very long milestone title that goes on and on about a joint go-to-market in three regions';
    const [picture] = slide(makeBoard({ 0: [long, 'Short'] }));
    const titles = texts(picture!).filter((t) => t.bold && t.size < 22 && t.color === '#1B2030');
    expect(titles.length).toBeGreaterThan(0);
    for (const t of titles) expect(t.size).toBeGreaterThanOrEqual(18);
    expect(titles.map((t) => t.text)).toContainEqual(expect.stringMatching(/…$/));
    expectTidy(picture!);
  });

  it('splits a long board by horizons, every card once and in order', () => {
    const titles = Array.from({ length: 30 }, (_, i) => `Idea ${i + 1}`);
    const pictures = slide(makeBoard({ 0: ['Swap leads'], 1: titles, 2: ['Joint product'] }));
    expect(pictures.length).toBeGreaterThan(1);
    const shown = pictures.flatMap((p) =>
      texts(p)
        .map((t) => t.text)
        .filter((t) => /^Idea \d+$/.test(t)),
    );
    expect(shown).toEqual(titles);
    const headings = pictures.flatMap((p) =>
      texts(p)
        .map((t) => t.text)
        .filter((t) => /^Next \(\d of \d\)$/.test(t)),
    );
    expect(headings[0]).toBe(`Next (1 of ${headings.length})`);
    pictures.forEach((p, i) => {
      expect(words(p)).toContain(`${i + 1} of ${pictures.length}`);
      expectTidy(p);
    });
  });
});

describe('boardPictures, whole board', () => {
  it('is one picture of every card, as tall as it needs, with the same frame', () => {
    const titles = Array.from({ length: 30 }, (_, i) => `Idea ${i + 1}`);
    const pictures = boardPictures(makeBoard({ 1: titles }), {
      shape: 'board',
      measure,
      internal: false,
    });
    expect(pictures).toHaveLength(1);
    const [picture] = pictures;
    expect(picture!.width).toBeGreaterThanOrEqual(SLIDE_WIDTH);
    expect(picture!.height).toBeGreaterThan(30 * 100);
    expect(cards(picture!)).toHaveLength(30);
    expect(words(picture!)).toContain('Acme');
    expectTidy(picture!);
  });

  it('grows wider with more horizons than fit 1600 px', () => {
    let board = makeBoard({ 0: ['Swap leads'] });
    const extra = Array.from({ length: 4 }, (_, i) => ({
      ...board.horizons[0]!,
      id: `x${i}`,
      title: `Extra ${i}`,
    }));
    board = { ...board, horizons: [...board.horizons, ...extra] };
    const [picture] = boardPictures(board, { shape: 'board', measure, internal: false });
    expect(picture!.width).toBeGreaterThan(SLIDE_WIDTH);
    expectTidy(picture!);
  });
});

const paths = (picture: Picture) =>
  picture.items.filter((item): item is PicturePath => item.kind === 'path');

/** The card showing `title`: the white card a line of that text sits in. */
function cardOf(picture: Picture, title: string): PictureRect | undefined {
  const line = texts(picture).find((t) => t.text === title);
  if (!line) return undefined;
  return cards(picture).find(
    (c) => line.x > c.x && line.x < c.x + c.width && line.y > c.y && line.y < c.y + c.height,
  );
}

/** Where a curve "Mx y C… x y" starts and ends. */
function endsOf(path: PicturePath) {
  const n = path.d.match(/-?\d+(\.\d+)?/g)!.map(Number);
  return { start: { x: n[0]!, y: n[1]! }, end: { x: n.at(-2)!, y: n.at(-1)! } };
}

/** On the box's left or right edge, level with it. */
function expectOnEdge(point: { x: number; y: number }, box: PictureRect, side: 'left' | 'right') {
  expect(point.x).toBeCloseTo(side === 'left' ? box.x : box.x + box.width, 1);
  expect(point.y).toBeGreaterThan(box.y);
  expect(point.y).toBeLessThan(box.y + box.height);
}

const linked = (board: Board, drafts: LinkDraft[]) =>
  drafts.reduce((b, draft, i) => addLink(b, draft, `link-${i}`, T1), board);

/** Playbook leads to referrals (one column), which lead to a webinar that a product needs. */
const chain = () =>
  linked(
    makeBoard({ 0: ['Shared playbook', 'Swap leads'], 1: ['Joint webinar'], 2: ['Joint product'] }),
    [
      { from: 'shared-playbook', to: 'swap-leads', kind: 'leads-to' },
      { from: 'swap-leads', to: 'joint-webinar', kind: 'leads-to' },
      { from: 'joint-product', to: 'joint-webinar', kind: 'depends-on' },
    ],
  );

describe('boardPictures, pathways', () => {
  it.each(['slide', 'board'] as const)(
    'draws each link on the %s picture from card edge to card edge, under the cards',
    (shape) => {
      const [picture] = boardPictures(chain(), { shape, measure, internal: false });
      const card = (title: string) => cardOf(picture!, title)!;
      const [playbook, leads, product] = paths(picture!);
      expect(paths(picture!)).toHaveLength(3);

      // One column: out of the right side and back into the right side, bowing in the gutter.
      expectOnEdge(endsOf(playbook!).start, card('Shared playbook'), 'right');
      expectOnEdge(endsOf(playbook!).end, card('Swap leads'), 'right');
      expectOnEdge(endsOf(leads!).start, card('Swap leads'), 'right');
      expectOnEdge(endsOf(leads!).end, card('Joint webinar'), 'left');
      // "Depends on" points from what lands first: the webinar, then the product.
      expectOnEdge(endsOf(product!).start, card('Joint webinar'), 'right');
      expectOnEdge(endsOf(product!).end, card('Joint product'), 'left');

      expect(leads).toMatchObject({ color: '#0B6E8A', dashed: false, headFilled: true });
      expect(product).toMatchObject({ color: '#8A4B00', dashed: true, headFilled: false });
      expect(product!.head.split(' ')[0]).toBe(
        `${endsOf(product!).end.x},${endsOf(product!).end.y}`,
      );

      const at = (item: unknown) => picture!.items.indexOf(item as PictureRect);
      const firstCard = Math.min(...cards(picture!).map(at));
      const lastColumn = Math.max(
        ...picture!.items.filter((i) => i.kind === 'rect' && i.radius === 12).map(at),
      );
      for (const path of paths(picture!)) {
        expect(at(path)).toBeGreaterThan(lastColumn);
        expect(at(path)).toBeLessThan(firstCard);
      }
      expectTidy(picture!);
    },
  );

  it('draws no arrow to a card on another slide, and still draws those within one', () => {
    const ideas = Array.from({ length: 30 }, (_, i) => `Idea ${i + 1}`);
    const board = linked(makeBoard({ 0: ['Swap leads'], 1: ideas, 2: ['Joint product'] }), [
      { from: 'swap-leads', to: 'idea-1', kind: 'leads-to' },
      { from: 'swap-leads', to: 'joint-product', kind: 'leads-to' },
    ]);
    const pictures = slide(board);
    const home = (title: string) => pictures.findIndex((p) => cardOf(p, title));
    expect(home('Swap leads')).toBe(home('Idea 1'));
    expect(home('Joint product')).not.toBe(home('Swap leads'));

    expect(pictures.flatMap(paths)).toHaveLength(1);
    const [only] = paths(pictures[home('Swap leads')]!);
    expectOnEdge(endsOf(only!).end, cardOf(pictures[home('Idea 1')]!, 'Idea 1')!, 'left');
  });

  it('for the partner draws no arrow to an internal milestone', () => {
    const board = chain();
    const hidden = { ...board.milestones['joint-product']!, internal: true };
    const withInternal = { ...board, milestones: { ...board.milestones, [hidden.id]: hidden } };
    expect(paths(slide(withInternal, true)[0]!)).toHaveLength(3);
    expect(paths(slide(boardFor(withInternal, 'partner'))[0]!)).toHaveLength(2);
  });
});
