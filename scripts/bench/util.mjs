// Small helpers used across the bench: progress logging, statistics, time limits.

export const log = (message) => process.stderr.write(`${message}\n`); // progress; stdout is the report

/** Median, min and max of the finite values (NaN when there are none); keeps the raw values. */
export function stats(values) {
  const xs = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (xs.length === 0) return { median: NaN, min: NaN, max: NaN, values };
  const mid = xs.length >> 1;
  const median = xs.length % 2 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2;
  return { median, min: xs[0], max: xs.at(-1), values };
}

/** Rejects after `ms` with a message that says what was being waited for. */
export function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Timed out after ${ms} ms: ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** The total of a save's User Timing measures; NaN when there were none (nothing measured). */
export function sumDurations(durations) {
  return durations.length ? durations.reduce((sum, d) => sum + d, 0) : NaN;
}

/**
 * A step a run can lose without losing the others (a drag the app did not perform): its
 * failure goes into `notes` as a finding and the step gives null. Seeding and loading stay
 * outside it: without them nothing is measured.
 */
export function attempter(notes) {
  return async (what, step) => {
    try {
      return await step();
    } catch (error) {
      notes.push(`${what} not measured: ${error.message.split('\n')[0]}`);
      return null;
    }
  };
}
