// The relay, end to end: started in-process on a free loopback port with a temporary data
// folder, reached by real Hocuspocus providers over WebSockets. Every wait is on an event,
// bounded by a generous timeout: nothing here depends on the machine being fast.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import Database from 'better-sqlite3';
import WebSocket from 'ws';
import { connectClient } from './client.mjs';
import { DEFAULTS, loadConfig } from './config.mjs';
import { DB_FILE } from './rooms.mjs';
import { startRelay } from './server.mjs';

const WAIT_MS = 30_000;
const ORIGIN = 'http://localhost:5173';
const MAX_BYTES = 16 * 1024;

/** A fresh 128-bit-plus token, base64url (22 characters). */
const token = () => randomBytes(16).toString('base64url');

/**
 * Resolves when `subscribe` calls back with a value `accept` takes; fails after WAIT_MS.
 * @template T
 * @param {string} what
 * @param {(done: (value: T) => void) => (() => void) | void} subscribe
 */
function waitFor(what, subscribe) {
  return new Promise((resolve, reject) => {
    /** @type {(() => void) | void} */
    let unsubscribe;
    const timer = setTimeout(() => {
      unsubscribe?.();
      reject(new Error(`timed out after ${WAIT_MS} ms waiting for ${what}`));
    }, WAIT_MS);
    unsubscribe = subscribe((value) => {
      clearTimeout(timer);
      queueMicrotask(() => unsubscribe?.());
      resolve(value);
    });
  });
}

/** Everything a test opened, closed after it. */
const opened = /** @type {Array<() => void>} */ ([]);

/**
 * A client of `room` presenting `secret`.
 * @param {number} port
 * @param {string} room
 * @param {string} secret
 */
function client(port, room, secret) {
  const { doc, provider, destroy } = connectClient({
    url: `ws://127.0.0.1:${port}`,
    room,
    secret,
    origin: ORIGIN,
    maxAttempts: 1,
  });
  opened.push(destroy);
  const board = doc.getMap('board');
  return {
    provider,
    doc,
    board,
    synced: () =>
      provider.isSynced
        ? Promise.resolve()
        : waitFor('sync', (done) => {
            provider.on('synced', done);
            return () => provider.off('synced', done);
          }),
    refused: () =>
      waitFor('authenticationFailed', (done) => {
        provider.on('authenticationFailed', done);
        return () => provider.off('authenticationFailed', done);
      }),
    /** @param {string} key */
    value: (key) =>
      board.has(key)
        ? Promise.resolve(board.get(key))
        : waitFor(`board.${key}`, (done) => {
            const seen = () => board.has(key) && done(board.get(key));
            board.observe(seen);
            return () => board.unobserve(seen);
          }),
    /** Resolves once the relay acknowledged every local change. */
    saved: () =>
      provider.unsyncedChanges === 0
        ? Promise.resolve()
        : waitFor('the relay to acknowledge changes', (done) => {
            const check = () => provider.unsyncedChanges === 0 && done(undefined);
            provider.on('unsyncedChanges', check);
            return () => provider.off('unsyncedChanges', check);
          }),
    closed: () =>
      waitFor('close', (done) => {
        /** @param {{ event: { reason: string } }} data */
        const onClose = ({ event }) => done(event);
        provider.on('close', onClose);
        return () => provider.off('close', onClose);
      }),
  };
}

const closeAll = () => {
  for (const close of opened.splice(0)) close();
};

describe('relay', () => {
  /** @type {string} */
  let dataDir;
  /** @type {{ port: number, stop: () => Promise<void> }} */
  let relay;
  const start = () =>
    startRelay({
      port: 0,
      host: '127.0.0.1',
      origins: [ORIGIN],
      dataDir,
      maxBytes: MAX_BYTES,
      // The tests open many connections from one address; the limit itself is Hocuspocus's.
      throttle: { connectionsPerMinute: 1000, banMinutes: 1 },
      log: () => {},
    });

  before(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ph-relay-'));
    relay = await start();
  });

  after(async () => {
    closeAll();
    await relay.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  test('two clients with the right secret share a Y.Map value', async () => {
    const room = token();
    const secret = token();
    const a = client(relay.port, room, secret);
    await a.synced();
    const b = client(relay.port, room, secret);
    await b.synced();
    a.board.set('vision', 'one board, many laptops');
    assert.equal(await b.value('vision'), 'one board, many laptops');
    b.board.set('reply', 'seen');
    assert.equal(await a.value('reply'), 'seen');
    closeAll();
  });

  test('a wrong secret is refused and receives nothing', async () => {
    const room = token();
    const owner = client(relay.port, room, token());
    await owner.synced();
    owner.board.set('private', 'for the team only');
    await owner.saved();

    const intruder = client(relay.port, room, token());
    const { reason } = await intruder.refused();
    assert.equal(reason, 'wrong-secret');
    assert.equal(intruder.provider.isSynced, false);
    assert.equal(intruder.board.size, 0);
    closeAll();
  });

  test('a room id or secret shorter than 128 bits is refused', async () => {
    const short = randomBytes(15).toString('base64url'); // 20 characters, 120 bits
    const badRoom = client(relay.port, short, token());
    assert.equal((await badRoom.refused()).reason, 'invalid-room');
    const badSecret = client(relay.port, token(), short);
    assert.equal((await badSecret.refused()).reason, 'invalid-secret');
    closeAll();
  });

  test('a WebSocket from another origin, or with none, is refused before it opens', async () => {
    /** @param {Record<string, unknown>} options */
    const attempt = (options) =>
      waitFor('the upgrade answer', (done) => {
        const ws = new WebSocket(`ws://127.0.0.1:${relay.port}`, options);
        ws.on('open', () => {
          done('open');
          ws.close();
        });
        ws.on('unexpected-response', (_request, response) => done(response.statusCode));
        ws.on('error', () => {});
      });
    assert.equal(await attempt({ origin: 'https://evil.example' }), 403);
    assert.equal(await attempt({}), 403);
    assert.equal(await attempt({ origin: ORIGIN }), 'open');
  });

  test('a restarted relay resumes a room from SQLite', async () => {
    const room = token();
    const secret = token();
    const writer = client(relay.port, room, secret);
    await writer.synced();
    writer.board.set('milestone', 'launch in Q3');
    await writer.saved();
    closeAll();
    await relay.stop();

    relay = await start();
    const reader = client(relay.port, room, secret);
    await reader.synced();
    assert.equal(reader.board.get('milestone'), 'launch in Q3');
    const stranger = client(relay.port, room, token());
    assert.equal((await stranger.refused()).reason, 'wrong-secret');
    closeAll();
  });

  test('a change that takes a board over the size cap is refused and not stored', async () => {
    const room = token();
    const secret = token();
    const a = client(relay.port, room, secret);
    await a.synced();
    a.board.set('small', 'fits');
    await a.saved();

    const closed = a.closed();
    a.board.set('huge', randomBytes(MAX_BYTES).toString('base64'));
    assert.equal((await closed).reason, 'board-too-large');

    const b = client(relay.port, room, secret);
    await b.synced();
    assert.equal(b.board.get('small'), 'fits');
    assert.equal(b.board.has('huge'), false);
    closeAll();
  });

  test('many small changes cannot grow a board past the cap either', async () => {
    const room = token();
    const secret = token();
    const a = client(relay.port, room, secret);
    await a.synced();
    const closed = a.closed();
    for (let i = 0; i < 8; i += 1) {
      a.board.set(`card-${i}`, randomBytes(MAX_BYTES / 8).toString('base64'));
    }
    assert.equal((await closed).reason, 'board-too-large');
    closeAll();

    await relay.stop();
    const db = new Database(path.join(dataDir, DB_FILE), { readonly: true });
    const row = db.prepare('SELECT state, secret_hash FROM rooms WHERE name = ?').get(room);
    db.close();
    relay = await start();
    assert.ok(row, 'the room exists');
    assert.ok(row.state === null || row.state.byteLength <= MAX_BYTES, 'stored state within cap');
    assert.notEqual(row.secret_hash, secret);
    assert.equal(row.secret_hash.length, 64);
  });
});

describe('config', () => {
  test('defaults', () => {
    const config = loadConfig({});
    assert.equal(config.port, 1234);
    assert.equal(config.host, '127.0.0.1');
    assert.deepEqual(config.origins, DEFAULTS.origins);
    assert.equal(config.dataDir, path.resolve('relay-data'));
    assert.equal(config.maxBytes, 5 * 1024 * 1024);
    assert.equal(config.redis, null);
    assert.deepEqual(config.throttle, { connectionsPerMinute: 60, banMinutes: 5 });
  });

  test('reads every variable and names a bad one', () => {
    const config = loadConfig({
      PH_RELAY_PORT: '8080',
      PH_RELAY_HOST: '0.0.0.0',
      PH_RELAY_ORIGINS: 'https://ph.example.org, http://localhost:4321',
      PH_RELAY_DATA: '/var/lib/ph-relay',
      PH_RELAY_MAX_BYTES: '1048576',
      PH_RELAY_REDIS: 'redis://10.0.0.5:6380',
      PH_RELAY_CONNECTIONS_PER_MINUTE: '120',
    });
    assert.deepEqual(config, {
      port: 8080,
      host: '0.0.0.0',
      origins: ['https://ph.example.org', 'http://localhost:4321'],
      dataDir: '/var/lib/ph-relay',
      maxBytes: 1048576,
      redis: { host: '10.0.0.5', port: 6380 },
      throttle: { connectionsPerMinute: 120, banMinutes: 5 },
    });
    assert.throws(
      () => loadConfig({ PH_RELAY_CONNECTIONS_PER_MINUTE: 'lots' }),
      /PH_RELAY_CONNECTIONS_PER_MINUTE/,
    );
    assert.deepEqual(loadConfig({ PH_RELAY_REDIS: 'redis://cache' }).redis, {
      host: 'cache',
      port: 6379,
    });
    assert.throws(() => loadConfig({ PH_RELAY_REDIS: 'http://cache' }), /PH_RELAY_REDIS/);
    assert.throws(() => loadConfig({ PH_RELAY_REDIS: 'redis://cache/2' }), /PH_RELAY_REDIS/);
    assert.throws(() => loadConfig({ PH_RELAY_PORT: '70000' }), /PH_RELAY_PORT/);
    assert.throws(() => loadConfig({ PH_RELAY_ORIGINS: 'https://a.example/' }), /PH_RELAY_ORIGINS/);
    assert.throws(() => loadConfig({ PH_RELAY_MAX_BYTES: '5MB' }), /PH_RELAY_MAX_BYTES/);
  });
});
