import { useCallback, useEffect, useRef, useState } from 'react';
import { useBoardsStore } from '../../store/boards-store';
import { useBoardContext } from '../../ui/board/board-context';
import { useBoardLayer } from '../../ui/board/board-layer';
import { lazyComponent } from '../../ui/lazy';

const Layer = lazyComponent(() => import('./paths-layer').then((m) => m.PathsLayer));

/**
 * Where the pathways' layer comes in. Its code (arrows, link handle, the L key's picker) is
 * fetched for a board that has links, or once someone first points at or focuses a card of a
 * board that has none: a first visit to a board without links does not pay for it.
 */
export function PathsLayer(props: { shown: boolean; view?: 'horizons' | 'ladder' }) {
  const { boardId } = useBoardContext();
  const { container } = useBoardLayer();
  const hasLinks = useBoardsStore((s) => (s.boards[boardId]?.links?.length ?? 0) > 0);
  const [wanted, setWanted] = useState(false);
  // An L pressed before the layer is here still opens the picker once it is.
  const [asked, setAsked] = useState<string>();
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
    element.addEventListener('pointerover', want, { once: true });
    element.addEventListener('focusin', want, { once: true });
    element.addEventListener('keydown', key);
    return () => {
      element.removeEventListener('pointerover', want);
      element.removeEventListener('focusin', want);
      element.removeEventListener('keydown', key);
    };
  }, [container]);
  const onHere = useCallback((mounted: boolean) => {
    here.current = mounted;
    if (mounted) setAsked(undefined);
  }, []);
  return loaded ? <Layer {...props} asked={asked} onHere={onHere} /> : null;
}

/** L, on its own: what asks to link the focused card. */
export const isLinkKey = (event: KeyboardEvent) =>
  (event.key === 'l' || event.key === 'L') && !event.ctrlKey && !event.metaKey && !event.altKey;
