#!/usr/bin/env node
// Performance benchmark for Partner Horizons: big boards in a real Chromium, against the
// production build. Prints each figure next to its target and writes bench-results/latest.json.
// A missed timing target is a finding, not an error: timings depend on the machine. The
// JavaScript budgets do not, so a page over its budget fails the run, loudly. Otherwise it
// exits non-zero only when it could not measure (build failed, a page never got ready…).
// `npm run analyse` shows what each chunk holds.
//
//   npm run bench                                  # 100 and 1,000 milestones, 5 runs each
//   npm run bench -- --sizes 100,1000,5000 --runs 7
//   npm run bench -- --no-build                    # reuse the last bench build
//   npm run bench -- --profile --sizes 200         # CPU profiles of load, pick-up and drop
//   npm run bench -- --pathways-only --runs 3      # only the pathways table (1,000 milestones, 500 links)
//   npm run bench -- --profile --pathways-only --sizes 1000  # the profiles, on a board with 500 links
//
// Environment: BENCH_PORT (default 4322), CHROMIUM_PATH (default /usr/bin/chromium),
// BENCH_OUT_DIR (default node_modules/.bench-dist; set it when another checkout shares
// node_modules and may build a bench at the same time).
//
// This file parses the arguments and runs the whole: build, preview server, Chromium, the
// measurements, the report. The parts live in scripts/bench/: seed.mjs (the boards and their
// IndexedDB seeding), server.mjs (build and `vite preview`), browser.mjs, scenarios.mjs and
// ladder.mjs (pages and the timed steps, the ladder's apart), measure.mjs (runs and medians),
// report.mjs (table and JSON), profile.mjs (--profile: CPU profiles instead of the table),
// timeline.mjs and pathways.mjs (the tables printed after the main one).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { USAGE, parseBenchArgs } from './bench/args.mjs';
import { launchBrowser } from './bench/browser.mjs';
import { measureInitialJs, measureSize } from './bench/measure.mjs';
import { overBudget, printReport, reportRows, writeResults } from './bench/report.mjs';
import { makeBoardDocument } from './bench/seed.mjs';
import { PROFILE_OUT_DIR, buildApp, servedDir, startPreview } from './bench/server.mjs';
import { profileAll } from './bench/profile.mjs';
import { measureTimeline, printTimeline } from './bench/timeline.mjs';
import { PATHWAYS, measurePathways, printPathways } from './bench/pathways.mjs';
import { CHROMIUM, ORIGIN, TARGETS, TIMEOUT, VIEWPORT } from './bench/settings.mjs';
import { log, withTimeout } from './bench/util.mjs';

const cli = parseBenchArgs();
if (cli.help) {
  console.log(USAGE);
  process.exit(0);
}

// Paths below (node_modules, bench-results) are relative to the project, wherever we start.
process.chdir(fileURLToPath(new URL('..', import.meta.url)));

if (cli.error) {
  console.error(cli.error);
  process.exit(2);
}
const { sizes: SIZES, runs: RUNS } = cli;

function gitDescription() {
  try {
    const git = (...args) =>
      execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const commit = git('rev-parse', '--short', 'HEAD');
    const dirty = git('status', '--porcelain');
    return `${commit}${dirty ? ' + uncommitted changes' : ''}`;
  } catch {
    return 'unknown';
  }
}

/** Every board size, then the initial JavaScript of the boards list and of a board. */
async function measureAll(browser) {
  const results = [];
  for (const size of SIZES) {
    log(`Measuring ${size} milestones (${RUNS} runs, ${RUNS} throttled, 1 compact)…`);
    results.push(await measureSize(browser, size, RUNS));
  }
  log('Measuring initial JavaScript…');
  const jsSize = SIZES.includes(1000) ? 1000 : SIZES[0];
  const js = [
    {
      label: '/ (boards list)',
      budgetKb: TARGETS.listJsKb,
      ...(await measureInitialJs(browser, '/')),
    },
    {
      label: `/boards/<id> (${jsSize})`,
      budgetKb: TARGETS.boardJsKb,
      ...(await measureInitialJs(
        browser,
        `/boards/bench-${jsSize}`,
        makeBoardDocument(`bench-${jsSize}`, jsSize),
      )),
    },
  ];
  const timeline = [];
  for (const size of SIZES) {
    log(`Measuring the timeline at ${size} milestones…`);
    timeline.push(await measureTimeline(browser, makeBoardDocument(`timeline-${size}`, size)));
  }
  log('Measuring pathways: 1,000 milestones with 500 links, and without…');
  const pathways = await measurePathways(browser, RUNS);
  return { results, js, timeline, pathways };
}

/** What was measured, where and on what: the report's heading and the JSON's meta. */
function describeRun(browser, outDir, loadBefore) {
  return {
    date: new Date().toISOString(),
    commit: gitDescription(),
    chromium: browser.version(),
    node: process.version,
    cpus: cpus().length,
    loadavgBefore: loadBefore.map((n) => Number(n.toFixed(2))),
    loadavgAfter: loadavg().map((n) => Number(n.toFixed(2))),
    runs: RUNS,
    sizes: SIZES,
    viewport: VIEWPORT,
    served: outDir,
  };
}

let interrupted = false;

async function main() {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `No Chromium at ${CHROMIUM}: apt-get install -y chromium, or set CHROMIUM_PATH.`,
    );
  }
  if (cli.profile) buildApp({ minify: false });
  else if (!cli.noBuild) buildApp();
  const outDir = cli.profile ? PROFILE_OUT_DIR : servedDir(cli.noBuild);
  const loadBefore = loadavg();
  log(`Starting vite preview of ${outDir} on ${ORIGIN}…`);
  const server = await startPreview(outDir);

  // Ctrl-C or a kill: stop the server before leaving (the 'exit' hook is only a backstop).
  let browser;
  const onSignal = (signal) => {
    interrupted = true;
    log(`\n${signal}: stopping.`);
    Promise.allSettled([browser?.close(), server.stop()]).finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  try {
    browser = await launchBrowser();
    if (cli.profile) {
      await profileAll(browser, SIZES, cli.pathwaysOnly ? PATHWAYS.links : 0);
      return;
    }
    if (cli.pathwaysOnly) {
      log('Measuring pathways: 1,000 milestones with 500 links, and without…');
      printPathways(await measurePathways(browser, RUNS));
      return; // bench-results/latest.json keeps the last whole run
    }
    const { results, js, timeline, pathways } = await measureAll(browser);
    const meta = describeRun(browser, outDir, loadBefore);
    const report = { meta, results, js, timeline, rows: reportRows(results, js) };
    printReport(report);
    printTimeline(timeline);
    printPathways(pathways);
    writeResults(report);
    const over = overBudget(js);
    if (over.length) {
      console.error(
        `\nJAVASCRIPT BUDGET PASSED — the first visit loads more than it may:\n  ${over.join('\n  ')}\nRun \`npm run analyse\` to see what each chunk holds.`,
      );
      process.exitCode = 1;
    }
  } finally {
    await withTimeout(
      browser?.close() ?? Promise.resolve(),
      TIMEOUT.browserClose,
      'closing Chromium',
    ).catch((e) => log(e.message));
    await server.stop();
  }
}

main().catch((error) => {
  if (interrupted) return; // the signal handler exits once the server is stopped
  console.error(`Benchmark failed: ${error.stack ?? error}`);
  process.exitCode = 1;
});
