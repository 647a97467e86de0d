import { promisifyRequest, type UseStore } from 'idb-keyval';
import {
  DB_NAME,
  INDEX_KEY,
  STORE_NAME,
  boardIdOf,
  indexRevisions,
  isBoardKey,
  joinTimelines,
  revisionOf,
  timelineKey,
  withIndexRevisions,
  withTimelineKeys,
} from './record-format';

/**
 * The narrow storage surface the app needs: read everything once, read a few records again
 * when another tab says they changed, and write changed boards and the index together. An
 * interface so tests can inject faults.
 */
export interface BoardStorage {
  /**
   * Every record; a board's comes with its timeline inside (record-format.ts, `joinTimelines`),
   * as do the board records `read` returns and a StaleWriteError carries.
   */
  readAll(): Promise<[string, unknown][]>;
  /** The records under `keys`, in that order (undefined for none). */
  read(keys: string[]): Promise<[string, unknown][]>;
  /**
   * Puts and deletes in one transaction: a board and the index never disagree. With a
   * `guard` (key → the revision this tab last saw, undefined for "no record"), the write
   * first checks each guarded record in the same transaction and, if another tab has
   * written it since, writes nothing and throws a StaleWriteError carrying what is there.
   * A revision the stored index vouches for (record-format.ts, `indexRevisions`) is checked
   * there, without reading the board; a write that puts or deletes board records updates
   * those revisions in the index, in the same transaction. `time` counts the main-thread
   * parts towards the save's measure (save-timing.ts).
   */
  write(
    puts: [string, unknown][],
    deletes: string[],
    guard?: Guard,
    time?: TimeWork,
  ): Promise<void>;
  /**
   * Tells when the database went away under the app: `deleted` (deleted or upgraded by
   * someone else: whatever was stored is gone, and the next write starts it again) or
   * `closed` (the browser closed the connection: the data may or may not still be there).
   */
  onLost?(handler: (reason: LostReason) => void): void;
  /** Forgets the connection, even one still opening: the next call opens afresh. */
  reset?(): void;
}

export type LostReason = 'deleted' | 'closed';

/**
 * Runs main-thread work at once and counts its time towards the save's (save-timing.ts):
 * `put` structured-clones each record synchronously, which is most of a save's cost.
 */
export type TimeWork = <T>(work: () => T) => T;

const untimed: TimeWork = (work) => work();

export type Guard = Record<string, number | undefined>;

export class StaleWriteError extends Error {
  override name = 'StaleWriteError';
  constructor(readonly stale: [string, unknown][]) {
    super(`Changed in another tab: ${stale.map(([key]) => key).join(', ')}`);
  }
}

/** Checks guarded records against what is stored; the stale ones, with their contents. */
export function staleRecords(guard: Guard, stored: Map<string, unknown>): [string, unknown][] {
  return Object.entries(guard).flatMap(([key, expected]) =>
    revisionOf(stored.get(key)) === expected ? [] : [[key, stored.get(key)] as [string, unknown]],
  );
}

/**
 * Like idb-keyval's createStore, with three differences:
 * - it lets go of the database when asked: another tab (or DevTools, or a cleanup tool)
 *   deleting or upgrading it gets its way at once instead of waiting for this tab to close,
 *   and the app hears of it and writes its boards again;
 * - a connection the browser closed without a `close` event (idb-keyval issue #165) makes
 *   `transaction()` throw for ever after: it opens a fresh connection and tries once more;
 * - after any failed transaction it drops the connection, so a retry starts on a new one
 *   rather than on one that may be dead.
 */
export function openStore(
  dbName: string,
  storeName: string,
  onLost: (reason: LostReason) => void = () => {},
): UseStore & { reset(): void } {
  let dbp: Promise<IDBDatabase> | null = null;
  const open = () => {
    const request = indexedDB.open(dbName);
    request.onupgradeneeded = () => {
      if (!request.result.objectStoreNames.contains(storeName))
        request.result.createObjectStore(storeName);
    };
    const opened = promisifyRequest(request).then((db) => {
      const lost = (reason: LostReason) => {
        if (dbp !== opened) return;
        dbp = null;
        onLost(reason);
      };
      db.onversionchange = () => {
        db.close();
        lost('deleted');
      };
      db.onclose = () => lost('closed');
      return db;
    });
    dbp = opened;
    opened.catch(() => {
      if (dbp === opened) dbp = null;
    });
    return opened;
  };
  /** Lets go of a connection quietly: the next transaction opens a new one. */
  const drop = (current: Promise<IDBDatabase>, db: IDBDatabase) => {
    if (dbp === current) dbp = null;
    try {
      db.close();
    } catch {
      // Already closed.
    }
  };
  const transaction = async (mode: IDBTransactionMode) => {
    const current = dbp ?? open();
    const db = await current;
    try {
      return db.transaction(storeName, mode);
    } catch {
      // A dead connection: once more on a fresh one; a second failure is a real one.
      drop(current, db);
      return (await open()).transaction(storeName, mode);
    }
  };
  const use: UseStore = async (txMode, callback) => {
    const tx = await transaction(txMode);
    try {
      return await callback(tx.objectStore(storeName));
    } catch (error) {
      if (!(error instanceof StaleWriteError) && dbp) {
        const current = dbp;
        void current.then((db) => drop(current, db)).catch(() => undefined);
      }
      throw error;
    }
  };
  return Object.assign(use, {
    reset() {
      // An open that never answered may yet answer; that connection then goes unused.
      dbp = null;
    },
  });
}

/**
 * A get whose result is counted as the save's main-thread time: the value is deserialised on
 * the main thread when the result is taken.
 */
function timedGet(s: IDBObjectStore, key: string, time: TimeWork): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const request = s.get(key);
    request.onsuccess = () => resolve(time(() => request.result as unknown));
    request.onerror = () => reject(request.error);
  });
}

export function idbBoardStorage(given?: UseStore & { reset?(): void }): BoardStorage {
  const handlers: ((reason: LostReason) => void)[] = [];
  const store =
    given ??
    openStore(DB_NAME, STORE_NAME, (reason) => handlers.forEach((handler) => handler(reason)));
  return {
    onLost: (handler) => void handlers.push(handler),
    reset: () => store.reset?.(),
    readAll() {
      return store('readonly', async (s) => {
        const [keys, values] = await Promise.all([
          promisifyRequest(s.getAllKeys()),
          promisifyRequest(s.getAll()),
        ]);
        return joinTimelines(keys.map((key, i) => [String(key), values[i]] as [string, unknown]));
      });
    },
    read(keys) {
      return store('readonly', async (s) =>
        joinTimelines(
          await Promise.all(
            withTimelineKeys(keys).map(
              async (key) => [key, await promisifyRequest(s.get(key))] as [string, unknown],
            ),
          ),
        ),
      );
    },
    write(puts, deletes, guard, time = untimed) {
      return store('readwrite', async (s) => {
        // Read and write in one transaction: no other tab can write in between.
        const touchesBoards = puts.some(([key]) => isBoardKey(key)) || deletes.some(isBoardKey);
        const storedIndex = touchesBoards ? await timedGet(s, INDEX_KEY, time) : undefined;
        const known = indexRevisions(storedIndex);
        if (guard && Object.keys(guard).length) {
          // A guarded board whose revision the index vouches for is not read: reading a
          // board deserialises all of it on the main thread, on every save. The index
          // vouches only for records that exist: "no record" is always looked up.
          const vouched = (key: string) => {
            const expected = guard[key];
            return (
              expected !== undefined && isBoardKey(key) && known?.get(boardIdOf(key)) === expected
            );
          };
          const keys = Object.keys(guard).filter((key) => !vouched(key));
          const values = await Promise.all(keys.map((key) => timedGet(s, key, time)));
          const stale = time(() =>
            staleRecords(
              Object.fromEntries(keys.map((key) => [key, guard[key]])),
              new Map(keys.map((key, i) => [key, values[i]])),
            ),
          );
          if (stale.length) {
            const staleBoards = stale.map(([key]) => key).filter(isBoardKey);
            const timelines = await Promise.all(
              staleBoards.map(async (key) => {
                const tKey = timelineKey(boardIdOf(key));
                return [tKey, await timedGet(s, tKey, time)] as [string, unknown];
              }),
            );
            s.transaction.abort();
            throw new StaleWriteError(joinTimelines([...stale, ...timelines]));
          }
        }
        try {
          time(() => {
            const written = puts.find(([key]) => key === INDEX_KEY);
            const index = written ? written[1] : storedIndex;
            for (const [key, value] of puts) if (key !== INDEX_KEY) s.put(value, key);
            for (const key of deletes) s.delete(key);
            // The index goes last, with the revisions of the board records stored now.
            if (touchesBoards && typeof index === 'object' && index !== null)
              s.put(withIndexRevisions(index, known, puts, deletes), INDEX_KEY);
            else if (written) s.put(written[1], INDEX_KEY);
          });
        } catch (error) {
          // A put that throws at once (a value that cannot be stored, a closing connection)
          // leaves the earlier puts queued, and they would commit: a board without its
          // index. Abort, so the write is all or nothing.
          s.transaction.abort();
          throw error;
        }
        return promisifyRequest(s.transaction);
      });
    },
  };
}
