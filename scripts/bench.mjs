#!/usr/bin/env node
// Measures Partner Horizons with big boards in a real Chromium, against the production build.
// Prints figures and their targets; asserts nothing (a missed target is a finding, not an error).
//
//   npm run bench                       # 100 and 1,000 milestones, 5 runs each
//   npm run bench -- --sizes 100,1000,5000 --runs 7 --no-build
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const SIZES = option('sizes', '100,1000').split(',').map(Number);
const RUNS = Number(option('runs', '5'));
const PORT = Number(process.env.BENCH_PORT ?? 4322);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const CHROMIUM = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((p) => p && existsSync(p));
const TARGETS = { loadMs: 500, dropMs: 50, longestTaskMs: 50, initialJsKb: 150 };

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const summary = (xs) => ({
  median: median(xs),
  min: Math.min(...xs),
  max: Math.max(...xs),
  runs: xs,
});

/** A valid stored board document of `count` milestones spread over the four default horizons. */
function makeBoardDocument(id, count) {
  const now = new Date().toISOString();
  const types = [
    'leads',
    'co-marketing',
    'integration',
    'joint-gtm',
    'new-product',
    'strategic-investment',
    'acquisition-we-acquire',
    'acquisition-they-acquire',
  ];
  const statuses = ['idea', 'exploring', 'committed', 'achieved', 'dropped'];
  const horizons = ['Now', 'Next', 'Later', 'Vision'].map((title, i) => ({
    id: `h${i}`,
    title,
    timeframe: '',
  }));
  const milestones = {};
  for (let i = 0; i < count; i++) {
    const mid = `m${i}`;
    milestones[mid] = {
      id: mid,
      horizonId: `h${i % 4}`,
      position: Math.floor(i / 4),
      title: `Milestone ${i}: ${i % 3 ? 'a joint offer for shared customers' : 'referrals'}`,
      type: types[i % types.length],
      notes: 'Notes that a team wrote down during the workshop.',
      owner: `Owner ${i % 9}`,
      confidence: (i * 37) % 101,
      impact: 1 + (i % 5),
      status: statuses[i % statuses.length],
      tags: i % 2 ? ['pipeline'] : [],
      createdAt: now,
      updatedAt: now,
    };
  }
  return {
    type: 'partner-horizons/board',
    version: 1,
    board: {
      id,
      title: `Bench ${count}`,
      partner: { name: `Bench ${count}`, kinds: [], notes: '' },
      vision: 'A vision.',
      horizons,
      milestones,
      createdAt: now,
      updatedAt: now,
    },
  };
}

/** Writes documents straight into the app's IndexedDB store, as idb-keyval lays them out. */
async function seed(page, docs) {
  await page.evaluate(async (docs) => {
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open('partner-horizons');
      request.onupgradeneeded = () => request.result.createObjectStore('kv');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise((resolve, reject) => {
      const tx = db.transaction('kv', 'readwrite');
      const store = tx.objectStore('kv');
      for (const doc of docs) store.put(doc, `board:${doc.board.id}`);
      store.put(
        {
          type: 'partner-horizons/index',
          version: 1,
          boards: docs.map((d) => ({ id: d.board.id, title: d.board.title })),
        },
        'index',
      );
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, docs);
}

/**
 * Runs in the page from its first script on: records the first frame in which every horizon
 * shows its cards — all of them, or (the lists are virtualised) enough to fill its view.
 * Measuring from inside the page keeps Playwright's own round trips out of the figure.
 */
function watchCardsVisible() {
  const filled = () => {
    const sections = [...document.querySelectorAll('section.horizon')];
    if (sections.length === 0) return false;
    return sections.every((section) => {
      const total = Number(section.querySelector('.horizon__count')?.textContent ?? 0);
      const cards = section.querySelectorAll('.card');
      if (cards.length >= total) return true;
      const list = section.querySelector('.horizon__cards').getBoundingClientRect();
      const last = cards[cards.length - 1];
      return Boolean(last) && last.getBoundingClientRect().bottom >= list.bottom;
    });
  };
  const check = () => {
    if (filled()) requestAnimationFrame(() => (window.__cardsVisibleAt = performance.now()));
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

async function openBoard(page, id) {
  await page.goto(`${ORIGIN}/boards/${id}`);
  await page.waitForFunction(() => window.__cardsVisibleAt !== undefined, null, {
    timeout: 30_000,
  });
  return page.evaluate(() => window.__cardsVisibleAt);
}

/** Lifts the first card of Now with Space, moves it to Next, then times Space → settled frame. */
async function keyboardDropMs(page) {
  const card = page.locator('section.horizon').nth(0).locator('.card').first();
  const id = await card.getAttribute('data-milestone-id');
  await card.focus();
  await page.keyboard.press('Space');
  await page.locator(`[data-milestone-id="${id}"][aria-pressed="true"]`).waitFor();
  await page.keyboard.press('ArrowRight');
  await page.locator(`section.horizon >> nth=1 >> [data-milestone-id="${id}"]`).waitFor();
  await page.waitForTimeout(100);
  return page.evaluate(
    (id) =>
      new Promise((resolve) => {
        const target = document.querySelectorAll('section.horizon')[1];
        const t0 = performance.now();
        document.activeElement.dispatchEvent(
          new KeyboardEvent('keydown', {
            code: 'Space',
            key: ' ',
            bubbles: true,
            cancelable: true,
          }),
        );
        const check = () => {
          const node = target.querySelector(`[data-milestone-id="${id}"]`);
          if (node && !document.querySelector('[aria-pressed="true"]'))
            resolve(performance.now() - t0);
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }),
    id,
  );
}

/** A real pointer drag from the first horizon across the next two; returns long tasks seen. */
async function pointerDragLongTasks(page) {
  await page.evaluate(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) =>
      window.__longTasks.push(...list.getEntries().map((e) => e.duration)),
    ).observe({ type: 'longtask' });
  });
  const sections = page.locator('section.horizon');
  const from = await sections.nth(0).locator('.card').nth(1).boundingBox();
  const boxes = [await sections.nth(1).boundingBox(), await sections.nth(2).boundingBox()];
  let x = from.x + from.width / 2;
  let y = from.y + from.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + 10, y, { steps: 5 });
  for (const box of boxes) {
    const tx = box.x + box.width / 2;
    const ty = box.y + box.height / 3;
    await page.mouse.move(tx, ty, { steps: 30 });
    x = tx;
    y = ty;
  }
  await page.mouse.move(x, y + 2);
  await page.mouse.up();
  await page.waitForTimeout(300);
  const tasks = await page.evaluate(() => window.__longTasks);
  return { longest: tasks.length ? Math.max(...tasks) : 0, count: tasks.length };
}

async function measureSize(browser, size) {
  const id = `bench-${size}`;
  const doc = makeBoardDocument(id, size);
  const result = {
    size,
    load: [],
    drop: [],
    longestTask: [],
    longTasks: [],
    heapMb: [],
    throttled: {},
  };
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    await context.addInitScript(watchCardsVisible);
    const page = await context.newPage();
    await page.goto(ORIGIN);
    await seed(page, [doc]);
    result.load.push(await openBoard(page, id));
    result.storageReadMs = (result.storageReadMs ?? []).concat(
      await page.evaluate(
        () => performance.getEntriesByName('ph:storage-read')[0]?.startTime ?? NaN,
      ),
    );
    result.heapMb.push(
      (await page.evaluate(() => performance.memory?.usedJSHeapSize ?? 0)) / 2 ** 20,
    );
    result.drop.push(await keyboardDropMs(page));
    await openBoard(page, id);
    const drag = await pointerDragLongTasks(page);
    result.longestTask.push(drag.longest);
    result.longTasks.push(drag.count);
    await context.close();
  }
  // Once more on a CPU four times slower, as a modest laptop on battery might be.
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  await context.addInitScript(watchCardsVisible);
  const page = await context.newPage();
  await page.goto(ORIGIN);
  await seed(page, [doc]);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  result.throttled.load = await openBoard(page, id);
  result.throttled.drop = await keyboardDropMs(page);
  await openBoard(page, id);
  result.throttled.longestTask = (await pointerDragLongTasks(page)).longest;
  await context.close();
  return result;
}

/** Gzip size of every script a first visit to `path` loads. */
async function initialJsKb(browser, path, seedDocs) {
  const context = await browser.newContext();
  const page = await context.newPage();
  // Every script the context fetches, by URL: seeding the board needs a first visit to the
  // origin, whose scripts the board visit then takes from cache, so both visits count.
  const bodies = new Map();
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script' && !bodies.has(response.url())) {
      bodies.set(
        response.url(),
        response.body().catch(() => Buffer.alloc(0)),
      );
    }
  });
  if (seedDocs) {
    await page.goto(ORIGIN, { waitUntil: 'networkidle' });
    await seed(page, seedDocs);
  }
  await page.goto(`${ORIGIN}${path}`, { waitUntil: 'networkidle' });
  await page.waitForSelector('main');
  const sizes = (await Promise.all(bodies.values())).map((b) => gzipSync(b, { level: 9 }).length);
  await context.close();
  return sizes.reduce((a, b) => a + b, 0) / 1024;
}

function startPreview() {
  const server = spawn(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'preview',
      '--host',
      '127.0.0.1',
      '--port',
      String(PORT),
      '--strictPort',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('vite preview did not start in 20 s')), 20_000);
    const onData = (data) => {
      if (String(data).includes(String(PORT))) {
        clearTimeout(timer);
        resolve(server);
      }
    };
    server.stdout.on('data', onData);
    server.stderr.on('data', (d) => process.stderr.write(d));
    server.on('exit', (code) => reject(new Error(`vite preview exited with ${code}`)));
  });
}

const fmt = (n, digits = 0) => n.toFixed(digits).padStart(7);
const verdict = (value, target) => (value <= target ? 'meets' : 'MISSES');

async function main() {
  if (!args.includes('--no-build')) {
    console.log('Building…');
    execFileSync('npx', ['vite', 'build'], { stdio: 'ignore' });
  }
  const server = await startPreview();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    const results = [];
    for (const size of SIZES) {
      process.stdout.write(`Measuring ${size} milestones (${RUNS} runs)…\n`);
      results.push(await measureSize(browser, size));
    }
    const jsList = await initialJsKb(browser, '/');
    const jsBoard = await initialJsKb(browser, `/boards/bench-${SIZES[0]}`, [
      makeBoardDocument(`bench-${SIZES[0]}`, SIZES[0]),
    ]);

    console.log(
      `\nPartner Horizons benchmark — medians of ${RUNS} runs (min–max), Chromium headless, 1280×720\n`,
    );
    console.log(
      'milestones |  load ms | drop ms | longest task ms | heap MB | 4× CPU: load / drop / longest task',
    );
    for (const r of results) {
      const load = summary(r.load);
      const drop = summary(r.drop);
      const task = summary(r.longestTask);
      console.log(
        `${String(r.size).padStart(10)} | ${fmt(load.median)} | ${fmt(drop.median, 1)} | ${fmt(task.median)}         | ${fmt(median(r.heapMb), 1)} | ${r.throttled.load.toFixed(0)} / ${r.throttled.drop.toFixed(1)} / ${r.throttled.longestTask.toFixed(0)}`,
      );
      console.log(
        `           | ${load.min.toFixed(0)}–${load.max.toFixed(0)} | ${drop.min.toFixed(1)}–${drop.max.toFixed(1)} | ${task.min.toFixed(0)}–${task.max.toFixed(0)} (${median(r.longTasks)} long tasks)`,
      );
    }
    console.log(
      `\nInitial JavaScript (gzip): boards list ${jsList.toFixed(1)} KB, board page ${jsBoard.toFixed(1)} KB`,
    );

    const big = results.find((r) => r.size === 1000) ?? results.at(-1);
    console.log('\nTargets');
    console.log(
      `  ${big.size} milestones visible within ${TARGETS.loadMs} ms: ${median(big.load).toFixed(0)} ms — ${verdict(median(big.load), TARGETS.loadMs)}`,
    );
    console.log(
      `  a drop settles within ${TARGETS.dropMs} ms: ${median(big.drop).toFixed(1)} ms — ${verdict(median(big.drop), TARGETS.dropMs)}`,
    );
    console.log(
      `  no main-thread task over ${TARGETS.longestTaskMs} ms during a drag: longest ${median(big.longestTask).toFixed(0)} ms — ${verdict(median(big.longestTask), TARGETS.longestTaskMs)}`,
    );
    console.log(
      `  initial JavaScript at most ${TARGETS.initialJsKb} KB gzip: ${Math.max(jsList, jsBoard).toFixed(1)} KB — ${verdict(Math.max(jsList, jsBoard), TARGETS.initialJsKb)}`,
    );

    mkdirSync('bench-results', { recursive: true });
    writeFileSync(
      'bench-results/latest.json',
      JSON.stringify(
        {
          date: new Date().toISOString(),
          runs: RUNS,
          results,
          initialJsKb: { list: jsList, board: jsBoard },
          targets: TARGETS,
        },
        null,
        2,
      ),
    );
    console.log('\nWrote bench-results/latest.json');
  } finally {
    await browser.close();
    server.kill();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
