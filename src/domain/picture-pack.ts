/**
 * How a board's columns are shared among 16:9 pictures when one does not hold them all. A
 * picture has `slots` columns of `rows` cards; a horizon with more cards than a column holds
 * takes several slots side by side. Whole horizons go in order; only a horizon too big for a
 * picture of its own is split, into parts as even as can be ("Next (1 of 2)").
 */

/** Cards `from` (inclusive) to `to` of one column, shown in `slots` slots side by side. */
export interface PackedSlice {
  column: number;
  from: number;
  to: number;
  part: number;
  parts: number;
  slots: number;
}

export interface PackSpace {
  slots: number;
  rows: number;
}

const slotsFor = (cards: number, rows: number) => Math.max(1, Math.ceil(cards / rows));

/** The pictures, each its slices in order: every card of every column exactly once. */
export function packColumns(
  counts: readonly number[],
  { slots, rows }: PackSpace,
): PackedSlice[][] {
  const capacity = slots * rows;
  const pictures: PackedSlice[][] = [];
  let current: PackedSlice[] = [];
  let used = 0;
  const flush = () => {
    if (current.length) pictures.push(current);
    current = [];
    used = 0;
  };
  counts.forEach((count, column) => {
    const need = slotsFor(count, rows);
    if (need <= slots) {
      if (used + need > slots) flush();
      current.push({ column, from: 0, to: count, part: 1, parts: 1, slots: need });
      used += need;
      return;
    }
    const parts = Math.ceil(count / capacity);
    const per = Math.ceil(count / parts);
    // Its first part joins the horizons before it when there is room beside them.
    if (used + slotsFor(per, rows) > slots) flush();
    for (let part = 0; part < parts; part++) {
      const from = part * per;
      const to = Math.min(count, from + per);
      const sliceSlots = slotsFor(to - from, rows);
      current.push({ column, from, to, part: part + 1, parts, slots: sliceSlots });
      used += sliceSlots;
      // The last part leaves its picture open for the horizons after it.
      if (part < parts - 1) flush();
    }
  });
  flush();
  return pictures.length ? pictures : [[]];
}
