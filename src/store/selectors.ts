import { dateFlag } from '../domain/calendar';
import { linkWords, warningsOf } from '../domain/path-sense';
import { useShallow } from 'zustand/react/shallow';
import { useBoardsStore, type BoardsState } from './boards-store';
import { milestoneIdsIn, SIDE_AREAS } from '../domain/milestones';
import type { Board, Horizon, Milestone } from '../domain/schema';

/** Narrow selectors: each component subscribes to the least it needs. */

export const useBoard = (boardId: string): Board | undefined =>
  useBoardsStore((s) => s.boards[boardId]);

export const useMilestone = (boardId: string, id: string): Milestone | undefined =>
  useBoardsStore((s) => s.boards[boardId]?.milestones[id]);

export const useHorizons = (boardId: string): Horizon[] | undefined =>
  useBoardsStore((s) => s.boards[boardId]?.horizons);

const NONE: readonly string[] = [];

/** The ordered milestone ids of one horizon; re-renders only when that list changes. */
export const useMilestoneIds = (boardId: string, horizonId: string): readonly string[] =>
  useBoardsStore(
    useShallow((s: BoardsState) => {
      const board = s.boards[boardId];
      return board ? milestoneIdsIn(board, horizonId) : NONE;
    }),
  );

export const useCanUndo = (boardId: string): boolean =>
  useBoardsStore((s) => s.liveUndo[boardId]?.canUndo ?? (s.history[boardId]?.past.length ?? 0) > 0);

export const useCanRedo = (boardId: string): boolean =>
  useBoardsStore(
    (s) => s.liveUndo[boardId]?.canRedo ?? (s.history[boardId]?.future.length ?? 0) > 0,
  );

export const useSave = () => useBoardsStore((s) => s.save);

/** A column's title, a horizon's or a side area's: where someone is moving a card to. */
export const useColumnTitle = (boardId: string, columnId: string | undefined): string | undefined =>
  useBoardsStore((s) => {
    if (!columnId) return undefined;
    const horizon = s.boards[boardId]?.horizons.find((h) => h.id === columnId);
    return horizon?.title ?? SIDE_AREAS.find((a) => a.id === columnId)?.title;
  });

/** Why a card's target date does not fit its horizon (calendar.ts); undefined when it fits. */
export const useDateFlag = (boardId: string, milestoneId: string): string | undefined =>
  useBoardsStore((s) => {
    const board = s.boards[boardId];
    const milestone = board?.milestones[milestoneId];
    return board && milestone ? dateFlag(board, milestone) : undefined;
  });

/** A card's links as a screen reader hears them ("leads to Joint product, in Later"); '' for none. */
export const useLinkWords = (boardId: string, milestoneId: string): string =>
  useBoardsStore((s) => {
    const board = s.boards[boardId];
    return board?.links ? linkWords(board, milestoneId) : '';
  });

/** Where a card's path contradicts time or status (path-sense.ts); undefined when it makes sense. */
export const usePathFlag = (boardId: string, milestoneId: string): string | undefined =>
  useBoardsStore((s) => {
    const board = s.boards[boardId];
    return board?.links ? warningsOf(board, milestoneId)[0]?.text : undefined;
  });
