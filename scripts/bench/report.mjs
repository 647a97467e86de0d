// The report: the table printed on stdout, the notes and script lists after it, and
// bench-results/latest.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { TARGETS, THROTTLE_RATE, VIEWPORT } from './settings.mjs';

export const verdict = (value, target, binding = true) => {
  if (target === undefined) return '';
  if (!Number.isFinite(value)) return 'not measured';
  const word = value <= target ? 'meets' : 'MISSES';
  // Throttled figures are shown against the target for comparison only.
  return binding ? word : `(${word})`;
};

/** A single figure in the shape of a median of runs. */
const one = (value) => ({ median: value, min: NaN, max: NaN });

/** Rows of the report table, one per figure and size. */
export function reportRows(results, js) {
  const rows = [];
  const add = (figure, size, s, unit, target, binding = true, digits = 0) =>
    rows.push({
      figure,
      milestones: size,
      median: s.median,
      min: s.min,
      max: s.max,
      unit,
      target,
      verdict: verdict(s.median, target, binding),
      digits,
    });
  for (const r of results) addSizeRows(add, r);
  for (const j of js) {
    add(
      `Initial JS, first visit to ${j.label}`,
      '',
      one(j.kb),
      'KB gz',
      j.budgetKb ?? TARGETS.boardJsKb,
      true,
      1,
    );
  }
  return rows;
}

/** The pages whose initial JavaScript passes its budget, in words for a loud failure. */
export function overBudget(js) {
  return js
    .filter((j) => j.kb > (j.budgetKb ?? TARGETS.boardJsKb))
    .map(
      (j) =>
        `${j.label}: ${j.kb.toFixed(1)} KB gzip, over its ${j.budgetKb ?? TARGETS.boardJsKb} KB budget by ${(j.kb - (j.budgetKb ?? TARGETS.boardJsKb)).toFixed(1)} KB`,
    );
}

/** A figure as the report shows it: a median of runs, or one run (older results). */
const asFigure = (value) =>
  typeof value === 'object' && value !== null ? value : one(value ?? NaN);

/**
 * The throttled runs' rows: medians of as many runs as at full speed, against issue 13's
 * targets for a slow laptop (settings.mjs). The load target is stated for small boards.
 */
function addThrottledRows(add, r) {
  const t = r.throttled;
  const slow = TARGETS.throttled;
  const cpu = `${t.rate}× CPU:`;
  const f = (key) => asFigure(t[key]);
  const loadTarget = r.size <= slow.loadUpTo ? slow.loadMs : undefined;
  const taskTarget = r.size <= 1000 ? slow.longestTaskMs : undefined;
  add(`${cpu} all cards visible`, r.size, f('loadMs'), 'ms', loadTarget);
  // Older results have no return visit at this speed.
  if (t.reloadMs !== undefined)
    add(`${cpu}   same board again, cache warm`, r.size, f('reloadMs'), 'ms');
  add(`${cpu} drop to settled`, r.size, f('dropMs'), 'ms', slow.dropMs, true, 1);
  add(`${cpu} longest task in drag`, r.size, f('dragLongestTaskMs'), 'ms', taskTarget);
  if (t.mouseDropFrameMs !== undefined)
    add(
      `${cpu} mouse drop → next frame`,
      r.size,
      f('mouseDropFrameMs'),
      'ms',
      slow.mouseDropFrameMs,
      true,
      1,
    );
  add(`${cpu} longest task after drop`, r.size, f('afterDropLongestTaskMs'), 'ms');
  add(`${cpu} autosave main thread`, r.size, f('autosaveMs'), 'ms', undefined, true, 1);
  if (t.ladderLoadMs === undefined) return;
  add(`${cpu} ladder visible`, r.size, f('ladderLoadMs'), 'ms');
  add(`${cpu} ladder longest task in drag`, r.size, f('ladderDragLongestTaskMs'), 'ms', taskTarget);
}

/** The rows of one board size, medians first, then the throttled runs', then compact's. */
function addSizeRows(add, r) {
  // The load target is stated for 1,000 milestones; smaller boards must meet it too.
  const loadTarget = r.size <= 1000 ? TARGETS.loadMs : undefined;
  const ladderTarget = r.size <= 1000 ? TARGETS.ladderLoadMs : undefined;
  add('All cards visible after navigation', r.size, r.loadMs, 'ms', loadTarget);
  add('  app script run (DOMContentLoaded)', r.size, r.domContentLoadedMs, 'ms');
  add('  last script fetched', r.size, r.scriptsFetchedMs, 'ms');
  add('  saved boards read (IndexedDB)', r.size, r.storageReadMs, 'ms');
  add('  same board again, cache warm', r.size, r.reloadMs, 'ms');
  add('Drop to settled frame (keyboard)', r.size, r.dropMs, 'ms', TARGETS.dropMs, true, 1);
  add('Longest task during pointer drag', r.size, r.dragLongestTaskMs, 'ms', TARGETS.longestTaskMs);
  add('  long tasks during the drag', r.size, r.dragLongTaskCount, 'count');
  // Older results have no mouse drop frame.
  if (r.mouseDropFrameMs !== undefined)
    add(
      '  mouse drop → next frame',
      r.size,
      r.mouseDropFrameMs,
      'ms',
      TARGETS.mouseDropFrameMs,
      true,
      1,
    );
  add('  longest task in 1 s after drop', r.size, r.afterDropLongestTaskMs, 'ms');
  // The autosave target is stated for 1,000 milestones; smaller boards must meet it too.
  const saveTarget = r.size <= 1000 ? TARGETS.autosaveMs : undefined;
  add('Autosave main-thread time', r.size, r.autosaveMs, 'ms', saveTarget, true, 1);
  add('JS heap used after load', r.size, r.heapUsedMb, 'MB', undefined, true, 1);
  add('  after a forced GC', r.size, r.heapAfterGcMb, 'MB', undefined, true, 1);
  add('  cards mounted (virtualised)', r.size, r.mountedCards, 'count');
  // The ladder view of the same board (scripts/bench/ladder.mjs); older results have none.
  if (r.ladderLoadMs) {
    add('Ladder: visible after navigation', r.size, r.ladderLoadMs, 'ms', ladderTarget);
    add(
      'Ladder: longest task in drag',
      r.size,
      r.ladderDragLongestTaskMs,
      'ms',
      TARGETS.longestTaskMs,
    );
    add('  ladder: long tasks during the drag', r.size, r.ladderDragLongTaskCount, 'count');
    add('  ladder: chips mounted', r.size, r.ladderMountedChips, 'count');
  }
  addThrottledRows(add, r);
  const c = r.compact;
  if (!c) return;
  add('Compact: all cards visible', r.size, one(c.loadMs), 'ms', loadTarget, false);
  add('Compact: drop to settled', r.size, one(c.dropMs), 'ms', TARGETS.dropMs, false, 1);
  add(
    'Compact: longest task in drag',
    r.size,
    one(c.dragLongestTaskMs),
    'ms',
    TARGETS.longestTaskMs,
    false,
  );
  add('Compact: cards mounted', r.size, one(c.mountedCards), 'count');
}

/** The table as lines of text: aligned columns, a blank line between board sizes. */
export function formatTable(rows) {
  const num = (v, d) => (Number.isFinite(v) ? v.toFixed(d) : '');
  const cells = rows.map((r) => [
    r.figure,
    String(r.milestones),
    num(r.median, r.digits),
    Number.isFinite(r.min) ? `${num(r.min, r.digits)}–${num(r.max, r.digits)}` : '',
    r.unit,
    r.target === undefined ? '' : `≤ ${r.target}`,
    r.verdict,
  ]);
  const header = ['Figure', 'Milestones', 'Median', 'Min–max', 'Unit', 'Target', 'Verdict'];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const right = new Set([1, 2, 3]);
  const line = (c) =>
    c.map((v, i) => (right.has(i) ? v.padStart(widths[i]) : v.padEnd(widths[i]))).join('  ');
  const lines = [line(header).trimEnd(), widths.map((w) => '-'.repeat(w)).join('  ')];
  let lastSize;
  for (let i = 0; i < cells.length; i++) {
    if (lastSize !== undefined && rows[i].milestones !== lastSize) lines.push('');
    lastSize = rows[i].milestones;
    lines.push(line(cells[i]).trimEnd());
  }
  return lines;
}

/** Prints the report on stdout: what was measured where, the table, notes, scripts fetched. */
export function printReport({ meta, results, js, rows }) {
  console.log(
    `\nPartner Horizons benchmark — production build (${meta.commit}), Chromium ${meta.chromium} headless, ` +
      `${VIEWPORT.width}×${VIEWPORT.height}, ${meta.cpus} CPUs, load average ${meta.loadavgBefore[0].toFixed(2)} → ${meta.loadavgAfter[0].toFixed(2)}`,
  );
  console.log(
    `Medians of ${meta.runs} runs (min–max), at full speed and with the CPU throttled ${THROTTLE_RATE}× (a slow laptop); "Compact" rows are a single run, compared with the target for information.\n`,
  );
  for (const line of formatTable(rows)) console.log(line);
  const notes = results.flatMap((r) => r.notes);
  if (notes.length) console.log(`\nNotes:\n${notes.map((n) => `  - ${n}`).join('\n')}`);
  for (const j of js) {
    console.log(
      `\nScripts on first visit to ${j.label}: ` +
        j.files.map((f) => `${f.path} ${(f.gzipBytes / 1024).toFixed(1)} KB`).join(', '),
    );
  }
}

/** Writes everything measured, and the table, to bench-results/latest.json. */
export function writeResults({ meta, results, js, rows }) {
  mkdirSync('bench-results', { recursive: true });
  writeFileSync(
    'bench-results/latest.json',
    `${JSON.stringify({ meta, targets: TARGETS, results, initialJs: js, table: rows }, null, 2)}\n`,
  );
  console.log('\nWrote bench-results/latest.json');
}
