// npm run bench:live [-- --clients 30 --edits 100 --milestones 1000]
// A live session under load, through the real relay on loopback: a browser goes live with a
// board, simulated participants (Node Yjs clients) join and edit at once, and it prints
// edit-to-visible latency, time to converge, the relay's memory and the browser's longest
// main-thread task during the burst. Figures only: it fails only when something breaks.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

// Its own build (the build names the relay) and port, apart from `npm run bench`'s.
process.env.BENCH_OUT_DIR ||= 'node_modules/.bench-live-dist';
process.env.BENCH_PORT ||= '4323';
const { ORIGIN } = await import('./bench/settings.mjs');
const { buildApp, servedDir, startPreview } = await import('./bench/server.mjs');
const { launchBrowser, newPage } = await import('./bench/browser.mjs');
const { makeBoardDocument, seedStorage } = await import('./bench/seed.mjs');
const { log, withTimeout } = await import('./bench/util.mjs');
const { participant, percentile, stampOf, stampedTitle, startRelayProcess } =
  await import('./bench/live.mjs');

function option(name, fallback) {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} takes a whole number`);
  return value;
}
const CLIENTS = option('clients', 30);
const EDITS = option('edits', 100);
const MILESTONES = option('milestones', 1000);
/** A participant edits about this often (ms): a lively workshop, everyone at once. */
const EDIT_EVERY_MS = 40;

const ms = (value) => (value === null ? '—' : `${value.toFixed(0)} ms`);

/** The browser goes live with the board: gives the room and its secret from the invite. */
async function goLive(page) {
  await page.getByRole('button', { name: 'Live', exact: true }).click();
  const start = page.getByRole('dialog', { name: 'Go live' });
  await start.getByRole('radio', { name: 'Me, by name' }).check();
  await start.getByRole('textbox', { name: 'Your name' }).fill('Facilitator');
  await start.getByRole('button', { name: 'Go live' }).click();
  const session = page.getByRole('dialog', { name: 'Live session' });
  await session.getByText(/^Live: everyone/).waitFor({ timeout: 60_000 });
  const link = await session.getByRole('textbox', { name: 'Invite link' }).inputValue();
  await session.getByRole('button', { name: 'Done' }).click();
  const params = new URLSearchParams(new URL(link).hash.slice(1));
  return { room: params.get('room'), secret: params.get('key') };
}

/** How long until a card's title shows on the page, from `since` (page's performance.now()). */
async function shownAfter(page, id, title) {
  return page.evaluate(
    ({ id, title }) =>
      new Promise((resolve) => {
        const started = performance.now();
        const check = () => {
          const card = document.querySelector(`[data-milestone-id="${id}"]`);
          if (card?.textContent?.includes(title)) resolve(performance.now() - started);
          else requestAnimationFrame(check);
        };
        check();
      }),
    { id, title },
  );
}

async function main() {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'ph-bench-relay-'));
  const relay = await startRelayProcess({ origin: ORIGIN, dataDir });
  process.env.VITE_PH_RELAY = relay.url;
  buildApp();
  const preview = await startPreview(servedDir(false));
  const browser = await launchBrowser();
  const clients = [];
  try {
    const { context, page } = await newPage(browser);
    const doc = makeBoardDocument('bench-live', MILESTONES);
    await seedStorage(context, page, [doc]);
    await page.goto(`${ORIGIN}/boards/bench-live`);
    await page.locator('[data-milestone-id="m00000"]').waitFor();
    const relayIdleMb = relay.rssMb();
    const { room, secret } = await goLive(page);
    log(`Live with ${MILESTONES} milestones; ${CLIENTS} participants joining…`);

    const joinStarted = performance.now();
    for (let i = 0; i < CLIENTS; i++)
      clients.push(participant({ url: relay.url, room, secret, origin: ORIGIN }));
    await withTimeout(Promise.all(clients.map((c) => c.synced)), 60_000, 'participants joining');
    const joinMs = performance.now() - joinStarted;
    const relayJoinedMb = relay.rssMb();

    // Edit-to-visible in the browser, one edit at a time on a card in view.
    const browserLatency = [];
    for (let n = 0; n < 10; n++) {
      const title = `Quiet edit ${n}`;
      const shown = shownAfter(page, 'm00000', title);
      await sleep(50);
      const sent = performance.now();
      clients[0].edit('m00000', title);
      await withTimeout(shown, 30_000, 'an edit showing in the browser');
      browserLatency.push(performance.now() - sent);
      await sleep(200);
    }

    // The burst: every participant edits at once; three of them note when others' edits arrive.
    const latency = [];
    for (const observer of [0, Math.floor(CLIENTS / 3), Math.floor((2 * CLIENTS) / 3)])
      clients[observer]?.watchTitles((title) => {
        const at = stampOf(title);
        if (at !== null) latency.push(performance.now() - at);
      });
    await page.evaluate(() => {
      window.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
      }).observe({ type: 'longtask' });
    });
    const ids = Object.keys(doc.board.milestones);
    log(`Burst: ${CLIENTS} × ${EDITS} edits…`);
    const burstStarted = performance.now();
    await Promise.all(
      clients.map(async (client, c) => {
        await sleep(Math.random() * EDIT_EVERY_MS);
        for (let n = 0; n < EDITS; n++) {
          const id = ids[(c * 7919 + n * 104729) % ids.length];
          client.edit(id, stampedTitle(c, n, performance.now()));
          await sleep(EDIT_EVERY_MS * (0.5 + Math.random()));
        }
      }),
    );
    const sentMs = performance.now() - burstStarted;
    // Converged: every participant holds the same state; then the browser shows a last edit.
    const lastSent = performance.now();
    for (const deadline = Date.now() + 120_000; ;) {
      const vectors = new Set(clients.map((c) => c.stateVector()));
      if (vectors.size === 1) break;
      if (Date.now() > deadline) throw new Error('participants did not converge within 2 minutes');
      await sleep(5);
    }
    const convergeMs = performance.now() - lastSent;
    const finalTitle = `Final ${Date.now()}`;
    const shown = shownAfter(page, 'm00000', finalTitle);
    const finalSent = performance.now();
    clients[0].edit('m00000', finalTitle);
    await withTimeout(shown, 60_000, 'the last edit showing in the browser');
    const afterBurstMs = performance.now() - finalSent;
    await sleep(500);
    const longTasks = await page.evaluate(() => window.__longTasks);
    const relayBurstMb = relay.rssMb();

    const rows = [
      ['participants × edits', `${CLIENTS} × ${EDITS} on a ${MILESTONES}-milestone board`],
      ['all joined (synced)', ms(joinMs)],
      [
        'edit → visible in the browser, p50 / p95',
        `${ms(percentile(browserLatency, 50))} / ${ms(percentile(browserLatency, 95))}`,
      ],
      [
        'edit → other participants, p50 / p95',
        `${ms(percentile(latency, 50))} / ${ms(percentile(latency, 95))} (${latency.length} samples)`,
      ],
      ['burst sent in', ms(sentMs)],
      ['all participants converged after the last edit', ms(convergeMs)],
      ['after the burst, edit → visible in the browser', ms(afterBurstMs)],
      [
        'browser: longest task in the burst',
        longTasks.length ? ms(Math.max(...longTasks)) : 'none over 50 ms',
      ],
      ['browser: tasks over 50 ms', String(longTasks.length)],
      [
        'relay memory: idle / joined / after the burst',
        `${relayIdleMb.toFixed(0)} / ${relayJoinedMb.toFixed(0)} / ${relayBurstMb.toFixed(0)} MB`,
      ],
    ];
    const width = Math.max(...rows.map(([k]) => k.length));
    console.log('\nLive session on loopback\n');
    for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
  } finally {
    for (const client of clients) client.destroy();
    await browser.close();
    await preview.stop();
    await relay.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

await main();
