// Tests of the domain and the storage layer run in Node, without a DOM. fake-indexeddb must
// be in place before anything imports idb-keyval.
import 'fake-indexeddb/auto';
import { clear } from 'idb-keyval';
import { afterAll, vi } from 'vitest';

// The files of one worker share it (isolate: false in vite.config.ts): what a file leaves
// in storage, its globals or its clock must not reach the next.
afterAll(async () => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
  await clear();
});
