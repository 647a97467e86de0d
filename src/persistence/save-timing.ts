/**
 * User Timing for autosave: how much main-thread time one save costs. A save runs in pieces
 * separated by waits for IndexedDB (opening, the revision check), so the pieces that run on
 * the main thread are timed one by one and added up: working out the write, handing each
 * record to IndexedDB (`put` structured-clones it there and then), and telling the journal
 * and the other tabs. Each finished save leaves one `partner-horizons:autosave` measure,
 * starting when the save began, lasting the main-thread time it took (not the wall-clock
 * time, which includes IndexedDB's own work off the page). The bench reads these measures;
 * DevTools shows them in the Performance panel. No console, no buffers beyond the
 * browser's own performance timeline, and nothing at all where User Timing is missing.
 */

export const AUTOSAVE_MEASURE = 'partner-horizons:autosave';

const perf: Pick<Performance, 'now' | 'measure'> | null =
  typeof performance !== 'undefined' && typeof performance.measure === 'function'
    ? performance
    : null;

/** One save's main-thread time, gathered piece by piece. */
export interface SaveTiming {
  /** Runs `work` now, adding its time to this save's. */
  time: <T>(work: () => T) => T;
  /** The save is over: records its measure (once; later calls do nothing). */
  end: () => void;
}

const idle: SaveTiming = { time: (work) => work(), end: () => {} };

export function startSaveTiming(): SaveTiming {
  if (!perf) return idle;
  const start = perf.now();
  let spent = 0;
  let ended = false;
  return {
    time: (work) => {
      const from = perf.now();
      try {
        return work();
      } finally {
        spent += perf.now() - from;
      }
    },
    end: () => {
      if (ended) return;
      ended = true;
      try {
        perf.measure(AUTOSAVE_MEASURE, { start, duration: spent });
      } catch {
        // A browser without measure options: the figure is only for the bench and DevTools.
      }
    },
  };
}
