import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
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

/**
 * A relay on loopback that admits the app under test, with its rooms in a fresh folder (or
 * `dataDir`, for relays that share one behind Redis).
 */
export async function startTestRelay({
  port = RELAY_PORTS[0],
  maxBytes = 5 * 1024 * 1024,
  redis = null,
  dataDir: shared,
}: {
  port?: number;
  maxBytes?: number;
  redis?: { host: string; port: number } | null;
  dataDir?: string;
} = {}): Promise<TestRelay> {
  const dataDir = shared ?? (await mkdtemp(path.join(tmpdir(), 'ph-relay-')));
  const options = {
    port,
    host: '127.0.0.1',
    origins: [`http://127.0.0.1:${APP_PORT}`],
    dataDir,
    maxBytes,
    redis,
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
      if (!shared) await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Debian's redis-server, for the relays that share rooms through it. */
export const REDIS_SERVER = ['/usr/bin/redis-server', '/usr/local/bin/redis-server'].find((p) =>
  existsSync(p),
);

/** A throwaway Redis on loopback (nothing written to disk); resolves once it takes connections. */
export async function startRedis(port: number): Promise<{ port: number; stop(): Promise<void> }> {
  const server = spawn(
    REDIS_SERVER!,
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  await new Promise<void>((resolve, reject) => {
    let seen = '';
    const onData = (chunk: Buffer) => {
      seen += chunk.toString();
      if (/Ready to accept connections/.test(seen)) resolve();
    };
    server.stdout.on('data', onData);
    server.once('exit', (code) => reject(new Error(`redis-server exited (${code}): ${seen}`)));
  });
  return {
    port,
    stop: () =>
      new Promise<void>((resolve) => {
        if (server.exitCode !== null) return resolve();
        server.once('exit', () => resolve());
        server.kill('SIGTERM');
      }),
  };
}
