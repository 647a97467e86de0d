// The timeline's figures (issue 16): a board of N milestones that has kept a snapshot at every
// review for years, measured as a person uses it. Saving one more snapshot (how soon it is
// listed, the longest task meanwhile, the autosave that writes it), an ordinary edit on such a
// board (its autosave must not grow with the history: the timeline has a record of its own),
// what the history weighs in IndexedDB, and how soon a comparison of the oldest snapshot with
// now is on screen.
import { loadBoard, newPage, waitForSaved, watchCardsVisible } from './browser.mjs';
import { AUTOSAVE_MEASURE, autosaveMs, watchLongTasks } from './scenarios.mjs';
import { seedStorage } from './seed.mjs';
import { DB_NAME, ORIGIN, STORE_NAME, TIMEOUT, boardKey } from './settings.mjs';
import { sumDurations } from './util.mjs';

export const timelineKey = (id) => `timeline:${id}`;

/** How many snapshots the seeded board already keeps, and how many cards change between two. */
export const SEEDED_SNAPSHOTS = 49;
export const CHANGED_BETWEEN = 5;

const day = (n) => new Date(Date.UTC(2022, 0, 1 + n * 30)).toISOString();

/**
 * The timeline a board of `doc` would have kept after SEEDED_SNAPSHOTS reviews, as the app
 * stores it (src/domain/snapshots.ts): each milestone version once, under
 * `<milestone id>~<n>`, and each snapshot naming the versions it holds. Between two
 * snapshots CHANGED_BETWEEN cards change confidence. Deterministic.
 */
export function makeTimeline(doc) {
  const { milestones: all, deleted: _deleted, ...board } = doc.board;
  const ids = Object.keys(all);
  const records = {};
  const latest = {};
  const version = {};
  for (const id of ids) {
    records[`${id}~1`] = all[id];
    latest[id] = `${id}~1`;
    version[id] = 1;
  }
  const snapshots = [];
  for (let s = 0; s < SEEDED_SNAPSHOTS; s++) {
    if (s > 0)
      for (let c = 0; c < CHANGED_BETWEEN; c++) {
        const id = ids[(s * 7 + c * 131) % ids.length];
        version[id] += 1;
        const key = `${id}~${version[id]}`;
        records[key] = { ...records[latest[id]], confidence: (s * 13 + c * 29) % 101 };
        latest[id] = key;
      }
    snapshots.push({
      id: `snap-${String(s).padStart(3, '0')}`,
      name: `Quarterly review ${s + 1}`,
      takenAt: day(s),
      board,
      milestones: { ...latest },
    });
  }
  return { records, snapshots, log: [] };
}

/** The stored sizes of a board's record and its timeline's, as JSON, in KB. */
async function storedKb(page, id) {
  return page.evaluate(
    async ({ dbName, storeName, keys }) => {
      const db = await new Promise((resolve, reject) => {
        const request = indexedDB.open(dbName);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      try {
        const store = db.transaction(storeName, 'readonly').objectStore(storeName);
        const sizes = await Promise.all(
          keys.map(
            (key) =>
              new Promise((resolve, reject) => {
                const request = store.get(key);
                request.onsuccess = () => resolve(JSON.stringify(request.result ?? null).length);
                request.onerror = () => reject(request.error);
              }),
          ),
        );
        return sizes.map((bytes) => bytes / 1024);
      } finally {
        db.close();
      }
    },
    { dbName: DB_NAME, storeName: STORE_NAME, keys: [boardKey(id), timelineKey(id)] },
  );
}

/** Saves one more snapshot through the Timeline dialog: ms until it is listed, longest task. */
async function saveSnapshotMs(page, expectedRows) {
  await page.getByRole('button', { name: 'Timeline', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Timeline' });
  const field = dialog.getByRole('textbox', { name: 'Snapshot name' });
  await field.fill('Bench review');
  await page.evaluate((name) => performance.clearMeasures(name), AUTOSAVE_MEASURE);
  await watchLongTasks(page);
  const start = await page.evaluate(() => performance.now());
  await field.press('Enter');
  await page.waitForFunction(
    (rows) => document.querySelectorAll('.timeline-row').length >= rows,
    expectedRows,
    { polling: 'raf', timeout: TIMEOUT.step },
  );
  const { end, longest } = await page.evaluate(
    () =>
      new Promise((resolve) =>
        requestAnimationFrame(() =>
          resolve({
            end: performance.now(),
            longest: Math.max(0, ...window.__longTasks.map((t) => t.duration)),
          }),
        ),
      ),
  );
  await page.waitForFunction(
    (name) => performance.getEntriesByName(name, 'measure').length > 0,
    AUTOSAVE_MEASURE,
    { timeout: TIMEOUT.step },
  );
  await waitForSaved(page);
  const saveMs = sumDurations(
    await page.evaluate(
      (name) => performance.getEntriesByName(name, 'measure').map((m) => m.duration),
      AUTOSAVE_MEASURE,
    ),
  );
  await dialog.getByRole('button', { name: 'Done' }).click();
  return { listedMs: end - start, longestTaskMs: longest, saveMs };
}

/** Opens the comparison of the oldest snapshot with now: ms from navigation to its cards. */
async function compareMs(page, id) {
  await page.goto(`${ORIGIN}/boards/${id}/compare?from=snap-000&to=now`, { waitUntil: 'commit' });
  await page.waitForSelector('.compare-summary', { timeout: TIMEOUT.load });
  await page.waitForSelector('.poster__footer', { timeout: TIMEOUT.load });
  return page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now()))),
  );
}

/** Every timeline figure for one board document (its size is its milestone count). */
export async function measureTimeline(browser, doc) {
  const { context, page } = await newPage(browser);
  try {
    const size = Object.keys(doc.board.milestones).length;
    const timeline = makeTimeline(doc);
    await seedStorage(
      context,
      page,
      [doc],
      [[timelineKey(doc.board.id), { type: 'partner-horizons/timeline', version: 1, timeline }]],
    );
    await context.addInitScript(watchCardsVisible, { expectedTotal: size, maxMs: TIMEOUT.load });
    const load = await loadBoard(page, doc.board.id, size);
    await waitForSaved(page);
    await page.waitForTimeout(300);
    const snapshot = await saveSnapshotMs(page, SEEDED_SNAPSHOTS + 1);
    await page.waitForTimeout(300);
    const editSaveMs = await autosaveMs(page);
    const [boardKb, timelineKb] = await storedKb(page, doc.board.id);
    const compare = await compareMs(page, doc.board.id);
    return {
      size,
      snapshots: SEEDED_SNAPSHOTS + 1,
      loadMs: load.ms,
      snapshotListedMs: snapshot.listedMs,
      snapshotLongestTaskMs: snapshot.longestTaskMs,
      snapshotSaveMs: snapshot.saveMs,
      editSaveMs,
      boardKb,
      timelineKb,
      kbPerSnapshot: timelineKb / (SEEDED_SNAPSHOTS + 1),
      compareMs: compare,
    };
  } finally {
    await context.close().catch(() => {});
  }
}

const round = (n, digits = 0) => (n === null || n === undefined ? '—' : n.toFixed(digits));

/** The timeline's figures as a table for the report. */
export function printTimeline(rows) {
  if (!rows.length) return;
  console.log(
    `\nTimeline: a board that keeps ${rows[0].snapshots} snapshots (${CHANGED_BETWEEN} cards changed between two)`,
  );
  const lines = [
    ['milestones', ...rows.map((r) => String(r.size))],
    ['board opens, cards visible', ...rows.map((r) => `${round(r.loadMs)} ms`)],
    ['save a snapshot → listed', ...rows.map((r) => `${round(r.snapshotListedMs)} ms`)],
    ['  longest task meanwhile', ...rows.map((r) => `${round(r.snapshotLongestTaskMs)} ms`)],
    ['  its autosave, main thread', ...rows.map((r) => `${round(r.snapshotSaveMs, 1)} ms`)],
    ['an ordinary edit’s autosave', ...rows.map((r) => `${round(r.editSaveMs, 1)} ms`)],
    ['stored: board record', ...rows.map((r) => `${round(r.boardKb)} KB`)],
    ['stored: timeline record', ...rows.map((r) => `${round(r.timelineKb)} KB`)],
    ['  per snapshot', ...rows.map((r) => `${round(r.kbPerSnapshot, 1)} KB`)],
    ['compare oldest ↔ now, on screen', ...rows.map((r) => `${round(r.compareMs)} ms`)],
  ];
  const width = Math.max(...lines.map((l) => l[0].length));
  for (const [label, ...cells] of lines)
    console.log(`${label.padEnd(width)}  ${cells.map((c) => c.padStart(10)).join('  ')}`);
}
