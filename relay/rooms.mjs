// Rooms kept in one SQLite file: each room's Yjs state and a hash of its secret, never the
// secret itself. better-sqlite3 is synchronous, so "create the room unless it exists" is one
// statement and two first visitors cannot both win.
import { createHash, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

export const DB_FILE = 'rooms.sqlite';

/**
 * A room's secret carries at least 128 bits, so one round of SHA-256 is enough to keep it
 * out of the file: there is nothing to brute-force that a slow hash would protect.
 * @param {string} secret
 */
export const hashSecret = (secret) => createHash('sha256').update(secret, 'utf8').digest();

/**
 * Opens (creating if needed) the rooms database in `dataDir`.
 * @param {string} dataDir
 */
export function openRooms(dataDir) {
  fs.mkdirSync(dataDir, { recursive: true });
  const db = new Database(path.join(dataDir, DB_FILE));
  db.pragma('journal_mode = WAL');
  db.exec(`CREATE TABLE IF NOT EXISTS rooms (
    name TEXT PRIMARY KEY,
    state BLOB,
    secret_hash TEXT NOT NULL,
    updated_at TEXT NOT NULL
  )`);
  const insert = db.prepare(
    'INSERT OR IGNORE INTO rooms (name, state, secret_hash, updated_at) VALUES (?, NULL, ?, ?)',
  );
  const secretOf = db.prepare('SELECT secret_hash FROM rooms WHERE name = ?').pluck();
  const stateOf = db.prepare('SELECT state FROM rooms WHERE name = ?').pluck();
  const update = db.prepare('UPDATE rooms SET state = ?, updated_at = ? WHERE name = ?');

  return {
    /**
     * Creates the room with this secret if it is new; otherwise checks the secret.
     * @param {string} name
     * @param {string} secret
     * @returns {'created' | 'admitted' | 'refused'}
     */
    admit(name, secret) {
      const presented = hashSecret(secret);
      const created = insert.run(name, presented.toString('hex'), new Date().toISOString());
      if (created.changes === 1) return 'created';
      const stored = Buffer.from(String(secretOf.get(name)), 'hex');
      return stored.length === presented.length && timingSafeEqual(stored, presented)
        ? 'admitted'
        : 'refused';
    },
    /**
     * @param {string} name
     * @returns {Uint8Array | null}
     */
    state(name) {
      const value = stateOf.get(name);
      return value instanceof Uint8Array ? value : null;
    },
    /**
     * @param {string} name
     * @param {Uint8Array} state
     */
    store(name, state) {
      update.run(state, new Date().toISOString(), name);
    },
    close() {
      db.close();
    },
  };
}
