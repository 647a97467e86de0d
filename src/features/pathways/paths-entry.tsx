import { useCallback, useEffect, useRef, useState } from 'react';
import { useBoardsStore } from '../../store/boards-store';
import { useBoardContext } from '../../ui/board/board-context';
import { useBoardLayer } from '../../ui/board/board-layer';
import { lazyComponent } from '../../ui/lazy';

const Layer = lazyComponent(() => import('./paths-layer').then((m) => m.PathsLayer));

/**
 * Where the pathways' layer comes in. Its code (arrows, link handle, card menu, the picker) is
 * fetched for a board that has links, or once someone first points at or focuses a card of a
 * board that has none: a first visit to a board without links does not pay for it.
 */
export function PathsLayer(props: { shown: boolean; view?: 'horizons' | 'ladder' }) {
  const { boardId } = useBoardContext();
  const { container } = useBoardLayer();
  const hasLinks = useBoardsStore((s) => (s.boards[boardId]?.links?.length ?? 0) > 0);
  const [wanted, setWanted] = useState(false);
  // An L pressed (or a card's menu asked for) before the layer is here is answered once it is.
  const [asked, setAsked] = useState<string>();
  const [menuAsked, setMenuAsked] = useState<CardMenuAt>();
  const here = useRef(false);
  const loaded = hasLinks || wanted;
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const want = () => setWanted(true);
    const key = (event: KeyboardEvent) => {
      const target = event.target as Element;
      if (here.current || !isLinkKey(event) || !target.matches('[data-milestone-id]')) return;
      event.preventDefault();
      setAsked(target.getAttribute('data-milestone-id')!);
      setWanted(true);
    };
    const menu = (event: MouseEvent) => {
      const at = here.current ? undefined : cardMenuAt(event);
      if (!at) return;
      event.preventDefault();
      setMenuAsked(at);
      setWanted(true);
    };
    element.addEventListener('pointerover', want, { once: true });
    element.addEventListener('focusin', want, { once: true });
    element.addEventListener('keydown', key);
    element.addEventListener('contextmenu', menu);
    return () => {
      element.removeEventListener('pointerover', want);
      element.removeEventListener('focusin', want);
      element.removeEventListener('keydown', key);
      element.removeEventListener('contextmenu', menu);
    };
  }, [container]);
  const onHere = useCallback((mounted: boolean) => {
    here.current = mounted;
    if (mounted) {
      setAsked(undefined);
      setMenuAsked(undefined);
    }
  }, []);
  return loaded ? <Layer {...props} asked={asked} menuAsked={menuAsked} onHere={onHere} /> : null;
}

/** Where a card's menu opens: the card, and a point on the screen. */
export interface CardMenuAt {
  id: string;
  x: number;
  y: number;
}

/**
 * The card a right click (or the context-menu key, or Shift+F10) asks a menu for, and where
 * the menu opens: at the pointer, or by the keyboard under the card's top left corner.
 */
export function cardMenuAt(event: MouseEvent): CardMenuAt | undefined {
  const card = event.target instanceof Element ? event.target.closest('[data-milestone-id]') : null;
  const id = card?.getAttribute('data-milestone-id');
  if (!card || !id) return undefined;
  const box = card.getBoundingClientRect();
  const onCard =
    event.clientX >= box.left &&
    event.clientX <= box.right &&
    event.clientY >= box.top &&
    event.clientY <= box.bottom;
  return onCard
    ? { id, x: event.clientX, y: event.clientY }
    : { id, x: box.left + 8, y: box.top + 8 };
}

/** L, on its own: what asks to link the focused card. */
export const isLinkKey = (event: KeyboardEvent) =>
  (event.key === 'l' || event.key === 'L') && !event.ctrlKey && !event.metaKey && !event.altKey;
