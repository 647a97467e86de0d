import { vi } from 'vitest';
import { StaleWriteError, staleRecords, type BoardStorage } from '../persistence/board-storage';
import { joinTimelines, withTimelineKeys } from '../persistence/record-format';

/** An in-memory storage whose reads and writes a test can hold back or make fail. */
export function memoryStorage(initial: [string, unknown][] = []) {
  const data = new Map(initial);
  const writes: { puts: [string, unknown][]; deletes: string[] }[] = [];
  let failNext: Error | null = null;
  const storage: BoardStorage = {
    readAll: vi.fn(async () => joinTimelines([...data.entries()])),
    read: vi.fn(async (keys: string[]) =>
      joinTimelines(withTimelineKeys(keys).map((k) => [k, data.get(k)] as [string, unknown])),
    ),
    write: vi.fn(async (puts, deletes, guard) => {
      if (failNext) {
        const error = failNext;
        failNext = null;
        throw error;
      }
      const stale = guard ? staleRecords(guard, data) : [];
      if (stale.length)
        throw new StaleWriteError(
          joinTimelines(withTimelineKeys(stale.map(([k]) => k)).map((k) => [k, data.get(k)])),
        );
      writes.push({ puts, deletes });
      for (const [k, v] of puts) data.set(k, structuredClone(v));
      for (const k of deletes) data.delete(k);
    }),
  };
  return { storage, data, writes, fail: (error: Error) => (failNext = error) };
}
