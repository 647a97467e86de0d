import {
  useCallback,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
  type SyntheticEvent,
  type TouchEvent,
} from 'react';
import { DndContext, DragOverlay, useDndMonitor, useDraggable } from '@dnd-kit/core';
import { SortableContext, horizontalListSortingStrategy } from '@dnd-kit/sortable';
import { SIDE_AREAS } from '../../domain/milestones';
import type { Horizon } from '../../domain/schema';
import { useHorizons } from '../../store/selectors';
import { useBoardContext } from '../../ui/board/board-context';
import { pickUp, type ItemDrag } from '../../ui/board/item-drag';
import { BoardLayerContext } from '../../ui/board/board-layer';
import { HorizonColumn, HorizonPreview } from './horizon-column';
import { lazyComponent } from '../../ui/lazy';
import { useMediaQuery } from '../../ui/use-media-query';
import { SideArea } from './side-area';
import { MilestoneCardPreview } from './milestone-card';
import { CardDragContext, type CardDragContextValue } from './dnd/card-drag';
import { CARD_DRAGGABLE, horizonDragId, type DragData } from './dnd/drag-ids';
import { SCREEN_READER_INSTRUCTIONS, useBoardAnnouncements } from './dnd/board-announcements';
import { useBoardDrag, type DragState } from './dnd/use-board-drag';
import { useShareDrag } from './dnd/share-drag';
import './board-canvas.css';

/** On a phone one horizon fills the screen, and tabs move between them: their code loads there. */
const PHONE = '(max-width: 640px)';
const HorizonTabs = lazyComponent(() => import('./horizon-tabs').then((m) => m.HorizonTabs));

const DROP_ANIMATION = { duration: 150, easing: 'ease-out' };
const CARD_DATA: DragData = { kind: 'card' };

const NO_HORIZONS: Horizon[] = [];

/** What one column shows while a milestone is dragged: the order it would take, if the drag
 * has changed it, and the dragged card's id when the card would land in it. */
function dropPreview(drag: DragState | null, columnId: string) {
  if (drag?.kind !== 'milestone') return { previewIds: undefined, activeId: undefined };
  const ids = drag.preview[columnId];
  return {
    // A column the drag has not changed keeps the ids it shows, and so its cards as they are.
    previewIds: ids === drag.initial[columnId] ? undefined : ids,
    activeId: ids?.includes(drag.activeId) ? drag.activeId : undefined,
  };
}

/**
 * Which side area (Parked or Achieved) is open as a drawer over the horizons' right edge:
 * one at a time. While a drag rests over one it opens to show where the card would land,
 * and when the card is let go there it stays open on the card's new place.
 */
function useSideDrawer(drag: DragState | null) {
  const [openSide, setOpenSide] = useState<string | null>(null);
  const dragSide = SIDE_AREAS.find((area) => dropPreview(drag, area.id).activeId)?.id;
  const [landing, setLanding] = useState<string | undefined>();
  if (drag && dragSide !== landing) setLanding(dragSide);
  if (!drag && landing) {
    setLanding(undefined);
    setOpenSide(landing);
  }
  return [dragSide ?? openSide, setOpenSide] as const;
}

/**
 * The horizons and side areas, and the one draggable their cards share: a press on a card
 * (mouse, touch or Space) points the draggable at it and hands the event to dnd-kit's
 * sensors.
 */
function CardDragArea({
  cards,
  keyboardDrag,
  children,
}: {
  cards: ItemDrag;
  keyboardDrag: boolean;
  children: ReactNode;
}) {
  const { active, attributes, listeners, setNodeRef } = useDraggable({
    id: CARD_DRAGGABLE,
    data: CARD_DATA,
  });
  // Let go of the card's node once it is put down: it may be gone from the page by then.
  useDndMonitor({ onDragEnd: () => setNodeRef(null), onDragCancel: () => setNodeRef(null) });
  const keyboardRef = useRef(keyboardDrag);
  useLayoutEffect(() => {
    keyboardRef.current = keyboardDrag;
  }, [keyboardDrag]);
  const describedBy = attributes['aria-describedby'];
  const bindLifted = useCallback(
    (node: HTMLElement) => {
      setNodeRef(node);
      // A card the keys moved to another column is a new element there: focus goes with it.
      if (keyboardRef.current && node.ownerDocument.activeElement === node.ownerDocument.body)
        node.focus({ preventScroll: true });
    },
    [setNodeRef],
  );
  const value = useMemo<CardDragContextValue>(
    () => ({ drag: cards, describedBy, bindLifted }),
    [cards, describedBy, bindLifted],
  );

  const press = (event: SyntheticEvent, listener: unknown) =>
    pickUp(cards, active !== null, setNodeRef, event, listener);

  return (
    <CardDragContext.Provider value={value}>
      <div
        className="board-canvas__row"
        onMouseDown={(event: MouseEvent) => press(event, listeners?.onMouseDown)}
        onTouchStart={(event: TouchEvent) => press(event, listeners?.onTouchStart)}
        onKeyDown={(event: KeyboardEvent) => press(event, listeners?.onKeyDown)}
      >
        {children}
      </div>
    </CardDragContext.Provider>
  );
}

/** The horizons; `overlay` is what the page draws over their cards (a pathway's arrows), in
 * their scrolled row, told where it is through BoardLayerContext. */
export function BoardCanvas({ overlay }: { overlay?: ReactNode }) {
  const { boardId } = useBoardContext();
  const horizons = useHorizons(boardId) ?? NO_HORIZONS;
  const canvas = useRef<HTMLDivElement>(null);
  const { drag, dragRef, cards, ...dndContext } = useBoardDrag(boardId, canvas);
  useShareDrag(boardId, drag);
  const announcements = useBoardAnnouncements(boardId, dragRef, cards);
  const row = useRef<HTMLDivElement>(null);
  const [openSide, setOpenSide] = useSideDrawer(drag);
  const phone = useMediaQuery(PHONE);
  const dragging = drag !== null;
  const layer = useMemo(() => ({ container: row, dragging }), [dragging]);

  const horizonIds = useMemo(() => horizons.map((h) => horizonDragId(h.id)), [horizons]);
  const activeHorizon =
    drag?.kind === 'horizon' ? horizons.find((h) => h.id === drag.activeId) : undefined;
  const reduceMotion =
    typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

  return (
    <DndContext
      {...dndContext}
      accessibility={{ announcements, screenReaderInstructions: SCREEN_READER_INSTRUCTIONS }}
    >
      <div ref={canvas} className={`board-canvas${drag ? ' board-canvas--dragging' : ''}`}>
        {phone && <HorizonTabs horizons={horizons} row={row} />}
        <CardDragArea cards={cards} keyboardDrag={drag?.keyboard ?? false}>
          <div className="board-columns" ref={row}>
            <SortableContext items={horizonIds} strategy={horizontalListSortingStrategy}>
              {horizons.map((horizon) => (
                <HorizonColumn
                  key={horizon.id}
                  horizon={horizon}
                  {...dropPreview(drag, horizon.id)}
                />
              ))}
            </SortableContext>
            <BoardLayerContext.Provider value={layer}>{overlay}</BoardLayerContext.Provider>
          </div>
          <div className="side-rail">
            {SIDE_AREAS.map((area) => (
              <SideArea
                key={area.id}
                area={area}
                open={openSide === area.id}
                onOpen={(open) => setOpenSide(open ? area.id : null)}
                {...dropPreview(drag, area.id)}
              />
            ))}
          </div>
        </CardDragArea>
      </div>
      <DragOverlay dropAnimation={reduceMotion ? null : DROP_ANIMATION}>
        {drag?.kind === 'milestone' && (
          <MilestoneCardPreview boardId={boardId} id={drag.activeId} />
        )}
        {activeHorizon && (
          <HorizonPreview
            horizon={activeHorizon}
            count={drag?.preview[activeHorizon.id]?.length ?? 0}
          />
        )}
      </DragOverlay>
    </DndContext>
  );
}
