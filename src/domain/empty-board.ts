import type { Board } from './schema';
import { defaultHorizons } from './horizons';
import { newId } from './ids';

/**
 * A board before anyone has written on it: the one definition of a board's defaults. A new
 * board starts from it, and restore fills in from it whatever a stored record, a file or a
 * link leaves out. Every call gives fresh objects and fresh horizon ids, so no two boards
 * share a list.
 */
export function emptyBoard({
  id = newId(),
  now = new Date().toISOString(),
}: { id?: string; now?: string } = {}): Board {
  return {
    id,
    title: 'Untitled board',
    partner: { name: '', kinds: [], notes: '' },
    vision: '',
    whyUs: '',
    whyThem: '',
    agreedBy: '',
    values: [],
    participants: [],
    rounds: [],
    horizons: defaultHorizons(),
    milestones: {},
    createdAt: now,
    updatedAt: now,
  };
}
