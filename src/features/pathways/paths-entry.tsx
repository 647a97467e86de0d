import { useEffect, useState } from 'react';
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
  useEffect(() => {
    const element = container.current;
    if (hasLinks || wanted || !element) return;
    const want = () => setWanted(true);
    element.addEventListener('pointerover', want, { once: true });
    element.addEventListener('focusin', want, { once: true });
    return () => {
      element.removeEventListener('pointerover', want);
      element.removeEventListener('focusin', want);
    };
  }, [container, hasLinks, wanted]);
  return hasLinks || wanted ? <Layer {...props} /> : null;
}
