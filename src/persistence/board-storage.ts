import { createStore, promisifyRequest, type UseStore } from 'idb-keyval';

/**
 * The narrow storage surface the app needs: read everything once, then write changed
 * boards and the index together. An interface so tests can inject faults.
 */
export interface BoardStorage {
  readAll(): Promise<[string, unknown][]>;
  /** Puts and deletes in one transaction: a board and the index never disagree. */
  write(puts: [string, unknown][], deletes: string[]): Promise<void>;
}

export const DB_NAME = 'partner-horizons';
export const STORE_NAME = 'kv';
export const INDEX_KEY = 'index';
export const BOARD_KEY_PREFIX = 'board:';
export const boardKey = (id: string) => `${BOARD_KEY_PREFIX}${id}`;

export function idbBoardStorage(store: UseStore = createStore(DB_NAME, STORE_NAME)): BoardStorage {
  return {
    readAll() {
      return store('readonly', async (s) => {
        const [keys, values] = await Promise.all([
          promisifyRequest(s.getAllKeys()),
          promisifyRequest(s.getAll()),
        ]);
        return keys.map((key, i) => [String(key), values[i]] as [string, unknown]);
      });
    },
    write(puts, deletes) {
      return store('readwrite', (s) => {
        for (const [key, value] of puts) s.put(value, key);
        for (const key of deletes) s.delete(key);
        return promisifyRequest(s.transaction);
      });
    },
  };
}
