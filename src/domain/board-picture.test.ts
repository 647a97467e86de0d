import { describe, expect, it } from 'vitest';
import { boardFor } from './audience';
import { SLIDE_HEIGHT, SLIDE_WIDTH, boardPictures, type Picture } from './board-picture';
import { INTERNAL_MARK } from './picture-frame';
import type { PictureRect, PictureText } from './picture-parts';
import type { Board } from './schema';
import type { Measure } from './text-fit';
import { makeBoard } from '../testing/factories';
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
