import { useEffect, useState, type RefObject } from 'react';
import { lanesOf, routeArrow, type Box } from '../../domain/path-geometry';
import { linksOf, stepOf } from '../../domain/pathways';
import type { Board } from '../../domain/schema';
import { PathArrows, type ArrowShape } from './path-arrows';

/** A card's box in `container`'s own layout: offsets, which a scaled slide leaves as they are. */
function boxIn(container: HTMLElement, element: HTMLElement): Box {
  let x = 0;
  let y = 0;
  for (let node: HTMLElement | null = element; node && node !== container;) {
    x += node.offsetLeft;
    y += node.offsetTop;
    const parent = node.offsetParent as HTMLElement | null;
    // An offset parent outside the container would measure from the page: stop there.
    node = parent && container.contains(parent) ? parent : parent === container ? container : null;
  }
  return { x, y, width: element.offsetWidth, height: element.offsetHeight };
}

/**
 * The pathways' arrows on a read-only board (a poster: the presentation's whole board, a
 * shared link, a snapshot): every card is on the page, so every link between two of them
 * gets its arrow. Measured once laid out, and again when the container's size changes.
 */
export function PosterPaths({
  board,
  container,
}: {
  board: Pick<Board, 'links'>;
  container: RefObject<HTMLElement | null>;
}) {
  const [arrows, setArrows] = useState<ArrowShape[]>([]);
  const links = linksOf(board);
  // After the commit, not in its layout phase: the container's ref is attached after the
  // layout effects of what it holds.
  useEffect(() => {
    const element = container.current;
    if (!element || !links.length) return;
    const measure = () => {
      const boxes = new Map<string, Box>();
      for (const card of element.querySelectorAll<HTMLElement>('[data-poster-milestone]'))
        boxes.set(card.getAttribute('data-poster-milestone')!, boxIn(element, card));
      // Not laid out (a print view waiting to be measured): no arrows rather than wrong ones.
      if ([...boxes.values()].every((box) => box.width === 0)) return setArrows([]);
      const lanes = lanesOf(boxes.values());
      setArrows(
        links.flatMap((link) => {
          const { before, after } = stepOf(link);
          const from = boxes.get(before);
          const to = boxes.get(after);
          if (!from || !to) return [];
          return [{ id: link.id, kind: link.kind, ...routeArrow(from, to, lanes) }];
        }),
      );
    };
    measure();
    // Where there is no ResizeObserver (a test's page), measured once.
    if (typeof ResizeObserver !== 'function') return;
    const resize = new ResizeObserver(measure);
    resize.observe(element);
    return () => resize.disconnect();
  }, [container, links]);
  if (!links.length) return null;
  return <PathArrows arrows={arrows} />;
}
