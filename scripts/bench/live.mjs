// The live-session bench's Node side: simulated participants (Yjs docs through the real relay,
// as a browser's would be), the relay as a child process, and the figures' arithmetic.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import * as Y from 'yjs';
import { connectClient } from '../../relay/client.mjs';

/** The value at `p` (0–100) of sorted `values`, nearest rank; null for none. */
export function percentile(values, p) {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

/** A title that says who wrote it and when (performance.now() of this process). */
export const stampedTitle = (client, edit, at) => `Edit c${client} n${edit} @${at.toFixed(2)}`;

/** When a stamped title was written, or null for any other title. */
export function stampOf(title) {
  const match = typeof title === 'string' ? /@(\d+(?:\.\d+)?)$/.exec(title) : null;
  return match ? Number(match[1]) : null;
}

/** The relay (npm run relay) as a child process, for its memory; resolves once it listens. */
export async function startRelayProcess({ origin, dataDir }) {
  const child = spawn(process.execPath, ['relay/server.mjs'], {
    env: {
      ...process.env,
      PH_RELAY_PORT: '0',
      PH_RELAY_ORIGINS: origin,
      PH_RELAY_DATA: dataDir,
      PH_RELAY_CONNECTIONS_PER_MINUTE: '100000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const port = await new Promise((resolve, reject) => {
    const onData = (chunk) => {
      output += chunk;
      const match = /listening on ws:\/\/[^:]+:(\d+)/.exec(output);
      if (match) resolve(Number(match[1]));
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('exit', (code) => reject(new Error(`relay exited (${code}): ${output}`)));
  });
  return {
    port,
    url: `ws://127.0.0.1:${port}`,
    /** Resident memory of the relay process, MB (Linux). */
    rssMb() {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
      return kb / 1024;
    },
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([exited, sleep(5_000)]);
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}

/**
 * One simulated participant: a Y.Doc joined to the room through the relay, as a browser's
 * client joins it (the relay checks the origin, so it sends the app's).
 */
export function participant({ url, room, secret, origin }) {
  const { doc, provider, destroy } = connectClient({ url, room, secret, origin });
  const synced = new Promise((resolve, reject) => {
    provider.on('synced', resolve);
    provider.on('authenticationFailed', ({ reason }) => reject(new Error(`refused: ${reason}`)));
  });
  return {
    doc,
    synced,
    /** Sets one milestone's title as a person's edit does: one transaction, the card's time. */
    edit(id, title) {
      const record = doc.getMap('milestones').get(id);
      if (!(record instanceof Y.Map)) throw new Error(`no milestone ${id} in the room`);
      doc.transact(() => {
        record.set('title', title);
        record.set('updatedAt', new Date().toISOString());
      }, 'bench');
    },
    /** Calls `onTitle(title)` for each milestone title others change. */
    watchTitles(onTitle) {
      doc.getMap('milestones').observeDeep((events, transaction) => {
        if (transaction.local) return;
        for (const event of events)
          if (event.target instanceof Y.Map && event.keysChanged.has('title'))
            onTitle(event.target.get('title'));
      });
    },
    stateVector: () => Buffer.from(Y.encodeStateVector(doc)).toString('base64'),
    destroy,
  };
}
