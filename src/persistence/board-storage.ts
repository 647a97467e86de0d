import { promisifyRequest, type UseStore } from 'idb-keyval';

/**
 * The narrow storage surface the app needs: read everything once, read a few records again
 * when another tab says they changed, and write changed boards and the index together. An
 * interface so tests can inject faults.
 */
export interface BoardStorage {
  readAll(): Promise<[string, unknown][]>;
  read(keys: string[]): Promise<[string, unknown][]>;
  /**
   * Puts and deletes in one transaction: a board and the index never disagree. With a
   * `guard` (key → the revision this tab last saw, undefined for "no record"), the write
   * first checks each guarded record in the same transaction and, if another tab has
   * written it since, writes nothing and throws a StaleWriteError carrying what is there.
   */
  write(puts: [string, unknown][], deletes: string[], guard?: Guard): Promise<void>;
  /**
   * Tells when the database went away under the app (deleted, or closed by the browser):
   * whatever was stored may be gone, and the next write starts it again.
   */
  onLost?(handler: () => void): void;
}

export type Guard = Record<string, number | undefined>;

export class StaleWriteError extends Error {
  override name = 'StaleWriteError';
  constructor(readonly stale: [string, unknown][]) {
    super(`Changed in another tab: ${stale.map(([key]) => key).join(', ')}`);
  }
}

export const DB_NAME = 'partner-horizons';
export const STORE_NAME = 'kv';
export const INDEX_KEY = 'index';
export const BOARD_KEY_PREFIX = 'board:';
export const boardKey = (id: string) => `${BOARD_KEY_PREFIX}${id}`;

/**
 * The revision of a stored board record: how many times tabs have written it. A record
 * written before revisions existed counts as 0; no record at all is undefined.
 */
export function revisionOf(record: unknown): number | undefined {
  if (record === undefined) return undefined;
  const rev = (record as { rev?: unknown } | null)?.rev;
  return typeof rev === 'number' && Number.isInteger(rev) && rev >= 0 ? rev : 0;
}

/** Checks guarded records against what is stored; the stale ones, with their contents. */
export function staleRecords(guard: Guard, stored: Map<string, unknown>): [string, unknown][] {
  return Object.entries(guard).flatMap(([key, expected]) =>
    revisionOf(stored.get(key)) === expected ? [] : [[key, stored.get(key)] as [string, unknown]],
  );
}

/**
 * Like idb-keyval's createStore, but it lets go of the database when asked: another tab (or
 * DevTools, or a cleanup tool) deleting or upgrading it gets its way at once instead of
 * waiting for this tab to close, and the app hears of it and writes its boards again.
 */
export function openStore(
  dbName: string,
  storeName: string,
  onLost: () => void = () => {},
): UseStore {
  let dbp: Promise<IDBDatabase> | null = null;
  const open = () => {
    const request = indexedDB.open(dbName);
    request.onupgradeneeded = () => {
      if (!request.result.objectStoreNames.contains(storeName))
        request.result.createObjectStore(storeName);
    };
    const opened = promisifyRequest(request).then((db) => {
      const lost = () => {
        if (dbp !== opened) return;
        dbp = null;
        onLost();
      };
      db.onversionchange = () => {
        db.close();
        lost();
      };
      db.onclose = lost;
      return db;
    });
    dbp = opened;
    opened.catch(() => {
      if (dbp === opened) dbp = null;
    });
    return opened;
  };
  return (txMode, callback) =>
    (dbp ?? open()).then((db) =>
      callback(db.transaction(storeName, txMode).objectStore(storeName)),
    );
}

export function idbBoardStorage(store?: UseStore): BoardStorage {
  const handlers: (() => void)[] = [];
  store ??= openStore(DB_NAME, STORE_NAME, () => handlers.forEach((handler) => handler()));
  return {
    onLost: (handler) => void handlers.push(handler),
    readAll() {
      return store('readonly', async (s) => {
        const [keys, values] = await Promise.all([
          promisifyRequest(s.getAllKeys()),
          promisifyRequest(s.getAll()),
        ]);
        return keys.map((key, i) => [String(key), values[i]] as [string, unknown]);
      });
    },
    read(keys) {
      return store('readonly', (s) =>
        Promise.all(
          keys.map(async (key) => [key, await promisifyRequest(s.get(key))] as [string, unknown]),
        ),
      );
    },
    write(puts, deletes, guard) {
      return store('readwrite', async (s) => {
        if (guard && Object.keys(guard).length) {
          // Read and write in one transaction: no other tab can write in between.
          const keys = Object.keys(guard);
          const values = await Promise.all(keys.map((key) => promisifyRequest(s.get(key))));
          const stale = staleRecords(guard, new Map(keys.map((key, i) => [key, values[i]])));
          if (stale.length) {
            s.transaction.abort();
            throw new StaleWriteError(stale);
          }
        }
        for (const [key, value] of puts) s.put(value, key);
        for (const key of deletes) s.delete(key);
        return promisifyRequest(s.transaction);
      });
    },
  };
}
