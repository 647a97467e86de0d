// The live-session relay: a Hocuspocus server whose rooms live in SQLite.
//   npm run relay          (settings: see relay/config.mjs and the README)
// It never logs a secret or what is on a board.
import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { Server } from '@hocuspocus/server';
import { Database } from '@hocuspocus/extension-database';
import { Throttle } from '@hocuspocus/extension-throttle';
import { Redis } from '@hocuspocus/extension-redis';
import * as Y from 'yjs';
import { ConfigError, loadConfig } from './config.mjs';
import { openRooms } from './rooms.mjs';

/**
 * Room ids and secrets are base64url, at least 22 characters: 22 × 6 = 132 bits, so at
 * least 128 bits each (the app makes them with nanoid or crypto.getRandomValues).
 */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{22,128}$/;

/** The close the app shows as "this board is too large for the relay". */
export const TOO_LARGE = Object.freeze({ code: 4413, reason: 'board-too-large' });

/** Refusals sent to the client as the reason of `authenticationFailed`. */
const REFUSED = Object.freeze({
  invalidRoom: { reason: 'invalid-room' },
  invalidSecret: { reason: 'invalid-secret' },
  wrongSecret: { reason: 'wrong-secret' },
});

/**
 * @typedef {import('./config.mjs').RelayConfig & {
 *   log?: (line: string) => void,
 * }} StartOptions
 */

/**
 * Reads a lib0 varUint at `at`.
 * @param {Uint8Array} bytes
 * @param {{ at: number }} cursor
 */
function readVarUint(bytes, cursor) {
  let value = 0;
  let factor = 1;
  for (;;) {
    if (cursor.at >= bytes.length) throw new RangeError('truncated message');
    const byte = bytes[cursor.at++];
    value += (byte & 0x7f) * factor;
    if (byte < 0x80) return value;
    factor *= 128;
  }
}

/**
 * The Yjs update a client message carries (sync step 2 or update), or null if none.
 * A Hocuspocus message is: varString document name, varUint type, then for Sync (0) and
 * SyncReply (4): varUint sync type (1 step 2, 2 update) and varUint8Array payload.
 * @param {Uint8Array} message
 */
export function updateIn(message) {
  const cursor = { at: 0 };
  const nameLength = readVarUint(message, cursor);
  cursor.at += nameLength; // skip the document name
  const type = readVarUint(message, cursor);
  if (type !== 0 && type !== 4) return null;
  const syncType = readVarUint(message, cursor);
  if (syncType !== 1 && syncType !== 2) return null;
  const length = readVarUint(message, cursor);
  return message.subarray(cursor.at, cursor.at + length);
}

/**
 * Refuses any change that would make a document's encoded state larger than `maxBytes`.
 * Cheap while far from the cap: a running upper bound (the last measured size plus every
 * update accepted since). Near it, it measures: the current state merged with the updates
 * accepted but perhaps not applied yet (Hocuspocus applies a message a few microtasks after
 * this hook, so a burst is checked before any of it lands) and the new one.
 * @param {number} maxBytes
 */
function sizeCap(maxBytes) {
  /** @type {WeakMap<Y.Doc, { measured: number, since: number, unapplied: Set<Uint8Array> }>} */
  const sizes = new WeakMap();
  return {
    extensionName: 'ph-size-cap',
    /** @param {{ document: Y.Doc, update: Uint8Array }} payload */
    async beforeHandleMessage({ document, update: message }) {
      if (message.byteLength > maxBytes) throw TOO_LARGE;
      const update = updateIn(message);
      if (!update || update.byteLength === 0) return;
      let size = sizes.get(document);
      if (!size) {
        size = {
          measured: Y.encodeStateAsUpdate(document).byteLength,
          since: 0,
          unapplied: new Set(),
        };
        sizes.set(document, size);
      }
      if (size.measured + size.since + update.byteLength <= maxBytes) {
        size.since += update.byteLength;
      } else {
        const current = Y.encodeStateAsUpdate(document);
        const merged = Y.mergeUpdates([current, ...size.unapplied, update]).byteLength;
        if (merged > maxBytes) throw TOO_LARGE;
        size.measured = merged;
        size.since = 0;
      }
      // Applied by the next macrotask: the rest of the chain is microtasks.
      const { unapplied } = size;
      unapplied.add(update);
      setImmediate(() => unapplied.delete(update));
    },
  };
}

/**
 * Starts the relay. Resolves once it listens; `port` is the one actually bound.
 * @param {StartOptions} options
 * @returns {Promise<{ port: number, stop: () => Promise<void> }>}
 */
export async function startRelay(options) {
  const { host, origins, dataDir, maxBytes } = options;
  const log = options.log ?? ((line) => console.log(line));
  const throttle = options.throttle ?? { connectionsPerMinute: 60, banMinutes: 5 };
  const allowed = new Set(origins);
  const rooms = openRooms(dataDir);

  const server = new Server(
    {
      name: 'partner-horizons-relay',
      quiet: true,
      stopOnSignals: false,
      extensions: [
        new Throttle({
          throttle: throttle.connectionsPerMinute,
          consideredSeconds: 60,
          banTime: throttle.banMinutes,
        }),
        sizeCap(maxBytes),
        // Several relays behind one Redis pass each room's changes and presence to each other,
        // so people on different relays see each other's edits.
        ...(options.redis ? [new Redis({ ...options.redis, prefix: 'ph-relay' })] : []),
        new Database({
          fetch: async ({ documentName }) => rooms.state(documentName),
          store: async ({ documentName, state }) => {
            // The size cap refuses such changes before they apply; this is the last guard.
            if (state.byteLength > maxBytes) return;
            rooms.store(documentName, state);
          },
        }),
      ],
      async onUpgrade({ request, socket }) {
        const origin = request.headers.origin;
        if (typeof origin === 'string' && allowed.has(origin)) return;
        socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
        socket.destroy();
        // Rejecting with nothing tells Hocuspocus the upgrade is handled: it stops there.
        return Promise.reject();
      },
      async onAuthenticate({ documentName, token }) {
        if (!TOKEN_PATTERN.test(documentName)) throw REFUSED.invalidRoom;
        if (typeof token !== 'string' || !TOKEN_PATTERN.test(token)) throw REFUSED.invalidSecret;
        if (rooms.admit(documentName, token) === 'refused') throw REFUSED.wrongSecret;
      },
    },
    // A single frame larger than the cap (plus room for the envelope) is cut off by ws.
    { maxPayload: maxBytes + 64 * 1024 },
  );

  // Listen ourselves: Hocuspocus 3.4's Server.listen passes `address`, which Node ignores,
  // and would bind every interface instead of `host`.
  const { httpServer } = server;
  await new Promise((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen({ port: options.port, host }, () => {
      httpServer.off('error', reject);
      resolve(undefined);
    });
  });
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const shared = options.redis ? `; Redis ${options.redis.host}:${options.redis.port}` : '';
  log(
    `relay: listening on ws://${host}:${port}; origins ${origins.join(', ')}; data ${dataDir}${shared}`,
  );

  /** @type {Promise<void> | undefined} */
  let stopping;
  return {
    port,
    stop() {
      stopping ??= (async () => {
        const closed = new Promise((resolve) => httpServer.once('close', resolve));
        // Closes every connection and stores every open room before it resolves.
        await server.destroy();
        for (const socket of server.webSocketServer.clients) socket.terminate();
        httpServer.closeAllConnections();
        await closed;
        rooms.close();
        log('relay: stopped');
      })();
      return stopping;
    },
  };
}

/** `node relay/server.mjs`: start from the environment, stop on SIGINT / SIGTERM. */
async function main() {
  let relay;
  try {
    relay = await startRelay(loadConfig());
  } catch (error) {
    const known = error instanceof ConfigError || /** @type {any} */ (error)?.code === 'EADDRINUSE';
    console.error(`relay: ${known ? /** @type {Error} */ (error).message : String(error)}`);
    process.exit(1);
  }
  const stop = async () => {
    await relay.stop();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

const invoked = process.argv[1] && pathToFileURL(realpathSync(process.argv[1])).href;
if (invoked === import.meta.url) await main();
