// fake-indexeddb must be in place before anything imports idb-keyval.
import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { clear } from 'idb-keyval';
import { afterAll, afterEach, vi } from 'vitest';

afterEach(() => {
  cleanup();
});

// The component tests share one jsdom per worker (isolate: false in vite.config.ts): what a
// file leaves in the browser's storage, its globals or its clock must not reach the next.
// Stores are reset by each test (resetStore); a file that mocks a module unmocks it itself.
afterAll(async () => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
  localStorage.clear();
  sessionStorage.clear();
  await clear();
});

// jsdom does no layout, so every element is 0×0. Give elements a viewport-sized client box
// so virtualised card lists mount their cards as they would on a screen.
Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
  configurable: true,
  get: () => 800,
});
Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 300 });

// Nor any scrolling: jsdom has no scrollIntoView. A no-op here, for a test to spy on.
if (typeof Element.prototype.scrollIntoView !== 'function')
  Element.prototype.scrollIntoView = function scrollIntoView() {};
