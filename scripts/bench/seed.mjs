// Test data: a valid stored board document (src/domain/schema.ts) generated in Node, and the
// seeding of it straight into the app's IndexedDB from a blank page on the app's origin.
import { DB_NAME, INDEX_KEY, ORIGIN, STORE_NAME, TIMEOUT, boardKey } from './settings.mjs';
import { withTimeout } from './util.mjs';

// Copied from src/domain/ladder.ts (this script is plain JS and cannot import the TS source).
const MILESTONE_TYPES = [
  'leads',
  'co-marketing',
  'integration',
  'joint-gtm',
  'new-product',
  'strategic-investment',
  'acquisition-we-acquire',
  'acquisition-they-acquire',
  'custom',
];
const MILESTONE_STATUSES = ['idea', 'exploring', 'committed', 'achieved', 'dropped'];
// Each with the span the app reads from its timeframe (src/domain/horizon-span.ts), as a
// board of the current format keeps it.
const span = (from, to, orMore = false) => ({ kind: 'relative', from, to, orMore });
const HORIZONS = [
  { id: 'h-now', title: 'Now', timeframe: '0–6 months', span: span(0, 6) },
  { id: 'h-next', title: 'Next', timeframe: '6–18 months', span: span(6, 18) },
  { id: 'h-later', title: 'Later', timeframe: '18 months–3 years', span: span(18, 36) },
  { id: 'h-vision', title: 'Vision', timeframe: '3–5+ years', span: span(36, 60, true) },
];
/** BOARD_SCHEMA_VERSION of src/domain/schema.ts: an older one is migrated on every load. */
export const BOARD_VERSION = 6;
const TITLES = [
  'Referral swap',
  'Joint webinar series for shared customers in the mid-market segment',
  'Native integration with their billing API',
  'Co-sell motion in DACH',
  'Bundle our analytics into their enterprise plan, with one contract and one invoice',
];
// Fixed, so every run stores byte-for-byte the same board.
const STAMP = '2026-01-15T09:30:00.000Z';

/** A board document of `count` milestones spread evenly over the four default horizons. */
export function makeBoardDocument(id, count) {
  const milestones = {};
  for (let i = 0; i < count; i++) {
    const milestoneId = `m${String(i).padStart(5, '0')}`; // matches /^[A-Za-z0-9_-]{1,64}$/
    const type = MILESTONE_TYPES[i % MILESTONE_TYPES.length];
    milestones[milestoneId] = {
      id: milestoneId,
      horizonId: HORIZONS[i % HORIZONS.length].id,
      position: Math.floor(i / HORIZONS.length),
      title: `${TITLES[i % TITLES.length]} #${i}`, // short and long titles: 1- and 2-line cards
      type,
      ...(type === 'custom' ? { customType: 'Pilot' } : {}),
      notes: i % 3 ? '' : 'Agreed in the workshop; needs a sponsor on both sides.',
      owner: i % 4 ? `Owner ${i % 7}` : '',
      confidence: (i * 37) % 101, // whole numbers 0–100
      impact: 1 + (i % 5), // 1–5
      status: MILESTONE_STATUSES[i % MILESTONE_STATUSES.length],
      tags: i % 2 ? ['pipeline', `q${1 + (i % 4)}`] : [],
      ...(i % 5 === 0 ? { targetDate: '2027-03-31' } : {}),
      createdAt: STAMP,
      updatedAt: STAMP,
    };
  }
  return {
    type: 'partner-horizons/board',
    version: BOARD_VERSION,
    board: {
      id,
      title: `Bench ${count}`,
      partner: { name: `Bench partner ${count}`, kinds: ['referral', 'integration'], notes: '' },
      vision: 'Together we become the obvious choice for our shared customers.',
      whyUs: '',
      whyThem: '',
      agreedBy: '',
      values: [],
      participants: [],
      rounds: [],
      horizons: HORIZONS.map((h) => ({ ...h, span: { ...h.span } })),
      milestones,
      createdAt: STAMP,
      updatedAt: STAMP,
    },
  };
}

const LINK_LABELS = ['usage makes the case', 'needs the integration first', 'trust first'];

/**
 * The document with `count` links between its milestones (issue 17, src/domain/pathways.ts),
 * deterministic, and as a valid board keeps them: never from a milestone to itself, at most
 * one per pair, and no loop at all. Each link's step (which milestone lands first) goes
 * forward in one order, horizon by horizon and down each column: a "leads to" from the
 * earlier card to the later, a "depends on" from the later to the earlier.
 *
 * The links start at every other card of each column, down to the bottom, in four patterns
 * that cover what the arrows draw: to the card beside it in the next horizon, to one a little
 * lower there, to a card just below in its own column, and to a card far down two horizons on
 * (scrolled out of sight: an arrow to the column's edge, with a marker).
 */
export function withLinks(doc, count) {
  const { horizons, milestones } = doc.board;
  const byPlace = (a, b) => a.position - b.position || (a.id < b.id ? -1 : 1);
  const columns = horizons.map((h) =>
    Object.values(milestones)
      .filter((m) => m.horizonId === h.id)
      .sort(byPlace)
      .map((m) => m.id),
  );
  const order = columns.flat(); // the order steps follow
  const rank = new Map(order.map((id, i) => [id, i]));
  const n = order.length;
  if (count > (n * (n - 1)) / 2) throw new Error(`${n} milestones cannot hold ${count} links`);
  const H = columns.length;
  const spacing = Math.max(
    1,
    Math.floor(Math.min(...columns.map((c) => c.length)) / Math.ceil(count / H)),
  );
  const pairs = new Set();
  const links = [];
  for (let k = 0; links.length < count; k++) {
    if (k > (count + n) * H) throw new Error(`could not place ${count} links on ${n} milestones`);
    const h = k % H;
    const j = Math.floor(k / H);
    const column = columns[h];
    if (!column.length) continue;
    const row = (j * spacing) % column.length;
    const from = column[row];
    const pattern = (j + h) % 4;
    let [th, tr] =
      pattern === 0
        ? [h + 1, row]
        : pattern === 1
          ? [h + 1, row + 1 + (j % 3)]
          : pattern === 2
            ? [h, row + 1 + (j % 2)]
            : [h + 2, row + 37];
    if (th >= H || !columns[th].length) [th, tr] = [h, row + 1 + (j % 3)];
    // The card aimed at, or the next free one after it in the order, round to the start.
    const aim = rank.get(columns[th][Math.min(tr, columns[th].length - 1)]);
    let to;
    for (let t = 0; t < n && to === undefined; t++) {
      const id = order[(aim + t) % n];
      const pair = rank.get(from) < rank.get(id) ? `${from} ${id}` : `${id} ${from}`;
      if (id !== from && !pairs.has(pair)) {
        pairs.add(pair);
        to = id;
      }
    }
    if (to === undefined) continue; // linked to every other card already
    const [first, then] = rank.get(from) < rank.get(to) ? [from, to] : [to, from];
    const kind = k % 3 === 2 ? 'depends-on' : 'leads-to';
    links.push({
      id: `l${String(links.length).padStart(5, '0')}`,
      ...(kind === 'leads-to' ? { from: first, to: then } : { from: then, to: first }),
      kind,
      ...(k % 5 === 0 ? { label: LINK_LABELS[k % LINK_LABELS.length] } : {}),
      updatedAt: STAMP,
    });
  }
  return { ...doc, board: { ...doc.board, links } };
}

/** A blank page on the app's origin: IndexedDB belongs to the origin, not to the app's page. */
const SEED_PATH = '/__bench-seed__';

/**
 * Writes board documents (and `extra` records, such as a board's timeline) and the index
 * straight into IndexedDB, laid out as idb-keyval's
 * createStore does (open without a version, create the object store on upgrade). It does so
 * from a blank page on the origin so the app is not running (and cannot race the write), and
 * so the first app visit afterwards is a true first visit with nothing cached.
 */
export async function seedStorage(context, page, docs, extra = []) {
  await context.route(`${ORIGIN}${SEED_PATH}`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>seed</title>' }),
  );
  await page.goto(`${ORIGIN}${SEED_PATH}`);
  // Routing sends every request through Playwright; turn it off before anything is timed.
  await context.unrouteAll({ behavior: 'wait' });

  const entries = [...docs.map((doc) => [boardKey(doc.board.id), doc]), ...extra];
  entries.push([
    INDEX_KEY,
    {
      type: 'partner-horizons/index',
      version: 1,
      boards: docs.map((d) => ({ id: d.board.id, title: d.board.title })),
    },
  ]);
  await withTimeout(
    page.evaluate(
      async ({ dbName, storeName, entries }) => {
        const db = await new Promise((resolve, reject) => {
          const request = indexedDB.open(dbName);
          request.onupgradeneeded = () => {
            if (!request.result.objectStoreNames.contains(storeName)) {
              request.result.createObjectStore(storeName);
            }
          };
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
          request.onblocked = () => reject(new Error('IndexedDB open was blocked'));
        });
        try {
          await new Promise((resolve, reject) => {
            const tx = db.transaction(storeName, 'readwrite');
            const store = tx.objectStore(storeName);
            for (const [key, value] of entries) store.put(value, key);
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
            tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
          });
        } finally {
          db.close();
        }
      },
      { dbName: DB_NAME, storeName: STORE_NAME, entries },
    ),
    TIMEOUT.step,
    'writing the board into IndexedDB',
  );
  // Let the browser finish with the write (and the blank page) before anything is timed:
  // navigating at once made a 100-milestone board load ~150 ms slower than a 1,000 one, the
  // first frame of the app's page itself coming late. A real visitor's board is long on disk.
  await page.waitForTimeout(1_000);
}
