import { useEffect } from 'react';
import { lazyComponent } from '../../ui/lazy';
import { hasRememberedSession, useLiveStore, useLiveView } from './live-store';

const LiveBadge = lazyComponent(() => import('./live-badge').then((m) => m.LiveBadge));

/**
 * The board bar's live badge, shown while the board is live. A board that was live when the
 * page closed goes back into its session when it opens (until someone leaves it).
 */
export function LiveStatus({ boardId, onOpen }: { boardId: string; onOpen: () => void }) {
  const view = useLiveView(boardId);
  useEffect(() => {
    if (useLiveStore.getState().views[boardId] || !hasRememberedSession(boardId)) return;
    // Offline with the code not yet cached: the board works on; the badge stays away.
    import('./rejoin').then((m) => m.rejoin(boardId)).catch(() => undefined);
  }, [boardId]);
  return view ? <LiveBadge view={view} onOpen={onOpen} /> : null;
}
