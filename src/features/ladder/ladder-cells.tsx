import {
  createContext,
  memo,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useDroppable } from '@dnd-kit/core';
import { useShallow } from 'zustand/react/shallow';
import { isFiltering, matchesFilter, type MilestoneFilter } from '../../domain/filter';
import { cellIds, type LadderGrouping, type LadderRow } from '../../domain/ladder-rows';
import type { Horizon, Milestone } from '../../domain/schema';
import { useBoardsStore, type BoardsState } from '../../store/boards-store';
import { useColumnTitle, useLinkWords, useMilestone } from '../../store/selectors';
import { movingTo, usePeersOn } from '../../store/live-room';
import { Icon } from '../../ui/icon';
import { useBoardContext } from '../../ui/board/board-context';
import { hidesOthers, isDimmed } from '../../domain/filter';
import { useFilter } from '../../ui/board/filter-context';
import { confidenceLabel, typeLabel } from '../../domain/milestone-labels';
import { cardLabel } from '../../ui/board/milestone-card-body';
import { typeClass, typeIcon } from '../../ui/board/milestone-type-style';
import { formatDay } from '../../ui/dates';
import { useIsLifted, type ItemDrag } from '../../ui/board/item-drag';
import { PeerMarks, peerClass, withPeers } from '../../ui/board/peer-marks';
import { cellDropId, type CellData } from './dnd/ladder-drag';
import '../../ui/board/milestone-card.css';
import './ladder-cells.css';
import { plural } from '../../domain/plural';

/** What every chip needs from the grid; stable for the life of the view. */
export const ChipContext = createContext<{ drag: ItemDrag; describedBy: string } | null>(null);

/** A row as the grid draws it: folded to a thin strip when it has nothing to show. */
export interface ShownRow extends LadderRow {
  folded: boolean;
}

/**
 * One row of the ladder: its header and a cell per horizon. A folded row is a slim strip
 * that still names its rung and still takes a dropped chip.
 */
export const LadderRowView = memo(function LadderRowView({
  row,
  horizons,
  group,
}: {
  row: ShownRow;
  horizons: readonly Horizon[];
  group: LadderGrouping;
}) {
  return (
    <div role="row" className={`ladder__row${row.folded ? ' ladder__row--folded' : ''}`}>
      <span role="rowheader" className={`ladder__row-head ladder__row-head--${group}`}>
        <span className="ladder__row-label">
          {group === 'type' && (
            <Icon name={typeIcon((row.id || undefined) as Milestone['type'])} className="icon" />
          )}
          {row.label}
        </span>
      </span>
      {horizons.map((h) => (
        <Cell
          key={h.id}
          rowId={row.id}
          rowLabel={row.label}
          horizonId={h.id}
          horizonTitle={h.title}
          group={group}
        />
      ))}
    </div>
  );
});

/** A cell's ids, under a hiding filter only the matching ones; the same array until they change. */
function useCellIds(
  boardId: string,
  group: LadderGrouping,
  rowId: string,
  horizonId: string,
  filter: MilestoneFilter,
): readonly string[] {
  return useBoardsStore(
    useShallow((s: BoardsState) => {
      const board = s.boards[boardId];
      if (!board) return NONE;
      const ids = cellIds(board, group, rowId, horizonId);
      return hidesOthers(filter)
        ? ids.filter((id) => matchesFilter(board.milestones[id]!, filter))
        : ids;
    }),
  );
}

const NONE: readonly string[] = [];

/**
 * The chips a cell mounts before it offers the rest behind "Show n more": about a screen's
 * height of them. A thousand milestones spread over the ladder's cells would otherwise all
 * be mounted at once, and the ladder took as long to appear as they took to draw.
 */
export const CELL_CHIP_LIMIT = 6;

/**
 * What a cell shows: its first chips, all of them once opened, and always the chips in
 * `keep` that are in the cell, wherever they are in it: the chip last picked up, so that
 * the chip just dropped is there to see and, for a keyboard user, to keep focus on; and
 * under a dimming filter the cell's first match, which the ladder brings into sight.
 */
export function shownIds(
  ids: readonly string[],
  open: boolean,
  ...keep: (string | null)[]
): readonly string[] {
  if (open || ids.length <= CELL_CHIP_LIMIT) return ids;
  const first = ids.slice(0, CELL_CHIP_LIMIT);
  for (const id of keep) if (id && !first.includes(id) && ids.includes(id)) first.push(id);
  return first;
}

/** Under a filter that dims the rest, the first of `ids` that matches it; null otherwise. */
function useFirstMatch(
  boardId: string,
  ids: readonly string[],
  filter: MilestoneFilter,
): string | null {
  return useBoardsStore((s: BoardsState) => {
    const board = s.boards[boardId];
    if (!board || ids.length <= CELL_CHIP_LIMIT || !isFiltering(filter) || hidesOthers(filter))
      return null;
    return ids.find((id) => matchesFilter(board.milestones[id]!, filter)) ?? null;
  });
}

const Cell = memo(function Cell({
  rowId,
  rowLabel,
  horizonId,
  horizonTitle,
  group,
}: CellData & { group: LadderGrouping }) {
  const { boardId } = useBoardContext();
  const { drag } = useContext(ChipContext)!;
  const filter = useFilter();
  const ids = useCellIds(boardId, group, rowId, horizonId, filter);
  const firstMatch = useFirstMatch(boardId, ids, filter);
  const [open, setOpen] = useState(false);
  // The chip to focus once the cell opens: the first one that was behind the button.
  const focusNext = useRef<string | null>(null);
  const node = useRef<HTMLDivElement | null>(null);
  const data = useMemo<CellData>(
    () => ({ rowId, rowLabel, horizonId, horizonTitle }),
    [rowId, rowLabel, horizonId, horizonTitle],
  );
  const { setNodeRef, isOver } = useDroppable({ id: cellDropId(horizonId, rowId), data });
  // One ref for the life of the cell: a new one each render would hand dnd-kit a null node
  // and the cell again whenever a drag passes over it.
  const ref = useCallback(
    (element: HTMLDivElement | null) => {
      node.current = element;
      setNodeRef(element);
    },
    [setNodeRef],
  );
  // The drop that changed `ids` re-renders the cell; the chip grabbed is read then.
  const shown = shownIds(ids, open, drag.grabbed(), firstMatch);
  const more = ids.length - shown.length;
  useEffect(() => {
    const id = focusNext.current;
    if (!open || !id) return;
    focusNext.current = null;
    node.current?.querySelector<HTMLElement>(`[data-milestone-id="${id}"]`)?.focus();
  }, [open]);
  return (
    <div
      ref={ref}
      role="cell"
      aria-label={`${rowLabel}, ${horizonTitle}: ${plural(ids.length, 'milestone')}`}
      className={`ladder__cell${isOver ? ' ladder__cell--over' : ''}`}
    >
      {shown.map((id) => (
        <Chip key={id} id={id} group={group} />
      ))}
      {more > 0 && (
        <button
          type="button"
          className="ladder__more"
          aria-label={`Show ${more} more in ${rowLabel}, ${horizonTitle}`}
          onClick={() => {
            focusNext.current = ids.find((id) => !shown.includes(id)) ?? null;
            setOpen(true);
          }}
        >
          +{more} more
        </button>
      )}
    </div>
  );
});

/**
 * A chip: no drag hooks of its own (the grid's one draggable picks it up, see ui/board/item-drag),
 * so the start and end of a drag re-render only the chip lifted.
 */
const Chip = memo(function Chip({ id, group }: { id: string; group: LadderGrouping }) {
  const { boardId } = useBoardContext();
  const { drag, describedBy } = useContext(ChipContext)!;
  const isLifted = useIsLifted(drag, id);
  const milestone = useMilestone(boardId, id);
  const links = useLinkWords(boardId, id);
  const filter = useFilter();
  // In a live session: who else is editing or moving it, and to which horizon.
  const peers = usePeersOn(boardId, id);
  const peerColumn = useColumnTitle(boardId, movingTo(peers));
  if (!milestone) return null;
  const dimmed = isDimmed(milestone, filter);
  return (
    <div
      role="button"
      tabIndex={0}
      aria-roledescription="milestone"
      aria-describedby={describedBy}
      aria-pressed={isLifted || undefined}
      aria-label={withPeers(
        `${cardLabel(milestone)}${links ? `, ${links}` : ''}${dimmed ? ', does not match the filter' : ''}`,
        peers,
        peerColumn,
      )}
      className={`chip ${typeClass(milestone)}${isLifted ? ' chip--placeholder' : ''}${dimmed ? ' card--dimmed' : ''}${peerClass(peers)}`}
      data-milestone-id={id}
    >
      <ChipBody milestone={milestone} group={group} />
      <PeerMarks peers={peers} columnTitle={peerColumn} />
    </div>
  );
});

/**
 * A compact card; the type or owner is left out where the row already names it (a custom
 * type's own name is not the row's, so it stays).
 */
const ChipBody = memo(function ChipBody({
  milestone: m,
  group,
}: {
  milestone: Milestone;
  group?: LadderGrouping;
}) {
  const showType = group !== 'type' || (m.type === 'custom' && m.customType);
  return (
    <>
      {/* The spaces let a compact chip's one flow of text break between its parts. */}
      <span className="chip__title">{m.title}</span>{' '}
      <span className="chip__meta">
        {showType && <span className="chip__type">{typeLabel(m, true)}</span>}
        <span>{confidenceLabel(m)}</span>
        {m.targetDate && <span>{formatDay(m.targetDate)}</span>}
        {m.owner && group !== 'owner' && <span className="chip__owner">{m.owner}</span>}
      </span>
    </>
  );
});

/** The chip under the pointer during a drag: the whole card, type included. */
export function ChipPreview({ boardId, id }: { boardId: string; id: string }) {
  const milestone = useMilestone(boardId, id);
  if (!milestone) return null;
  return (
    <div className={`chip chip--overlay ${typeClass(milestone)}`}>
      <ChipBody milestone={milestone} />
    </div>
  );
}
