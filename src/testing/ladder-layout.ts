import { vi } from 'vitest';

/**
 * jsdom lays nothing out; dnd-kit's keyboard drag needs boxes to step between. Each row of
 * the table is 60 px high (a folded one 24), each column 200 px wide; a chip sits inside
 * its cell, and the chip carried (dnd-kit's overlay) where the chip lifted sits.
 */
export function layOutTable() {
  const box = (left: number, top: number, width: number, height: number) =>
    DOMRect.fromRect({ x: left, y: top, width, height });
  const rowHeight = (row: Element) => (row.classList.contains('ladder__row--folded') ? 24 : 60);
  function place(node: Element): DOMRect {
    const at = node.closest('[role="cell"]');
    if (!at) {
      const lifted = document.querySelector('[data-milestone-id][aria-pressed="true"]');
      const carried =
        node.matches('.chip--overlay') || node.querySelector(':scope > .chip--overlay');
      return lifted && carried ? place(lifted) : box(0, 0, 0, 0);
    }
    const row = at.parentElement!;
    const rows = [...row.parentElement!.querySelectorAll(':scope > [role="row"]')];
    const top = rows.slice(0, rows.indexOf(row)).reduce((sum, r) => sum + rowHeight(r), 0);
    const left = 160 + ([...row.children].indexOf(at) - 1) * 200;
    return at === node ? box(left, top, 200, rowHeight(row)) : box(left + 4, top + 4, 190, 40);
  }
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    return place(this);
  });
}
