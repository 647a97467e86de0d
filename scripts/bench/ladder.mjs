// The ladder view's scenarios: how soon its chips are on screen after navigation, and a real
// mouse drag of a chip to the next cell along its row, watching for long tasks.
import { waitForSaved } from './browser.mjs';
import { afterDrop, watchLongTasks } from './scenarios.mjs';
import { ORIGIN, TIMEOUT } from './settings.mjs';

/**
 * Runs in every page from its first script, like watchCardsVisible, but only on a board
 * opened in the ladder view (`?view=ladder`): records in window.__benchLadder the time of
 * the frame after the first one in which the ladder's grid shows chips and fills its scroll
 * area with them (or holds them all, when they fit). Cells may mount only their first
 * chips (src/features/ladder/ladder-cells.tsx): the chips in sight are what counts.
 */
export function watchLadderVisible({ maxMs }) {
  if (!location.pathname.startsWith('/boards/')) return;
  if (new URLSearchParams(location.search).get('view') !== 'ladder') return;
  const bench = (window.__benchLadder = { visibleAt: undefined, mountedChips: 0 });

  const filled = () => {
    const grid = document.querySelector('.ladder__grid');
    if (!grid) return false;
    const chips = grid.querySelectorAll('.chip[data-milestone-id]');
    const last = chips[chips.length - 1]?.getBoundingClientRect();
    if (!last || last.height === 0) return false;
    const view = grid.getBoundingClientRect();
    const fits = grid.scrollHeight <= grid.clientHeight + 1;
    return fits || last.bottom >= view.bottom;
  };

  const check = () => {
    if (filled()) {
      bench.mountedChips = document.querySelectorAll('.chip[data-milestone-id]').length;
      requestAnimationFrame(() => (bench.visibleAt = performance.now()));
    } else if (performance.now() < maxMs) {
      requestAnimationFrame(check);
    }
  };
  requestAnimationFrame(check);
}

/** Opens the board in the ladder view; ms from navigation start to its chips painted. */
export async function loadLadder(page, id) {
  await page.goto(`${ORIGIN}/boards/${id}?view=ladder`, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__benchLadder?.visibleAt !== undefined, null, {
    polling: 'raf',
    timeout: TIMEOUT.load,
  });
  return page.evaluate(() => ({
    ms: window.__benchLadder.visibleAt,
    mountedChips: window.__benchLadder.mountedChips,
  }));
}

/**
 * Where to drag: the first chip (in reading order) whose cell has a next cell along the
 * same row, both well inside the grid's visible area. `cells` are the ladder's cells in
 * DOM order, each with its row index, label ("Row, Horizon: n milestones"), rectangle and
 * first chip (id and rectangle) if any; `view` is the grid's visible rectangle.
 * Returns the chip's id, the points to press at and release at, and the target cell's
 * label prefix ("Row, Horizon:"), or null when no such pair is in view.
 */
export function ladderDragPlan(cells, view) {
  const inside = (r) =>
    r.left >= view.left && r.right <= view.right && r.top >= view.top && r.top + 20 <= view.bottom;
  for (let i = 0; i + 1 < cells.length; i++) {
    const from = cells[i];
    const to = cells[i + 1];
    if (!from.chip || to.row !== from.row) continue;
    if (!inside(from.chip.rect) || !inside(to.rect)) continue;
    const centre = (r) => [r.left + (r.right - r.left) / 2, r.top + (r.bottom - r.top) / 2];
    const toY = Math.min(to.rect.top + 30, view.bottom - 10, to.rect.bottom - 5);
    return {
      id: from.chip.id,
      from: centre(from.chip.rect),
      to: [centre(to.rect)[0], toY],
      target: to.label.slice(0, to.label.lastIndexOf(':') + 1),
    };
  }
  return null;
}

/**
 * A real mouse drag (MouseSensor, 5 px activation) of a chip to the next cell along its row,
 * in ~30 moves, watching for long tasks as the horizons' pointer drag does (scenarios.mjs):
 * those starting between mouse down and the handled mouse up count as during the drag.
 */
export async function ladderPointerDrag(page) {
  await watchLongTasks(page);
  const { cells, view } = await page.evaluate(() => {
    const plain = (r) => ({ left: r.left, right: r.right, top: r.top, bottom: r.bottom });
    const grid = document.querySelector('.ladder__grid');
    const rows = [...grid.querySelectorAll('[role="row"]')];
    const cells = [];
    rows.forEach((row, index) => {
      for (const cell of row.querySelectorAll('.ladder__cell')) {
        const chip = cell.querySelector('.chip[data-milestone-id]');
        cells.push({
          row: index,
          label: cell.getAttribute('aria-label') ?? '',
          rect: plain(cell.getBoundingClientRect()),
          chip: chip && { id: chip.dataset.milestoneId, rect: plain(chip.getBoundingClientRect()) },
        });
      }
    });
    // The grid's area under its sticky header band and right of the sticky row names.
    const g = grid.getBoundingClientRect();
    const head = grid.querySelector('.ladder__corner')?.getBoundingClientRect();
    return {
      cells,
      view: {
        left: head ? head.right : g.left,
        right: Math.min(g.right, window.innerWidth),
        top: head ? head.bottom : g.top,
        bottom: Math.min(g.bottom, window.innerHeight),
      },
    };
  });
  const plan = ladderDragPlan(cells, view);
  if (!plan) throw new Error('No chip with a next cell along its row in view; cannot drag.');

  let [x, y] = plan.from;
  await page.mouse.move(x, y);
  const downAt = await page.evaluate(() => performance.now());
  await page.mouse.down();
  await page.mouse.move(x + 10, y, { steps: 5 }); // past the 5 px activation distance
  [x, y] = plan.to;
  await page.mouse.move(x, y, { steps: 30 });
  await page.mouse.move(x, y + 2); // one more move so collision detection runs at the target
  await page.mouse.up();
  const upAt = await page.evaluate(() => performance.now());

  const target = `[role="cell"][aria-label^="${plan.target.replace(/"/g, '\\"')}"]`;
  const { landed, longestMs, count } = await afterDrop(
    page,
    `${target} [data-milestone-id="${plan.id}"]`,
    downAt,
    upAt,
  );
  return { landed, longestMs, count };
}
