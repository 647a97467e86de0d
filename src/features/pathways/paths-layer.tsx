import {
  useDeferredValue,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type RefObject,
} from 'react';
import { createPortal, flushSync } from 'react-dom';
import { pathOf } from '../../domain/path-sense';
import { useBoardsStore } from '../../store/boards-store';
import { useBoardContext } from '../../ui/board/board-context';
import { requestReveal } from '../../ui/board/reveal-milestone';
import { useBoardLayer } from '../../ui/board/board-layer';
import { Icon } from '../../ui/icon';
import { PathArrows } from '../../ui/board/path-arrows';
import { measurePaths, type Drawing } from './measure';
import { LinkHandle } from './link-handle';
import { CardMenu, useCardMenu } from './card-menu';
import { isLinkKey, type CardMenuAt } from './paths-entry';
import { lazyComponent } from '../../ui/lazy';
import './paths.css';

const NOTHING: Drawing = { arrows: [], markers: [] };

/** The picker's code (the search, the form) loads when someone first asks to link a card. */
const LinkPickerDialog = lazyComponent(() =>
  import('./link-picker').then((m) => m.LinkPickerDialog),
);

/** The card an event happened on, if any: its milestone id. */
const cardOf = (target: EventTarget | null): string | undefined =>
  target instanceof Element
    ? (target.closest('[data-milestone-id]')?.getAttribute('data-milestone-id') ?? undefined)
    : undefined;

/**
 * Measures again on the next frame whenever something may have moved: the board, a column
 * scrolled, the window resized. Several reasons in one frame measure once.
 */
function useDrawing(container: RefObject<HTMLElement | null>, active: boolean) {
  const { boardId } = useBoardContext();
  const board = useBoardsStore((s) => s.boards[boardId]);
  const [drawing, setDrawing] = useState<Drawing>(NOTHING);
  const latest = useRef(board);
  const schedule = useRef(() => {});
  useLayoutEffect(() => {
    latest.current = board;
  });
  useEffect(() => {
    const element = container.current;
    if (!active || !element) return;
    let frame = 0;
    const measure = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const current = latest.current;
        // Committed in this frame, so the arrows are painted with the cards that moved.
        flushSync(() => setDrawing(current ? measurePaths(element, current) : NOTHING));
      });
    };
    schedule.current = measure;
    measure();
    // Scroll events do not bubble: a column's scroll is heard in the capture phase.
    element.addEventListener('scroll', measure, { capture: true, passive: true });
    const resize = typeof ResizeObserver === 'function' ? new ResizeObserver(measure) : undefined;
    resize?.observe(element);
    return () => {
      cancelAnimationFrame(frame);
      schedule.current = () => {};
      element.removeEventListener('scroll', measure, { capture: true });
      resize?.disconnect();
      // Back from a drag, arrows are drawn where the cards are now, never where they were.
      setDrawing(NOTHING);
    };
  }, [active, container]);
  // The board changed: cards may have moved, come or gone.
  useEffect(() => {
    if (active) schedule.current();
  }, [active, board]);
  return { drawing: active ? drawing : NOTHING, board };
}

/**
 * Marks the cards of the lit path, and the container while one is lit, so CSS dims the rest.
 * Marked on the page itself (the cards are not re-rendered for it). After each drawing only
 * the cards whose mark is wrong are touched (scrolling mounts cards unmarked): changing every
 * card's attributes on every frame cost more style work than the arrows themselves.
 */
function useLitCards(
  container: RefObject<HTMLElement | null>,
  ids: readonly string[] | undefined,
  drawing: Drawing,
) {
  const key = ids?.join(' ');
  useLayoutEffect(() => {
    const element = container.current;
    if (!element || !key) return;
    element.setAttribute('data-path-lit', '');
    return () => {
      element.removeAttribute('data-path-lit');
      for (const card of element.querySelectorAll('[data-on-path]'))
        card.removeAttribute('data-on-path');
    };
  }, [container, key]);
  useLayoutEffect(() => {
    const element = container.current;
    if (!element || !key) return;
    const lit = new Set(key.split(' '));
    for (const card of element.querySelectorAll<HTMLElement>('[data-milestone-id]')) {
      const on = lit.has(card.getAttribute('data-milestone-id')!);
      if (card.hasAttribute('data-on-path') !== on) card.toggleAttribute('data-on-path', on);
    }
  }, [container, key, drawing]);
}

/** Which card the pointer or the focus is on, and whether a key asked to link it. */
function useCardUnderHand(
  container: RefObject<HTMLElement | null>,
  active: boolean,
  asked: string | undefined,
) {
  const [hovered, setHovered] = useState<string | undefined>();
  const [focused, setFocused] = useState<string | undefined>();
  const [picking, setPicking] = useState<string | undefined>(asked);
  useEffect(() => {
    const element = container.current;
    if (!active || !element) return;
    const over = (event: PointerEvent) => {
      // Reaching for the link handle keeps its card.
      if (event.target instanceof Element && event.target.closest('.link-handle')) return;
      setHovered(cardOf(event.target));
    };
    const leave = () => setHovered(undefined);
    const focusIn = (event: FocusEvent) => setFocused(cardOf(event.target));
    const focusOut = () => setFocused(undefined);
    const key = (event: KeyboardEvent) => {
      const id = cardOf(event.target);
      if (!id || !isLinkKey(event)) return;
      if (!(event.target as Element).matches('[data-milestone-id]')) return;
      event.preventDefault();
      setPicking(id);
    };
    // The layer's code may arrive after the pointer or the focus came to a card.
    const frame = requestAnimationFrame(() => {
      setHovered(cardOf(element.querySelector('[data-milestone-id]:hover')));
      setFocused(cardOf(element.ownerDocument.activeElement));
    });
    element.addEventListener('pointerover', over);
    element.addEventListener('pointerleave', leave);
    element.addEventListener('focusin', focusIn);
    element.addEventListener('focusout', focusOut);
    element.addEventListener('keydown', key);
    return () => {
      cancelAnimationFrame(frame);
      element.removeEventListener('pointerover', over);
      element.removeEventListener('pointerleave', leave);
      element.removeEventListener('focusin', focusIn);
      element.removeEventListener('focusout', focusOut);
      element.removeEventListener('keydown', key);
    };
  }, [active, container]);
  return { hovered, lit: hovered ?? focused, picking, setPicking };
}

/**
 * The board's pathways drawn over its cards: an arrow for each link in sight, under the
 * cards' faces and over the columns, so it never covers text. Hovering or focusing a card
 * lights its whole path and dims the rest. Hidden while a card is dragged (it follows on the
 * drop) and when the team has turned paths off.
 */
export function PathsLayer({
  shown,
  view = 'horizons',
  asked,
  menuAsked,
  onHere,
}: {
  shown: boolean;
  /** A card whose L was pressed while this code was on its way: its picker opens at once. */
  asked?: string;
  /** A card's menu asked for while this code was on its way: it opens at once. */
  menuAsked?: CardMenuAt;
  /** Told when the layer is here to hear the keys itself, and when it goes. */
  onHere?: (here: boolean) => void;
  /**
   * The horizons have markers for cards scrolled out of their column, and the link handle.
   * The ladder is one table that scrolls as a whole, whose cells hold only its rows: there
   * a card is linked with L or from its editor.
   */
  view?: 'horizons' | 'ladder';
}) {
  const withMarkers = view === 'horizons';
  const { boardId } = useBoardContext();
  // The scrolling element that holds the cards: the layer sits in its content.
  const { container, dragging: lifted } = useBoardLayer();
  // What a drag changes here (the arrows gone, every card's marks off) is rendered after the
  // pick-up's own task, not in it: a card lifts as fast as on a board without links. Until
  // then the arrows are only made see-through, which costs no work on their hundreds of parts.
  const dragging = useDeferredValue(lifted);
  const hasLinks = useBoardsStore((s) => (s.boards[boardId]?.links?.length ?? 0) > 0);
  const drawn = shown && !dragging && hasLinks;
  const { drawing, board } = useDrawing(container, drawn);
  const hand = useCardUnderHand(container, !dragging, asked);
  const { menu, closeMenu } = useCardMenu(container, !lifted, menuAsked);
  useEffect(() => {
    onHere?.(true);
    return () => onHere?.(false);
  }, [onHere]);
  const path = useMemo(
    () => (drawn && board && hand.lit ? pathOf(board, hand.lit) : undefined),
    [drawn, board, hand.lit],
  );
  const lit = path && path.linkIds.size ? path : undefined;
  useLitCards(container, lit && [...lit.upstream, hand.lit!, ...lit.downstream], drawing);
  return (
    <>
      {drawn && (
        <PathArrows
          arrows={drawing.arrows}
          lit={lit?.linkIds}
          className={lifted ? 'paths--away' : ''}
        />
      )}
      {drawn && withMarkers && (
        <div className={`paths-plane path-markers${lifted ? ' paths--away' : ''}`}>
          {drawing.markers.map(({ key, ...marker }) => (
            <OffScreenMarker
              key={key}
              {...marker}
              title={board?.milestones[marker.milestoneId]?.title ?? ''}
            />
          ))}
        </div>
      )}
      {!lifted && withMarkers && hand.hovered && (
        <LinkHandle
          key={hand.hovered}
          boardId={boardId}
          from={hand.hovered}
          container={container}
          onPick={() => hand.setPicking(hand.hovered)}
        />
      )}
      {menu && !lifted && <CardMenu at={menu} onLink={hand.setPicking} onClose={closeMenu} />}
      {/* In the page's body: the ladder's table holds only its rows. */}
      {hand.picking &&
        createPortal(
          <LinkPickerDialog
            boardId={boardId}
            from={hand.picking}
            onClose={() => hand.setPicking(undefined)}
          />,
          document.body,
        )}
    </>
  );
}

function OffScreenMarker({
  milestoneId,
  list,
  side,
  place,
  x,
  y,
  align,
  title,
}: Omit<Drawing['markers'][number], 'key'> & { title: string }) {
  const where = {
    above: 'further up this column',
    below: 'further down this column',
    left: `in ${place}, to the left`,
    right: `in ${place}, to the right`,
  }[side];
  const icon = (
    { above: 'chevronUp', below: 'chevronDown', left: 'arrowLeft', right: 'arrowRight' } as const
  )[side];
  return (
    <button
      type="button"
      className={`path-marker path-marker--${align} path-marker--to-${side}`}
      style={{ left: x, top: y }}
      aria-label={`Show “${title}”, ${where}`}
      title={`Show “${title}”, ${where}`}
      onClick={() => requestReveal(list, milestoneId)}
    >
      {side !== 'right' && <Icon name={icon} />}
      <span className="path-marker__title">{title}</span>
      {side === 'right' && <Icon name={icon} />}
    </button>
  );
}
