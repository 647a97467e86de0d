import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { RELAY_PORTS, relayUrl } from './tests/e2e/ports';

const port = Number(process.env.PH_PORT ?? 4321);
/** Where the tested build goes: runs side by side on one machine each take their own. */
const dist = process.env.PH_DIST ?? 'dist';

/** Specs that time the page or load the machine: run after the rest, one at a time. */
const ALONE = [/exchange-long-tasks\.spec\.ts$/, /never-lose\.spec\.ts$/];

/** Debian's Chromium when present: Playwright's own download cannot be fetched here. */
function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'];
  return candidates.find((p): p is string => Boolean(p && existsSync(p)));
}

export default defineConfig({
  testDir: './tests/e2e',
  outputDir: dist === 'dist' ? 'test-results' : `${dist}-results`,
  fullyParallel: false,
  // Two files at a time: most of a test's time is the browser waiting (IndexedDB, frames,
  // downloads), so two cores carry two. The tests that measure the page's own long tasks, or
  // load it hard, run after the rest with nothing beside them (the "alone" project).
  workers: Number(process.env.PH_WORKERS ?? 2),
  retries: process.env.CI ? 1 : 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 30_000,
  expect: { timeout: 5_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    ...devices['Desktop Chrome'],
    viewport: { width: 1280, height: 800 },
    // Recording a trace costs each test about 40 % more time (fits-the-room and drag: 134 s
    // with, 78 s without). CI retries a failed test once, and records that retry; a local run,
    // which does not retry, keeps the trace of a test that failed.
    trace: process.env.CI ? 'on-first-retry' : 'retain-on-failure',
    // The offline copy is tested on its own (offline.spec.ts); elsewhere it would only add
    // background downloads to every test.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: chromiumPath(),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [
    { name: 'chromium', testIgnore: ALONE },
    { name: 'alone', testMatch: ALONE, dependencies: ['chromium'], workers: 1 },
  ],
  webServer: {
    command: `node node_modules/vite/bin/vite.js build --outDir ${dist} && node node_modules/vite/bin/vite.js preview --outDir ${dist} --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    // The build names the test relays (live.spec.ts starts and stops them), so its policy
    // lets it reach them and nothing else; outside a live session it reaches none.
    env: { VITE_PH_RELAY: RELAY_PORTS.map(relayUrl).join(',') },
    reuseExistingServer: false,
    // A build on a busy two-core machine can take minutes.
    timeout: 300_000,
  },
});
