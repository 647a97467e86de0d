import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
// The relay itself (npm run relay), started in the test's own process so a test can stop
// and restart it mid-session.
import { startRelay } from '../../relay/server.mjs';
import { APP_PORT, RELAY_PORTS } from './ports';

export interface TestRelay {
  port: number;
  dataDir: string;
  stop(): Promise<void>;
  /** Starts it again on the same port and data: rooms come back from SQLite. */
  restart(): Promise<void>;
  /** Stops it and removes its data. */
  dispose(): Promise<void>;
}

/** A relay on loopback that admits the app under test, with its rooms in a fresh folder. */
export async function startTestRelay(port: number = RELAY_PORTS[0]): Promise<TestRelay> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'ph-relay-'));
  const options = {
    port,
    host: '127.0.0.1',
    origins: [`http://127.0.0.1:${APP_PORT}`],
    dataDir,
    maxBytes: 5 * 1024 * 1024,
    // Every test's browsers connect from one address, many times a minute.
    throttle: { connectionsPerMinute: 10_000, banMinutes: 1 },
    log: () => undefined,
  };
  let running: { stop(): Promise<void> } | null = await startRelay(options);
  return {
    port,
    dataDir,
    async stop() {
      await running?.stop();
      running = null;
    },
    async restart() {
      await running?.stop();
      running = await startRelay(options);
    },
    async dispose() {
      await running?.stop();
      running = null;
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
