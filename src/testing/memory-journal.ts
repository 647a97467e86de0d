import type { JournalStorage } from '../persistence/unload-journal';

/** localStorage as one browser profile has it: shared by every tab. */
export function memoryJournal() {
  const items = new Map<string, string>();
  const journal: JournalStorage & { items: Map<string, string> } = {
    items,
    get length() {
      return items.size;
    },
    key: (i: number) => [...items.keys()][i] ?? null,
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
    clear: () => items.clear(),
  } as JournalStorage & { items: Map<string, string> };
  return journal;
}
