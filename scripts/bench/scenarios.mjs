// The timed drag scenarios: a keyboard drop and a pointer drag across three horizons.
import { waitForSaved } from './browser.mjs';
import { TIMEOUT, VIEWPORT } from './settings.mjs';
import { sumDurations, withTimeout } from './util.mjs';

/** The first card of a horizon (by its place among the horizons), as the drags pick it up. */
export const firstCardSelector = (sectionIndex) =>
  `section.horizon >> nth=${sectionIndex} >> .card[data-index="0"]`;

/**
 * Keyboard move of the first card of the first horizon to the second, then times the drop:
 * from the Space keydown to the first animation frame in which no card is lifted and the
 * card sits in the second horizon. Lift and move go through Playwright, each waited for (sent
 * back to back they fail about one time in ten); the timed Space is dispatched inside the page
 * so its clock starts exactly at the keydown. dnd-kit's KeyboardSensor listens for keydown on
 * the document and reads event.code, so a bubbling synthetic event reaches it.
 */
export async function keyboardDropMs(page) {
  const card = page.locator(firstCardSelector(0));
  const id = await card.getAttribute('data-milestone-id');
  await card.focus();
  await page.keyboard.press('Space');
  await page.locator(`[data-milestone-id="${id}"][aria-pressed="true"]`).waitFor();
  await page.keyboard.press('ArrowRight');
  await page.locator(`section.horizon >> nth=1 >> [data-milestone-id="${id}"]`).waitFor();
  // Let the move's own work (measuring, scrolling the card into view) finish first.
  await page.waitForTimeout(200);

  return withTimeout(
    page.evaluate(
      ({ id, maxMs }) =>
        new Promise((resolve, reject) => {
          const target = document.querySelectorAll('section.horizon')[1];
          const settled = () =>
            !document.querySelector('[data-milestone-id][aria-pressed="true"]') &&
            target.querySelector(`[data-milestone-id="${id}"]`) !== null;
          const t0 = performance.now();
          (document.activeElement ?? document.body).dispatchEvent(
            new KeyboardEvent('keydown', {
              code: 'Space',
              key: ' ',
              bubbles: true,
              cancelable: true,
            }),
          );
          const check = () => {
            const now = performance.now();
            if (settled()) resolve(now - t0);
            else if (now - t0 > maxMs) reject(new Error('the dropped card never settled'));
            else requestAnimationFrame(check);
          };
          requestAnimationFrame(check);
        }),
      { id, maxMs: TIMEOUT.step - 1000 },
    ),
    TIMEOUT.step,
    'keyboard drop',
  );
}

/** From now on, every long task (over 50 ms) of the page goes into window.__longTasks,
 * which afterDrop reads. */
export function watchLongTasks(page) {
  return page.evaluate(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        window.__longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: false });
  });
}

/**
 * A real mouse drag (MouseSensor, 5 px activation) of the first card of the first horizon
 * across the second horizon into the third, watching for long tasks (over 50 ms) on the main
 * thread. Tasks that start between mouse down and the handled mouse up count as "during the
 * drag" (that includes the drop's commit); those in the next second, which hold the
 * debounced autosave, are reported apart.
 */
export async function pointerDrag(page) {
  await watchLongTasks(page);

  const card = page.locator(firstCardSelector(0));
  const id = await card.getAttribute('data-milestone-id');
  const from = await card.boundingBox();
  const sections = page.locator('section.horizon');
  const via = await sections.nth(1).boundingBox();
  const to = await sections.nth(2).boundingBox();
  if (!from || !via || !to || to.x + to.width / 2 > VIEWPORT.width) {
    throw new Error('The first three horizons are not all in view; cannot drag across them.');
  }
  // Aim at the upper part of each column, where cards are mounted.
  const points = [
    [via.x + via.width / 2, via.y + Math.min(via.height / 3, 300)],
    [to.x + to.width / 2, to.y + Math.min(to.height / 3, 300)],
  ];

  let x = from.x + from.width / 2;
  let y = from.y + from.height / 2;
  await page.mouse.move(x, y);
  const downAt = await page.evaluate(() => performance.now());
  await page.mouse.down();
  await page.mouse.move(x + 10, y, { steps: 5 }); // past the 5 px activation distance
  for (const [px, py] of points) {
    await page.mouse.move(px, py, { steps: 30 }); // ~60 moves in all across two columns
    [x, y] = [px, py];
  }
  await page.mouse.move(x, y + 2); // one more move so collision detection runs at the target
  await watchNextFrame(page, 'mouseup');
  await page.mouse.up();
  const upAt = await page.evaluate(() => performance.now());

  return {
    ...(await afterDrop(
      page,
      `section.horizon >> nth=2 >> [data-milestone-id="${id}"]`,
      downAt,
      upAt,
    )),
    dragMs: upAt - downAt,
    dropFrameMs: await nextFrameMs(page),
  };
}

/**
 * From the next `type` event (its timeStamp: when the browser took the input) to the start
 * of the first animation frame after it: all the work the event caused on the main thread
 * (for a drop, dnd-kit's end and React's commit of the move) runs before that frame can. A
 * window listener in the capture phase sees the event before the app's own handlers.
 */
export function watchNextFrame(page, type) {
  return page.evaluate((eventType) => {
    window.__nextFrame = undefined;
    window.addEventListener(
      eventType,
      (event) => {
        const at = event.timeStamp;
        requestAnimationFrame(() => (window.__nextFrame = performance.now() - at));
      },
      { capture: true, once: true },
    );
  }, type);
}

/** What watchNextFrame measured, once that frame has come. */
export async function nextFrameMs(page) {
  const handle = await page.waitForFunction(() => window.__nextFrame, null, {
    polling: 'raf',
    timeout: TIMEOUT.step,
  });
  return handle.jsonValue();
}

/**
 * What a drag ended in: whether the card (or chip) arrived where `landedSelector` finds it,
 * once the save has settled, and the long tasks during it (between `downAt` and `upAt`) and
 * in the second after, as window.__longTasks collected them.
 */
export async function afterDrop(page, landedSelector, downAt, upAt) {
  const landed = await page
    .locator(landedSelector)
    .waitFor({ timeout: 5_000 })
    .then(
      () => true,
      () => false,
    );
  await waitForSaved(page).catch(() => {});
  await page.waitForTimeout(500); // long-task entries are delivered a little late
  const tasks = await page.evaluate(() => window.__longTasks);
  const during = tasks.filter((t) => t.start >= downAt && t.start <= upAt);
  const after = tasks.filter((t) => t.start > upAt && t.start <= upAt + 1000);
  const longest = (list) => Math.max(0, ...list.map((t) => t.duration));
  return {
    landed,
    longestMs: longest(during),
    count: during.length,
    afterDropLongestMs: longest(after),
  };
}

/** The User Timing measure the app leaves for each save (src/persistence/save-timing.ts). */
export const AUTOSAVE_MEASURE = 'partner-horizons:autosave';

/**
 * The main-thread time of the autosave one small edit causes, as the app measures it: the
 * edit is made the way a person makes it (a title typed into the first horizon's quick add,
 * then Enter), and once a save has been measured and the status says "Saved" the app's
 * autosave measures are read. One edit is one save; should it take more, they are added up.
 */
export async function autosaveMs(page, title = 'One more milestone') {
  await page.evaluate((name) => performance.clearMeasures(name), AUTOSAVE_MEASURE);
  const field = page.locator('section.horizon >> nth=0 >> .quick-add__input');
  await field.fill(title);
  await field.press('Enter');
  await page.waitForFunction(
    (name) => performance.getEntriesByName(name, 'measure').length > 0,
    AUTOSAVE_MEASURE,
    { timeout: TIMEOUT.step },
  );
  await waitForSaved(page);
  const durations = await page.evaluate(
    (name) => performance.getEntriesByName(name, 'measure').map((m) => m.duration),
    AUTOSAVE_MEASURE,
  );
  return sumDurations(durations);
}
