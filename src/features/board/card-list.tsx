import {
  memo,
  useCallback,
  useEffect,
  useImperativeHandle,
  useLayoutEffect,
  useRef,
  type Ref,
  type RefObject,
} from 'react';
import { useDroppable } from '@dnd-kit/core';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useBoardContext } from '../../ui/board/board-context';
import { BoardCard } from './milestone-card';
import { listDropId, type DragData } from './dnd/drag-ids';
import { useRevealFirstMatch } from './use-reveal-first-match';
import { onRevealRequest } from '../../ui/board/reveal-milestone';
import './card-list.css';

/** Room a card takes before it is measured; close to a two-line card. */
const ESTIMATED_CARD_HEIGHT = 92;
export const CARD_GAP = 8;
const LIST_PADDING = 4;

/**
 * The list's size before it is measured: the window's height, a little more than any column
 * shows. Without it the first render mounts no cards, and measuring the list then renders
 * and lays out the whole board a second time before its first paint.
 */
const initialRect = () => ({
  width: 0,
  height: typeof window === 'undefined' ? 0 : window.innerHeight,
});

const LIST_DATA: DragData = { kind: 'list' };

/**
 * The list as a drop target, apart from the list itself: a dnd-kit droppable re-renders
 * whenever a drag starts, changes target or ends, and the list (its virtualiser, its
 * cards) need not.
 */
function ListDropTarget({
  columnId,
  list,
}: {
  columnId: string;
  list: RefObject<HTMLElement | null>;
}) {
  const { setNodeRef } = useDroppable({ id: listDropId(columnId), data: LIST_DATA });
  useLayoutEffect(() => setNodeRef(list.current), [setNodeRef, list]);
  return null;
}

export interface CardListHandle {
  scrollToEnd(): void;
}

interface CardListProps {
  horizonId: string;
  ids: readonly string[];
  /** The card being dragged, if it is in this horizon: it stays mounted wherever it is. */
  activeId: string | undefined;
  /** The horizon's name, for the empty state. */
  emptyText: string;
  handle?: Ref<CardListHandle>;
}

/**
 * The cards of one horizon, virtualised: only the cards in view (plus a few either side) are
 * mounted, so a board of a thousand milestones costs what a board of forty does. The list
 * is a drop target of its own (inside the column's), so that a card dragged near its edge
 * scrolls it.
 */
export const CardList = memo(function CardList({
  horizonId,
  ids,
  activeId,
  emptyText,
  handle,
}: CardListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const activeIndex = activeId ? ids.indexOf(activeId) : -1;

  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (activeIndex >= 0 && !indexes.includes(activeIndex)) {
        indexes.push(activeIndex);
        indexes.sort((a, b) => a - b);
      }
      return indexes;
    },
    [activeIndex],
  );

  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualiser is read during render by design
  const virtualizer = useVirtualizer({
    count: ids.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_CARD_HEIGHT,
    getItemKey: (index) => ids[index] ?? index,
    overscan: 3,
    gap: CARD_GAP,
    paddingStart: LIST_PADDING,
    paddingEnd: LIST_PADDING,
    rangeExtractor,
    initialRect: initialRect(),
  });

  // The filter's first match is brought into sight when the filter changes.
  useRevealFirstMatch(useBoardContext().boardId, ids, virtualizer, scrollRef);

  // An arrow's marker asks for a card scrolled out of sight (and so not mounted).
  useEffect(() => {
    const list = scrollRef.current;
    if (!list) return;
    return onRevealRequest(list, (id) => {
      const index = ids.indexOf(id);
      if (index < 0) return;
      virtualizer.scrollToIndex(index, { align: 'center' });
      const focus = (tries: number) =>
        requestAnimationFrame(() => {
          const card = list.querySelector<HTMLElement>(`[data-milestone-id="${id}"]`);
          if (card) {
            card.focus({ preventScroll: true });
            // Its horizon may be out of sight sideways (a phone shows one at a time).
            card.scrollIntoView({ block: 'nearest', inline: 'nearest' });
          } else if (tries > 0) focus(tries - 1);
        });
      focus(10);
    });
  }, [ids, virtualizer]);

  useImperativeHandle(handle, () => ({
    scrollToEnd: () => {
      if (ids.length) virtualizer.scrollToIndex(ids.length - 1, { align: 'end' });
    },
  }));

  const items = virtualizer.getVirtualItems();
  return (
    <>
      <div ref={scrollRef} className="horizon__cards" data-card-list={horizonId}>
        <div className="horizon__track" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => (
            <BoardCard
              key={item.key}
              id={ids[item.index]!}
              index={item.index}
              top={item.start}
              measure={virtualizer.measureElement}
            />
          ))}
        </div>
        {ids.length === 0 && <p className="horizon__empty">{emptyText}</p>}
      </div>
      {/* After the list, not in it: React attaches the list's ref once its children's
          effects have run, and before its next sibling's. */}
      <ListDropTarget columnId={horizonId} list={scrollRef} />
    </>
  );
});
