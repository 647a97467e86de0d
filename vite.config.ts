/// <reference types="vitest/config" />
import { defineConfig, loadEnv, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { visualizer } from 'rollup-plugin-visualizer';
import { availableParallelism } from 'node:os';
import pkg from './package.json' with { type: 'json' };

const port = Number(process.env.PH_PORT ?? 4321);

/**
 * The live-session relays this build may reach (VITE_PH_RELAY, comma-separated), as origins:
 * ws://host:port or wss://host. Anything else stops the build with a message.
 */
function relayOrigins(raw: string | undefined): string[] {
  return (raw ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const url = URL.canParse(entry) ? new URL(entry) : undefined;
      if (!url || (url.protocol !== 'ws:' && url.protocol !== 'wss:'))
        throw new Error(
          `VITE_PH_RELAY: "${entry}" is not a relay address (wss://host[:port][/path])`,
        );
      return `${url.protocol}//${url.host}`;
    });
}

/**
 * The production build's Content-Security-Policy: only the app's own files run or load;
 * no inline script, no plugins, no <base> games, no network beyond this origin and the
 * configured relays, each named (no wildcard). Images may be data: and blob: URLs (the PNG
 * export draws the board through one). Styles set from script (React's style props) are not
 * affected; no inline <style> is used.
 * The dev server goes without it: Vite's hot reload injects inline scripts.
 */
export function contentSecurityPolicy(relays: readonly string[] = []): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    ["connect-src 'self'", ...relays].join(' '),
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

function cspPlugin(relays: readonly string[]): Plugin {
  return {
    name: 'partner-horizons:csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy(relays) },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig(({ mode }) => ({
  plugins: [
    react(),
    cspPlugin(relayOrigins(loadEnv(mode, process.cwd(), 'VITE_PH_').VITE_PH_RELAY)),
    // Precaches the whole app so it opens with the network off after the first visit. A new
    // version waits until the person chooses to reload (src/app/update-prompt.tsx).
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg'],
      manifest: {
        name: 'Partner Horizons',
        short_name: 'Horizons',
        description:
          'Lay out where a partnership could go across time horizons and agree a shared vision.',
        theme_color: '#2b5bd7',
        background_color: '#f4f5f7',
        display: 'standalone',
        start_url: '/',
        scope: '/',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          {
            src: '/icons/icon-512-maskable.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        navigateFallback: '/index.html',
        cleanupOutdatedCaches: true,
      },
    }),
    // `npm run analyse`: what each chunk holds, as a treemap and as data, kept out of the
    // repository (scripts/bundle-report.mjs prints the biggest modules per chunk).
    ...(process.env.ANALYSE
      ? [
          visualizer({
            filename: 'node_modules/.bundle-report/stats.json',
            template: 'raw-data',
            gzipSize: true,
          }),
          visualizer({
            filename: 'node_modules/.bundle-report/treemap.html',
            template: 'treemap',
            gzipSize: true,
          }),
        ]
      : []),
  ],
  // Written into exported files, so a file says which version made it.
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  server: { port: 5173 },
  preview: { port, strictPort: true },
  build: {
    target: 'es2022',
    sourcemap: false,
    // Every browser the app supports preloads modules itself: the polyfill for those that
    // did not (half a kilobyte of every first visit) has nothing left to do.
    modulePreload: { polyfill: false },
  },
  test: {
    // CI runs on two cores it may share: a test that takes a second here can take many
    // times that on a bad day. No test should fail for being slow; slowness is for the bench.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Vitest leaves one core free by default: on CI's two that is one worker, and the unit
    // tests took three minutes of the fifteen CI has. Two workers take just over two.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // The pure domain and the storage layer need no DOM: jsdom would cost each of their
    // files a second or more of set-up. Components run in jsdom.
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          // The files of one worker share their modules (as the dom project's do, below):
          // re-importing the domain for each of sixty files cost half a minute.
          isolate: false,
          setupFiles: ['./src/testing/setup-node.ts'],
          include: ['src/domain/**/*.test.ts', 'src/persistence/**/*.test.ts'],
          exclude: ['src/**/*.isolated.test.*'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          // Setting up jsdom afresh for each file cost CI over a minute of its fifteen: the
          // files of one worker share it and their modules, and src/testing/setup.ts clears
          // what each file leaves in storage, globals and the clock.
          isolate: false,
          setupFiles: ['./src/testing/setup.ts'],
          include: ['src/**/*.test.{ts,tsx}'],
          exclude: ['src/domain/**', 'src/persistence/**', 'src/**/*.isolated.test.*'],
        },
      },
      {
        extends: true,
        test: {
          // A file that replaces a module with vi.mock needs modules of its own: with shared
          // ones, what an earlier file imported keeps the real module. Name it *.isolated.test.
          name: 'dom-isolated',
          environment: 'jsdom',
          setupFiles: ['./src/testing/setup.ts'],
          include: ['src/**/*.isolated.test.{ts,tsx}'],
        },
      },
    ],
    coverage: {
      provider: 'v8',
      include: ['src/domain/**/*.ts'],
      exclude: ['src/**/*.test.ts'],
      reporter: ['text-summary', 'text'],
      thresholds: { lines: 90 },
    },
  },
}));
