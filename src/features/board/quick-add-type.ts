import { create } from 'zustand';
import { MILESTONE_TYPES, type MilestoneType } from '../../domain/ladder';
import { readPersistent, writePersistent } from '../../ui/persistent-state';

/**
 * The type quick add gives a new milestone, per board: the last one chosen, remembered in this
 * browser, and shared by every horizon's quick-add line. Until someone chooses, none: a quick
 * idea claims no rung of the ladder.
 */

const key = (boardId: string) => `partner-horizons:quick-add-type:${boardId}`;

const decode = (raw: string): MilestoneType | undefined =>
  (MILESTONE_TYPES as readonly string[]).includes(raw) ? (raw as MilestoneType) : undefined;

interface QuickAddTypes {
  /** Types chosen in this tab; a board not in it reads what this browser remembers. */
  chosen: Record<string, MilestoneType | null>;
  choose(boardId: string, type: MilestoneType | undefined): void;
}

const useQuickAddTypes = create<QuickAddTypes>()((set) => ({
  chosen: {},
  choose(boardId, type) {
    writePersistent(key(boardId), type);
    set((state) => ({ chosen: { ...state.chosen, [boardId]: type ?? null } }));
  },
}));

export function useQuickAddType(boardId: string) {
  const chosen = useQuickAddTypes((s) => s.chosen[boardId]);
  const type = chosen === undefined ? readPersistent(key(boardId), decode) : (chosen ?? undefined);
  const choose = useQuickAddTypes((s) => s.choose);
  return [type, (next: MilestoneType | undefined) => choose(boardId, next)] as const;
}

/** Forgets every choice made in this tab: for tests. */
export const resetQuickAddTypes = () => useQuickAddTypes.setState({ chosen: {} });
