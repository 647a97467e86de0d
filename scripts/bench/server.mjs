// Building the app into the bench's own folder and serving it with `vite preview`.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { BENCH_OUT_DIR, ORIGIN, PORT, TIMEOUT } from './settings.mjs';
import { log } from './util.mjs';

/** The unminified build profiles are taken of: apart, so a later --no-build never serves it. */
export const PROFILE_OUT_DIR = `${BENCH_OUT_DIR}-profile`;

export function buildApp({ minify = true } = {}) {
  const outDir = minify ? BENCH_OUT_DIR : PROFILE_OUT_DIR;
  log(`Building into ${outDir}${minify ? '' : ' (not minified)'}…`);
  const started = Date.now();
  const args = ['vite', 'build', '--outDir', outDir, '--emptyOutDir'];
  if (!minify) args.push('--minify', 'false');
  try {
    execFileSync('npx', args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: TIMEOUT.build,
    });
  } catch (error) {
    // Show the build's own output only when it failed; otherwise it would bury the report.
    log(String(error.stdout ?? ''));
    log(String(error.stderr ?? ''));
    throw new Error(`vite build failed (${error.message.split('\n')[0]})`);
  }
  log(`Built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

/** The folder to serve: the bench's own build, or dist/ when --no-build has nothing else. */
export function servedDir(noBuild) {
  if (existsSync(`${BENCH_OUT_DIR}/index.html`)) return BENCH_OUT_DIR;
  if (noBuild && existsSync('dist/index.html')) return 'dist';
  throw new Error(`No build to serve: run without --no-build (looked in ${BENCH_OUT_DIR}).`);
}

/** Whether nothing listens on the port yet: else we would measure whatever answers there. */
function portIsFree(port) {
  return new Promise((resolve) => {
    const probe = createServer()
      .once('error', () => resolve(false))
      .once('listening', () => probe.close(() => resolve(true)))
      .listen(port, '127.0.0.1');
  });
}

/**
 * Spawns `vite preview` as a direct child (not through npx, whose PID would not be vite's).
 * Returns the child with its output so far, how it exited (null while it runs), and a
 * stop() that always works.
 */
function spawnPreview(outDir) {
  const server = spawn(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'preview',
      '--host',
      '127.0.0.1',
      '--port',
      String(PORT),
      '--strictPort',
      '--outDir',
      outDir,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const child = { pid: server.pid, output: '', exited: null, stop: null };
  server.stdout.on('data', (d) => (child.output += d));
  server.stderr.on('data', (d) => (child.output += d));
  const exitedPromise = new Promise((resolve) =>
    server.on('exit', (code, signal) => resolve((child.exited = { code, signal }))),
  );

  child.stop = async () => {
    if (child.exited) return;
    server.kill('SIGTERM');
    const done = await Promise.race([exitedPromise, sleep(5_000, 'timeout')]);
    if (done === 'timeout') server.kill('SIGKILL');
  };
  // Last resort if Node exits by another path: never leave the server behind.
  process.once('exit', () => {
    if (!child.exited) server.kill('SIGKILL');
  });
  return child;
}

/** Whether this app's page answers at ORIGIN. */
async function answersWithApp() {
  try {
    const response = await fetch(`${ORIGIN}/`);
    // Check it is this app answering, not some other server that got the port first.
    return response.ok && (await response.text()).includes('id="root"');
  } catch {
    return false; // Not listening yet.
  }
}

/**
 * Starts `vite preview` of `outDir` on PORT and waits until it answers with this app's page.
 * Returns a stop() that always works, and the server's PID.
 */
export async function startPreview(outDir) {
  if (!(await portIsFree(PORT))) {
    throw new Error(`Port ${PORT} is in use; set BENCH_PORT to a free port (not 4321 or 4400).`);
  }
  const child = spawnPreview(outDir);
  const deadline = Date.now() + TIMEOUT.server;
  while (Date.now() < deadline) {
    if (child.exited) {
      throw new Error(
        `vite preview exited (${child.exited.code ?? child.exited.signal}) — is port ${PORT} in use? Set BENCH_PORT.\n${child.output}`,
      );
    }
    // Only once our own child says it is listening: an answer from another server on the
    // port (a race with the check above) must never pass for ours.
    if (!child.output.includes(`:${PORT}`)) {
      await sleep(100);
      continue;
    }
    if (await answersWithApp()) return { stop: child.stop, pid: child.pid };
    await sleep(200);
  }
  await child.stop();
  throw new Error(
    `vite preview did not answer on ${ORIGIN} within ${TIMEOUT.server} ms.\n${child.output}`,
  );
}
