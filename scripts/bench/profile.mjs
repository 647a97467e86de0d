// `npm run bench -- --profile`: CPU profiles of the three moments issue 13 is about (opening
// a board, picking a card up, dropping it), at full speed and with the CPU throttled, saved
// as .cpuprofile files (open them in Chromium DevTools' Performance panel) and summarised:
// where each one's time went, by function, inclusive of what it calls. The build is not
// minified, so the names read as in the source; its timings are not the bench's.
import { mkdirSync, writeFileSync } from 'node:fs';
import { newPage, watchCardsVisible, loadBoard, waitForSaved } from './browser.mjs';
import { makeBoardDocument, seedStorage, withLinks } from './seed.mjs';
import { firstCardSelector } from './scenarios.mjs';
import { THROTTLE_RATE } from './settings.mjs';
import { log } from './util.mjs';

export const PROFILE_DIR = 'bench-results/profiles';
const SAMPLING_US = 200;

/**
 * React's own work loop and commit phases: in every render, so at the top of every
 * inclusive list, and saying nothing about which component or hook the time went to.
 */
export const REACT_WORK_LOOP =
  /^(perform|renderRoot|renderWithHooks|workLoop|begin|complete|commit|flush|recursivelyTraverse|update(FunctionComponent|SimpleMemoComponent|MemoComponent|ForwardRef|HostComponent)|reconcile|processRoot|safelyAttachRef|mountIndeterminate|scheduleTask|batchedUpdates|dispatchEvent)/;

/**
 * Time per function in a CPU profile, counting a function's callees in its own time
 * (inclusive) once per sample however deep it recurses. Leaves out the profiler's own
 * pseudo-frames ((root), (program), (idle), (garbage collector)) and the frames `skip`
 * matches by name. Returns the `top` entries, heaviest first, as { name, url, line, ms }.
 */
export function inclusiveTimes(profile, top = 15, skip = REACT_WORK_LOOP) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
  const totals = new Map();
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const { functionName, url, lineNumber } = byId.get(at).callFrame;
      if (!url && /^\(.*\)$/.test(functionName)) continue;
      if (skip.test(functionName)) continue;
      const key = `${functionName || '(anonymous)'}\u0000${url}\u0000${lineNumber}`;
      if (seen.has(key)) continue;
      seen.add(key);
      totals.set(key, (totals.get(key) ?? 0) + dt);
    }
  });
  return [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([key, us]) => {
      const [name, url, line] = key.split('\u0000');
      return { name, url, line: Number(line) + 1, ms: us / 1000 };
    });
}

/** One line per entry: "  123.4 ms  BoardCanvas  board-page-abc.js:120". */
export function formatTimes(entries) {
  return entries.map(
    (e) =>
      `  ${e.ms.toFixed(1).padStart(8)} ms  ${e.name}  ${e.url.split('/').pop() || '(native)'}:${e.line}`,
  );
}

async function profiled(cdp, step) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_US });
  await cdp.send('Profiler.start');
  await step();
  const { profile } = await cdp.send('Profiler.stop');
  return profile;
}

/** The first card of the first horizon, grabbed by the mouse past its 5 px threshold. */
async function pickUp(page) {
  const card = page.locator(firstCardSelector(0));
  const box = await card.boundingBox();
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  await page.mouse.move(x, y);
  return async () => {
    await page.mouse.down();
    await page.mouse.move(x + 10, y, { steps: 5 });
    await page.waitForTimeout(500);
  };
}

/** Carries the lifted card over the second horizon into the third and lets go there. */
async function dropInThird(page) {
  const third = await page.locator('section.horizon >> nth=2').boundingBox();
  await page.mouse.move(third.x + third.width / 2, third.y + 120, { steps: 20 });
  await page.waitForTimeout(200);
  return async () => {
    await page.mouse.up();
    await page.waitForTimeout(700);
  };
}

/**
 * Load, pick-up and drop of one board size at one CPU rate, each profiled on its own; with
 * `links` links between its milestones when given (the pathways' board).
 */
async function profileOnce(browser, size, rate, links) {
  const { context, page, cdp } = await newPage(browser);
  try {
    const plain = makeBoardDocument(`bench-${size}`, size);
    const doc = links ? withLinks(plain, links) : plain;
    await seedStorage(context, page, [doc]);
    await context.addInitScript(watchCardsVisible, { expectedTotal: size, maxMs: 60_000 });
    if (rate > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    const profiles = {};
    profiles.load = await profiled(cdp, () => loadBoard(page, doc.board.id, size));
    await waitForSaved(page);
    await page.waitForTimeout(2500); // past the editor's preload at idle
    profiles.pickup = await profiled(cdp, await pickUp(page));
    const letGo = await dropInThird(page);
    profiles.drop = await profiled(cdp, letGo);
    return profiles;
  } finally {
    await context.close().catch(() => {});
  }
}

/**
 * Every size at 1× and throttled: writes the profiles and prints what each holds. With
 * `links`, each board has that many links (`--profile --pathways-only`).
 */
export async function profileAll(browser, sizes, links = 0) {
  mkdirSync(PROFILE_DIR, { recursive: true });
  const named = links ? `-${links}links` : '';
  for (const size of sizes) {
    for (const rate of [1, THROTTLE_RATE]) {
      log(`Profiling ${size} milestones${links ? ` with ${links} links` : ''} at ${rate}× CPU…`);
      const profiles = await profileOnce(browser, size, rate, links);
      for (const [moment, profile] of Object.entries(profiles)) {
        const file = `${PROFILE_DIR}/${size}${named}-${rate}x-${moment}.cpuprofile`;
        writeFileSync(file, JSON.stringify(profile));
        console.log(`\n${size} milestones, ${rate}× CPU, ${moment} (${file}):`);
        for (const line of formatTimes(inclusiveTimes(profile))) console.log(line);
      }
    }
  }
}
