// The browser side of the bench: launching Chromium, fresh pages, and the probes every
// scenario shares (all cards visible after navigation, heap, "Saved").
import { chromium } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS, ORIGIN, TIMEOUT, VIEWPORT } from './settings.mjs';

export function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

export async function newPage(browser) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  context.setDefaultTimeout(TIMEOUT.step);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  return { context, page, cdp };
}

/**
 * Runs in every board page from its very first script, before the app's own code, and watches
 * every animation frame for the first one in which all the board's cards are visible; then
 * records performance.now() (milliseconds since navigation start) in the frame after it, by
 * which time that state has been painted. Watching from the page's start keeps Playwright's
 * own round trips out of the figure, and a card that appears before goto() returns is not missed.
 *
 * "All visible": the columns are virtualised (src/features/board/card-list.tsx), so only the
 * cards in view plus a few are mounted. Each horizon's count badge must add up to the whole
 * board, and each horizon must show either all its cards or enough to fill its scroll area.
 */
export function watchCardsVisible({ expectedTotal, maxMs }) {
  if (!location.pathname.startsWith('/boards/')) return;
  if (new URLSearchParams(location.search).get('view') === 'ladder') return; // watchLadderVisible
  const bench = (window.__bench = { visibleAt: undefined, mountedCards: 0, shownTotal: 0 });

  const allVisible = () => {
    // Horizons, and the Parked and Achieved areas beside them (folded on narrow screens).
    const sections = document.querySelectorAll(
      'section.horizon[data-horizon-id], section.horizon[data-side-area]',
    );
    if (sections.length === 0) return false;
    let total = 0;
    for (const section of sections) {
      const count = Number(section.querySelector('.horizon__count')?.textContent);
      if (!Number.isInteger(count)) return false;
      total += count;
      if (section.matches('.side-area--folded')) continue; // its count is all it shows
      const cards = section.querySelectorAll('.card[data-milestone-id]');
      if (cards.length >= count) continue; // every card of this horizon is mounted
      const list = section.querySelector('.horizon__cards')?.getBoundingClientRect();
      const last = cards[cards.length - 1]?.getBoundingClientRect();
      if (!list || !last || last.height === 0 || last.bottom < list.bottom) return false;
    }
    bench.shownTotal = total;
    return total === expectedTotal;
  };

  const check = () => {
    if (allVisible()) {
      bench.mountedCards = document.querySelectorAll('.card[data-milestone-id]').length;
      requestAnimationFrame(() => (bench.visibleAt = performance.now()));
    } else if (performance.now() < maxMs) {
      requestAnimationFrame(check);
    }
  };
  requestAnimationFrame(check);
}

/** Navigates to the board and returns ms from navigation start to all cards painted. */
export async function loadBoard(page, id, expectedTotal) {
  await page.goto(`${ORIGIN}/boards/${id}`, { waitUntil: 'commit' });
  try {
    await page.waitForFunction(() => window.__bench?.visibleAt !== undefined, null, {
      polling: 'raf',
      timeout: TIMEOUT.load,
    });
  } catch (error) {
    const seen = await page
      .evaluate(() => ({
        shown: window.__bench?.shownTotal,
        text: document.body?.innerText.slice(0, 300),
      }))
      .catch(() => ({}));
    throw new Error(
      `Board ${id} never showed ${expectedTotal} milestones (badges added up to ${seen.shown}). ` +
        `An invalid generated milestone is skipped on load, which would cause this. Page text: ${JSON.stringify(seen.text)}\n${error.message}`,
    );
  }
  // Where the time went: the app's module script has run by DOMContentLoaded; the app marks
  // when IndexedDB answered (src/persistence/autosave.ts); the rest is restoring and rendering.
  return page.evaluate(() => ({
    ms: window.__bench.visibleAt,
    mountedCards: window.__bench.mountedCards,
    domContentLoadedMs:
      performance.getEntriesByType('navigation')[0]?.domContentLoadedEventEnd ?? null,
    // The board's code is split off and fetched by the app script: when the last script arrived.
    scriptsFetchedMs: Math.max(
      0,
      ...performance
        .getEntriesByType('resource')
        .filter((e) => e.initiatorType === 'script' || /\.m?js(\?|$)/.test(e.name))
        .map((e) => e.responseEnd),
    ),
    storageReadMs: performance.getEntriesByName('ph:storage-read')[0]?.startTime ?? null,
  }));
}

/**
 * JS heap after load, from the DevTools protocol: performance.memory is rounded to coarse
 * buckets in Chromium, Runtime.getHeapUsage is exact. Also after a forced GC, which is the
 * steadier figure on a noisy machine (and leaves the next measurements free of a pending GC).
 */
export async function heapMb(cdp) {
  const mb = (bytes) => bytes / 2 ** 20;
  const before = await cdp.send('Runtime.getHeapUsage');
  await cdp.send('HeapProfiler.collectGarbage');
  const after = await cdp.send('Runtime.getHeapUsage');
  return { used: mb(before.usedSize), afterGc: mb(after.usedSize) };
}

/** Waits until the app says everything is saved, so no autosave write lands in a measurement. */
export async function waitForSaved(page) {
  await page.waitForFunction(
    () => document.querySelector('.save-status')?.textContent === 'Saved',
    null,
    { timeout: TIMEOUT.step },
  );
}
