// Pathways' figures (issue 17): a board of 1,000 milestones with 500 links between them, next
// to the same board without links, measured as a person uses it: opened (its cards, then its
// arrows, on screen), a card dragged across horizons with the mouse (the long tasks meanwhile;
// the arrows hide while it is dragged and come back after the drop), and one column scrolled
// with the wheel (the long tasks meanwhile, and how soon the arrows follow the cards). At full
// speed and with the CPU throttled, as the main table is.
import { loadBoard, newPage, waitForSaved, watchCardsVisible } from './browser.mjs';
import { verdict } from './report.mjs';
import { pointerDrag, watchLongTasks } from './scenarios.mjs';
import { makeBoardDocument, seedStorage, withLinks } from './seed.mjs';
import { TARGETS, THROTTLE_RATE, TIMEOUT } from './settings.mjs';
import { attempter, log, stats } from './util.mjs';

/** The board the issue states the constraint for. */
export const PATHWAYS = { milestones: 1000, links: 500 };

/** How the column is scrolled: wheel steps over the first horizon's cards, apart. */
const WHEEL = { steps: 5, deltaY: 400, pauseMs: 200 };

/** Arrows in sight: a lifted card's are made see-through at once (.paths--away), then go. */
const ARROWS = '.board-columns svg.paths:not(.paths--away) g.path';

/**
 * Runs in every board page from its first script, with watchCardsVisible: records in
 * window.__paths the time of the frame after the first one that shows an arrow (the arrows'
 * code loads after the board is drawn), how many arrows and off-screen markers it shows, and
 * every long task from the page's start.
 */
export function watchArrowsDrawn({ selector, maxMs }) {
  if (!location.pathname.startsWith('/boards/')) return;
  const probe = (window.__paths = { drawnAt: undefined, arrows: 0, markers: 0, tasks: [] });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      probe.tasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask' });
  const check = () => {
    const arrows = document.querySelectorAll(selector).length;
    if (arrows > 0) {
      probe.arrows = arrows;
      probe.markers = document.querySelectorAll('.path-marker').length;
      requestAnimationFrame(() => (probe.drawnAt = performance.now()));
    } else if (performance.now() < maxMs) requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

/** Once the cards are visible: when the arrows came, and the longest task in between. */
async function arrowsAfterLoad(page, visibleAt) {
  await page.waitForFunction(() => window.__paths?.drawnAt !== undefined, null, {
    polling: 'raf',
    timeout: TIMEOUT.step,
  });
  return page.evaluate((from) => {
    const p = window.__paths;
    const between = p.tasks.filter((t) => t.start + t.duration > from && t.start <= p.drawnAt);
    return {
      arrowsMs: p.drawnAt,
      arrowsTaskMs: Math.max(0, ...between.map((t) => t.duration)),
      arrows: p.arrows,
      markers: p.markers,
    };
  }, visibleAt);
}

/**
 * Watches every frame from now until the arrows are back after the next drop, in
 * window.__dragArrows: how many frames showed a card lifted, how many of those showed arrows
 * too, and from the mouseup to the first frame with arrows again and to the first whose
 * arrows differ from those before the drag (drawn where the cards are now).
 */
function watchArrowsAroundDrag(page) {
  return page.evaluate(
    ({ selector, maxMs }) => {
      const drawn = () => document.querySelectorAll(selector).length > 0;
      const shape = () =>
        [...document.querySelectorAll(`${selector} > path`)].map((p) => p.getAttribute('d')).join();
      const before = shape();
      const w = (window.__dragArrows = { dragFrames: 0, arrowFrames: 0, upAt: undefined });
      window.addEventListener('mouseup', (e) => (w.upAt = e.timeStamp), {
        capture: true,
        once: true,
      });
      const start = performance.now();
      const frame = () => {
        const now = performance.now();
        if (document.querySelector('.board-canvas--dragging')) {
          w.dragFrames++;
          if (drawn()) w.arrowFrames++;
        } else if (w.upAt !== undefined && drawn()) {
          const drawing = shape();
          if (w.backMs === undefined) {
            w.backMs = now - w.upAt;
            w.staleOnReturn = drawing === before;
          }
          if (drawing !== before) {
            w.remeasuredMs = now - w.upAt;
            return;
          }
        }
        if (now - start < maxMs) requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    },
    { selector: ARROWS, maxMs: TIMEOUT.step },
  );
}

/**
 * For each scroll event (its time), the ms from it to the frame that paints the first redraw
 * of the arrows after it; NaN when none followed. `redraws` are in time order, each with the
 * time the arrows changed (`at`) and of the frame after (`paintAt`).
 */
export function arrowLatencies(scrolls, redraws) {
  return scrolls.map((s) => {
    const next = redraws.find((r) => r.at >= s);
    return next ? next.paintAt - s : NaN;
  });
}

/**
 * Scrolls the first horizon's cards with the mouse wheel, a few steps apart, the pointer over
 * them as a person's is. Long tasks from the first step until the scrolling has settled; for
 * each scroll event its time and that of the frame that paints the column scrolled (`at`,
 * `paintAt`), and each redraw of the arrows with the frame that paints it.
 */
async function scrollColumn(page) {
  const list = page.locator('section.horizon >> nth=0 >> .horizon__cards');
  const box = await list.boundingBox();
  if (!box) throw new Error('The first horizon’s cards are not on screen.');
  await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 300));
  await page.waitForTimeout(300); // what hovering a card does (its path lit) is not timed
  await watchLongTasks(page);
  await page.evaluate((selector) => {
    const w = (window.__scroll = { scrolls: [], redraws: [] });
    const column = document.querySelector('section.horizon .horizon__cards');
    // After the app's own listener (the virtualiser mounts the cards scrolled into view).
    const onScroll = () => {
      const scroll = { at: performance.now(), paintAt: undefined };
      w.scrolls.push(scroll);
      requestAnimationFrame(() => (scroll.paintAt = performance.now()));
    };
    column.addEventListener('scroll', onScroll, { passive: true });
    const svg = document.querySelector(selector)?.closest('svg');
    if (!svg) return;
    new MutationObserver(() => {
      const redraw = { at: performance.now(), paintAt: undefined };
      w.redraws.push(redraw);
      requestAnimationFrame(() => (redraw.paintAt = performance.now()));
    }).observe(svg, { subtree: true, childList: true, attributeFilter: ['d', 'points'] });
  }, ARROWS);
  const startAt = await page.evaluate(() => performance.now());
  for (let i = 0; i < WHEEL.steps; i++) {
    await page.mouse.wheel(0, WHEEL.deltaY);
    await page.waitForTimeout(WHEEL.pauseMs);
  }
  await page.waitForTimeout(500); // the last scroll's redraw, and long-task entries come late
  return page.evaluate((startAt) => {
    const { scrolls, redraws } = window.__scroll;
    const endAt = (scrolls.at(-1)?.at ?? startAt) + 300;
    const tasks = window.__longTasks.filter((t) => t.start >= startAt && t.start <= endAt);
    return {
      scrolls,
      redraws,
      scrollTop: document.querySelector('section.horizon .horizon__cards').scrollTop,
      longestMs: Math.max(0, ...tasks.map((t) => t.duration)),
      count: tasks.length,
    };
  }, startAt);
}

/** One fresh context: open the board, drag a card across horizons, scroll a column. */
export async function measurePathwaysOnce(browser, doc, { throttle = 1 } = {}) {
  const { context, page, cdp } = await newPage(browser);
  const notes = [];
  const attempt = attempter(notes);
  const linked = (doc.board.links?.length ?? 0) > 0;
  try {
    const size = Object.keys(doc.board.milestones).length;
    await seedStorage(context, page, [doc]);
    await context.addInitScript(watchCardsVisible, { expectedTotal: size, maxMs: TIMEOUT.load });
    await context.addInitScript(watchArrowsDrawn, { selector: ARROWS, maxMs: TIMEOUT.load });
    if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });

    const load = await loadBoard(page, doc.board.id, size);
    const arrows = linked ? await attempt('arrows', () => arrowsAfterLoad(page, load.ms)) : null;
    await waitForSaved(page);
    await page.waitForTimeout(300);

    await watchArrowsAroundDrag(page);
    const drag = await attempt('pointer drag', () => pointerDrag(page));
    if (drag && !drag.landed) notes.push('pointer drag did not end in the third horizon');
    const around = await page.evaluate(() => window.__dragArrows);
    if (linked && around.arrowFrames)
      notes.push(
        `arrows shown in ${around.arrowFrames} of ${around.dragFrames} frames of the drag`,
      );
    if (linked && around.backMs === undefined) notes.push('arrows not back after the drop');
    await waitForSaved(page).catch(() => {});
    await page.waitForTimeout(300);

    const scroll = await attempt('column scroll', () => scrollColumn(page));
    if (scroll && scroll.scrollTop === 0) notes.push('the column did not scroll');
    const scrolls = scroll?.scrolls ?? [];
    const latencies = linked
      ? arrowLatencies(
          scrolls.map((s) => s.at),
          scroll?.redraws ?? [],
        )
      : [];
    if (latencies.some((ms) => !Number.isFinite(ms)))
      notes.push('a scroll the arrows never followed');
    const painted = scrolls.map((s) => s.paintAt - s.at);
    return {
      load,
      arrows,
      drag,
      around,
      scroll,
      columnPainted: stats(painted),
      redraw: stats(latencies),
      behind: stats(latencies.map((ms, i) => ms - painted[i])),
      notes,
    };
  } finally {
    await context.close().catch(() => {});
  }
}

/** How each figure is read from one run (measurePathwaysOnce's result). */
const FIGURES = {
  loadMs: (r) => r.load.ms,
  arrowsMs: (r) => r.arrows?.arrowsMs,
  arrowsTaskMs: (r) => r.arrows?.arrowsTaskMs,
  arrowCount: (r) => r.arrows?.arrows,
  markerCount: (r) => r.arrows?.markers,
  dragLongestTaskMs: (r) => r.drag?.longestMs,
  dragLongTaskCount: (r) => r.drag?.count,
  dragArrowFrames: (r) => (r.arrows ? r.around?.arrowFrames : undefined),
  mouseDropFrameMs: (r) => r.drag?.dropFrameMs,
  arrowsBackMs: (r) => r.around?.backMs,
  arrowsRemeasuredMs: (r) => r.around?.remeasuredMs,
  // Back first as they were drawn before the drag: for how long, until measured again.
  staleArrowsMs: (r) => {
    const a = r.around;
    if (a?.backMs === undefined) return undefined;
    return a.staleOnReturn ? a.remeasuredMs - a.backMs : 0;
  },
  afterDropLongestTaskMs: (r) => r.drag?.afterDropLongestMs,
  scrollLongestTaskMs: (r) => r.scroll?.longestMs,
  scrollLongTaskCount: (r) => r.scroll?.count,
  scrollEvents: (r) => r.scroll?.scrolls.length,
  scrollPaintMs: (r) => r.columnPainted.median,
  scrollRedrawMs: (r) => r.redraw.median,
  scrollRedrawWorstMs: (r) => r.redraw.max,
  arrowsBehindMs: (r) => r.behind.median,
};

const medians = (runs) =>
  Object.fromEntries(
    Object.entries(FIGURES).map(([key, read]) => [key, stats(runs.map((r) => read(r) ?? NaN))]),
  );

/**
 * The pathways board and the same board without links, `runCount` runs each at full speed
 * and as many with the CPU throttled, alternating so that a busy moment of the machine
 * falls on both.
 */
export async function measurePathways(browser, runCount, { milestones, links } = PATHWAYS) {
  const plain = makeBoardDocument(`paths-plain-${milestones}`, milestones);
  const linked = withLinks(makeBoardDocument(`paths-${milestones}`, milestones), links);
  await measurePathwaysOnce(browser, linked); // warm-up, not reported
  const columns = [];
  for (const throttle of [1, THROTTLE_RATE]) {
    const runs = { linked: [], plain: [] };
    for (let i = 0; i < runCount; i++) {
      const speed = throttle > 1 ? ` with ${throttle}× CPU throttling` : '';
      log(`  pathways: run ${i + 1} of ${runCount}${speed}`);
      runs.linked.push(await measurePathwaysOnce(browser, linked, { throttle }));
      runs.plain.push(await measurePathwaysOnce(browser, plain, { throttle }));
    }
    for (const [name, list] of Object.entries(runs)) {
      const label = `${name === 'linked' ? `${links} links` : 'no links'} ${throttle}×`;
      columns.push({
        label,
        throttle,
        judged: name === 'linked',
        figures: medians(list),
        notes: list.flatMap((r, i) => r.notes.map((n) => `${label}, run ${i + 1}: ${n}`)),
      });
    }
  }
  return { milestones, links, runs: runCount, columns };
}

const slow = TARGETS.throttled;
/** The rows of the table: each figure, its unit and its targets at full speed and throttled. */
const ROWS = [
  ['loadMs', 'board opens: all cards visible', 'ms', TARGETS.loadMs, undefined],
  ['arrowsMs', '  arrows drawn', 'ms'],
  ['arrowsTaskMs', '  longest task, cards → arrows', 'ms', TARGETS.longestTaskMs],
  ['arrowCount', '  arrows in sight', ''],
  ['markerCount', '  markers of cards out of sight', ''],
  [
    'dragLongestTaskMs',
    'pointer drag: longest task',
    'ms',
    TARGETS.longestTaskMs,
    slow.longestTaskMs,
  ],
  ['dragLongTaskCount', '  tasks over 50 ms', ''],
  ['dragArrowFrames', '  frames with arrows while lifted', '', 0, 0],
  [
    'mouseDropFrameMs',
    '  mouse drop → next frame',
    'ms',
    TARGETS.mouseDropFrameMs,
    slow.mouseDropFrameMs,
    1,
  ],
  ['arrowsBackMs', '  drop → arrows shown again', 'ms'],
  ['arrowsRemeasuredMs', '  drop → arrows at new places', 'ms'],
  ['staleArrowsMs', '  arrows at old places for', 'ms'],
  ['afterDropLongestTaskMs', '  longest task in 1 s after', 'ms'],
  [
    'scrollLongestTaskMs',
    'scroll a column: longest task',
    'ms',
    TARGETS.longestTaskMs,
    slow.longestTaskMs,
  ],
  ['scrollLongTaskCount', '  tasks over 50 ms', ''],
  ['scrollEvents', '  scroll events', ''],
  ['scrollPaintMs', '  scroll → column painted', 'ms'],
  ['scrollRedrawMs', '  scroll → arrows painted', 'ms'],
  ['scrollRedrawWorstMs', '    worst scroll', 'ms'],
  ['arrowsBehindMs', '  arrows behind the cards by', 'ms'],
].map(([key, label, unit, target, throttledTarget, digits = 0]) => ({
  key,
  label,
  unit,
  target,
  throttledTarget,
  digits,
}));

/** The pathways table as lines of text: a column per board and speed, targets, verdicts. */
export function formatPathways({ milestones, links, runs, columns }) {
  const throttled = columns.some((c) => (c.throttle ?? 1) > 1);
  const judged = columns.filter((c) => c.judged);
  // Counts are whole unless a median falls between two runs.
  const cell = (value, unit, digits) => {
    if (!Number.isFinite(value)) return '—';
    if (!unit) return value.toFixed(Number.isInteger(value) ? 0 : 1);
    return `${value.toFixed(digits)} ${unit}`;
  };
  const aim = (t, unit) => (t === undefined ? '' : `≤ ${t}${unit ? ` ${unit}` : ''}`);
  const header = [
    'pathways',
    ...columns.map((c) => c.label),
    'target',
    ...(throttled ? [`at ${THROTTLE_RATE}×`] : []),
    'verdict',
  ];
  const lines = ROWS.map((row) => {
    const judge = (c) => {
      const slowRun = (c.throttle ?? 1) > 1;
      const target = slowRun ? row.throttledTarget : row.target;
      return verdict(c.figures[row.key]?.median, target, !slowRun);
    };
    return [
      row.label,
      ...columns.map((c) => cell(c.figures[row.key]?.median, row.unit, row.digits)),
      aim(row.target, row.unit),
      ...(throttled ? [aim(row.throttledTarget, row.unit)] : []),
      (judged.length ? judged : columns.slice(0, 1)).map(judge).filter(Boolean).join(' / '),
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const line = (cells) =>
    cells
      .map((v, i) =>
        i === 0 || i === cells.length - 1 ? v.padEnd(widths[i]) : v.padStart(widths[i]),
      )
      .join('  ')
      .trimEnd();
  return [
    `Pathways: ${milestones.toLocaleString('en-US')} milestones, ${links} links between them, beside the same board without links (medians of ${runs} runs)`,
    line(header),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...lines.map(line),
  ];
}

/** Prints the pathways table after the main one, and its notes. */
export function printPathways(result) {
  if (!result) return;
  console.log('');
  for (const line of formatPathways(result)) console.log(line);
  const notes = result.columns.flatMap((c) => c.notes ?? []);
  if (notes.length) console.log(`Notes:\n${notes.map((n) => `  - ${n}`).join('\n')}`);
}
