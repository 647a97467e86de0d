// Measurements: one fresh browser context per run, the runs of one board size, and the
// gzip size of the JavaScript a first visit fetches.
import { gzipSync } from 'node:zlib';
import { heapMb, loadBoard, newPage, waitForSaved, watchCardsVisible } from './browser.mjs';
import { ladderPointerDrag, loadLadder, watchLadderVisible } from './ladder.mjs';
import { autosaveMs, keyboardDropMs, pointerDrag } from './scenarios.mjs';
import { makeBoardDocument, seedStorage } from './seed.mjs';
import { ORIGIN, THROTTLE_RATE, TIMEOUT } from './settings.mjs';
import { attempter, log, stats } from './util.mjs';

/**
 * One fresh browser context: seed, open the board (load time, heap), keyboard drop, then a
 * pointer drag on the same page once the drop is saved, then one milestone added by quick
 * add and the main-thread time of the save it causes; then (unless `ladder` is false) the
 * same board in the ladder view: its chips visible after navigation, and a pointer drag of a
 * chip to the next cell. Throttled runs skip the heap.
 */
export async function measureOnce(browser, doc, { throttle = 1, density, ladder = true } = {}) {
  const { context, page, cdp } = await newPage(browser);
  // The density a facilitator picks on a projector, as the app remembers it.
  if (density)
    await context.addInitScript(
      (d) => localStorage.setItem('partner-horizons:density', d),
      density,
    );
  const notes = [];
  const attempt = attempter(notes);
  try {
    const size = Object.keys(doc.board.milestones).length;
    await seedStorage(context, page, [doc]);
    await context.addInitScript(watchCardsVisible, { expectedTotal: size, maxMs: TIMEOUT.load });
    await context.addInitScript(watchLadderVisible, { maxMs: TIMEOUT.load });
    if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });

    const load = await loadBoard(page, doc.board.id, size);
    const heap = throttle > 1 ? null : await heapMb(cdp);
    await waitForSaved(page);
    // The same board again with the HTTP cache warm, as a returning visitor opens it (a
    // facilitator opening the board they prepared): the difference from the first visit is
    // fetching and compiling the app's JavaScript.
    const reload = await loadBoard(page, doc.board.id, size);
    await waitForSaved(page);
    await page.waitForTimeout(300); // past the first frames' leftover work
    const dropMs = await attempt('keyboard drop', () => keyboardDropMs(page));
    if (dropMs === null) await page.keyboard.press('Escape'); // cancel a drag left hanging
    await waitForSaved(page);
    await page.waitForTimeout(300);
    const drag = await attempt('pointer drag', () => pointerDrag(page));
    if (drag && !drag.landed) notes.push('pointer drag did not end in the third horizon');
    await waitForSaved(page).catch(() => {});
    await page.waitForTimeout(300);
    const saveMs = await attempt('autosave', () => autosaveMs(page));
    if (!ladder) return { load, reload, heap, dropMs, drag, autosaveMs: saveMs, notes };

    await waitForSaved(page).catch(() => {});
    const ladderLoad = await attempt('ladder load', () => loadLadder(page, doc.board.id));
    let ladderDrag = null;
    if (ladderLoad) {
      await waitForSaved(page).catch(() => {});
      await page.waitForTimeout(300);
      ladderDrag = await attempt('ladder drag', () => ladderPointerDrag(page));
      if (ladderDrag && !ladderDrag.landed) notes.push('ladder drag did not end in the next cell');
    }
    return { load, reload, heap, dropMs, drag, autosaveMs: saveMs, ladderLoad, ladderDrag, notes };
  } finally {
    await context.close().catch(() => {});
  }
}

async function warmUp(browser, doc) {
  const { context, page } = await newPage(browser);
  try {
    const size = Object.keys(doc.board.milestones).length;
    await seedStorage(context, page, [doc]);
    await context.addInitScript(watchCardsVisible, { expectedTotal: size, maxMs: TIMEOUT.load });
    await loadBoard(page, doc.board.id, size);
  } finally {
    await context.close().catch(() => {});
  }
}

/** How each figure is read from one run (measureOnce's result). */
const FIGURES = {
  loadMs: (r) => r.load.ms,
  domContentLoadedMs: (r) => r.load.domContentLoadedMs,
  scriptsFetchedMs: (r) => r.load.scriptsFetchedMs,
  storageReadMs: (r) => r.load.storageReadMs,
  reloadMs: (r) => r.reload?.ms,
  mountedCards: (r) => r.load.mountedCards,
  heapUsedMb: (r) => r.heap?.used,
  heapAfterGcMb: (r) => r.heap?.afterGc,
  dropMs: (r) => r.dropMs,
  dragLongestTaskMs: (r) => r.drag?.longestMs,
  dragLongTaskCount: (r) => r.drag?.count,
  mouseDropFrameMs: (r) => r.drag?.dropFrameMs,
  afterDropLongestTaskMs: (r) => r.drag?.afterDropLongestMs,
  autosaveMs: (r) => r.autosaveMs,
  ladderLoadMs: (r) => r.ladderLoad?.ms,
  ladderMountedChips: (r) => r.ladderLoad?.mountedChips,
  ladderDragLongestTaskMs: (r) => r.ladderDrag?.longestMs,
  ladderDragLongTaskCount: (r) => r.ladderDrag?.count,
};

/** The figures the throttled runs report: no heap (they skip it), no counts of what is mounted. */
const THROTTLED_FIGURES = [
  'loadMs',
  'reloadMs',
  'domContentLoadedMs',
  'storageReadMs',
  'dropMs',
  'dragLongestTaskMs',
  'dragLongTaskCount',
  'mouseDropFrameMs',
  'afterDropLongestTaskMs',
  'autosaveMs',
  'ladderLoadMs',
  'ladderDragLongestTaskMs',
];

/**
 * Medians of the runs of one board size, at full speed and throttled, and beside them
 * (when measured) the compact density's.
 */
export function summariseSize(size, runs, throttledRuns, compact) {
  const notes = [
    ...runs.flatMap((r, i) => r.notes.map((n) => `${size} milestones, run ${i + 1}: ${n}`)),
    ...throttledRuns.flatMap((r, i) =>
      r.notes.map((n) => `${size} milestones, ${THROTTLE_RATE}× CPU run ${i + 1}: ${n}`),
    ),
    ...(compact?.notes ?? []).map((n) => `${size} milestones, compact: ${n}`),
  ];
  const median = (list, keys) =>
    Object.fromEntries(keys.map((key) => [key, stats(list.map((r) => FIGURES[key](r) ?? NaN))]));
  return {
    size,
    notes,
    ...median(runs, Object.keys(FIGURES)),
    // As many runs as at full speed, each a median of its own: first-class figures.
    throttled: { rate: THROTTLE_RATE, ...median(throttledRuns, THROTTLED_FIGURES) },
    compact: compact && {
      loadMs: compact.load.ms,
      mountedCards: compact.load.mountedCards,
      dropMs: compact.dropMs ?? NaN,
      dragLongestTaskMs: compact.drag?.longestMs ?? NaN,
    },
  };
}

/** `runCount` measured runs of a board of `size` milestones, then one CPU-throttled run. */
export async function measureSize(browser, size, runCount) {
  const doc = makeBoardDocument(`bench-${size}`, size);
  // One unreported load first: the first pages after a change of board size run colder code
  // in Chromium and the server, and would skew a median of few runs.
  await warmUp(browser, doc);
  const runs = [];
  for (let i = 0; i < runCount; i++) {
    log(`  ${size} milestones: run ${i + 1} of ${runCount}`);
    runs.push(await measureOnce(browser, doc));
  }
  const throttled = [];
  for (let i = 0; i < runCount; i++) {
    log(`  ${size} milestones: run ${i + 1} of ${runCount} with ${THROTTLE_RATE}× CPU throttling`);
    throttled.push(await measureOnce(browser, doc, { throttle: THROTTLE_RATE }));
  }
  log(`  ${size} milestones: once in the compact density`);
  const compact = await measureOnce(browser, doc, { density: 'compact', ladder: false });
  return summariseSize(size, runs, throttled, compact);
}

const isScript = (response) =>
  response.request().resourceType() === 'script' ||
  /javascript/.test(response.headers()['content-type'] ?? '');

/**
 * Gzip size of every script a first visit to `path` fetches, in a fresh context (empty
 * cache). A board visit needs a stored board: it is seeded from a blank page, so only the
 * board visit's own scripts are counted.
 */
export async function measureInitialJs(browser, path, doc) {
  const { context, page } = await newPage(browser);
  try {
    if (doc) {
      await seedStorage(context, page, [doc]);
      await context.addInitScript(watchCardsVisible, {
        expectedTotal: Object.keys(doc.board.milestones).length,
        maxMs: TIMEOUT.load,
      });
    }
    const bodies = new Map();
    page.on('response', (response) => {
      if (isScript(response) && !bodies.has(response.url())) {
        bodies.set(
          response.url(),
          response.body().catch(() => Buffer.alloc(0)),
        );
      }
    });
    await page.goto(`${ORIGIN}${path}`, { waitUntil: 'networkidle' });
    await page.locator('main').first().waitFor();
    if (doc) {
      await page.waitForFunction(() => window.__bench?.visibleAt !== undefined, null, {
        polling: 'raf',
        timeout: TIMEOUT.load,
      });
      await page.waitForLoadState('networkidle'); // chunks fetched after the first render
    }
    const files = [];
    for (const [url, body] of bodies) {
      const raw = await body;
      files.push({
        path: new URL(url).pathname,
        bytes: raw.length,
        gzipBytes: gzipSync(raw, { level: 9 }).length,
      });
    }
    const kb = files.reduce((sum, f) => sum + f.gzipBytes, 0) / 1024;
    return { path, kb, files };
  } finally {
    await context.close().catch(() => {});
  }
}
