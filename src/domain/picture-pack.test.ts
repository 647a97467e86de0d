import { describe, expect, it } from 'vitest';
import { packColumns, type PackedSlice } from './picture-pack';

const space = { slots: 5, rows: 4 };
const shape = (pictures: PackedSlice[][]) =>
  pictures.map((p) =>
    p.map((s) => `${s.column}:${s.from}-${s.to}${s.parts > 1 ? ` (${s.part}/${s.parts})` : ''}`),
  );

/** Every card of every column once, in order, and no picture holding more than it has room for. */
function expectSound(counts: number[], pictures: PackedSlice[][], { slots, rows } = space) {
  const seen = pictures
    .flat()
    .flatMap((s) => Array.from({ length: s.to - s.from }, (_, i) => `${s.column}.${s.from + i}`));
  const expected = counts.flatMap((n, c) => Array.from({ length: n }, (_, i) => `${c}.${i}`));
  expect(seen).toEqual(expected);
  expect(pictures.flat().map((s) => s.column)).toEqual(
    [...pictures.flat().map((s) => s.column)].sort((a, b) => a - b),
  );
  for (const picture of pictures) {
    expect(picture.reduce((sum, s) => sum + s.slots, 0)).toBeLessThanOrEqual(slots);
    for (const s of picture) expect(s.to - s.from).toBeLessThanOrEqual(s.slots * rows);
  }
  // Every column shows, even an empty one.
  expect(new Set(pictures.flat().map((s) => s.column)).size).toBe(counts.length);
}

describe('packColumns', () => {
  it('puts a board that fits on one picture', () => {
    const pictures = packColumns([3, 2, 4, 1], space);
    expect(shape(pictures)).toEqual([['0:0-3', '1:0-2', '2:0-4', '3:0-1']]);
  });

  it('gives a horizon with more cards than a column holds several columns', () => {
    const pictures = packColumns([6, 9], space);
    expect(pictures[0]!.map((s) => s.slots)).toEqual([2, 3]);
  });

  it('keeps a horizon whole on the next picture rather than splitting it', () => {
    const pictures = packColumns([4, 4, 4, 12], space);
    expect(shape(pictures)).toEqual([['0:0-4', '1:0-4', '2:0-4'], ['3:0-12']]);
  });

  it('splits only a horizon too big for any picture, into even parts', () => {
    const pictures = packColumns([2, 32, 3], space);
    expect(shape(pictures)).toEqual([
      ['0:0-2', '1:0-16 (1/2)'],
      ['1:16-32 (2/2)', '2:0-3'],
    ]);
    // A first part with no room beside the horizons before it starts a picture of its own.
    expect(shape(packColumns([4, 4, 32], space))).toEqual([
      ['0:0-4', '1:0-4'],
      ['2:0-16 (1/2)'],
      ['2:16-32 (2/2)'],
    ]);
  });

  it('shows empty horizons and an empty board', () => {
    expect(shape(packColumns([0, 0], space))).toEqual([['0:0-0', '1:0-0']]);
    expect(packColumns([], space)).toEqual([[]]);
  });

  it('is sound for many boards', () => {
    for (let seed = 1; seed < 300; seed++) {
      const counts = Array.from({ length: (seed % 7) + 1 }, (_, i) => (seed * (i + 3) * 7919) % 47);
      const rows = (seed % 5) + 1;
      const slots = (seed % 4) + 1;
      expectSound(counts, packColumns(counts, { slots, rows }), { slots, rows });
    }
  });
});
