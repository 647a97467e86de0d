import { useMemo, useSyncExternalStore } from 'react';
import { lazyComponent } from '../../ui/lazy';
import { hasRememberedSession, isLiveHere, subscribeLiveHere } from './live-boards';
import type { OpenFromLive } from './live-status';

/** The live code the board fetches: one chunk, loaded on first need of either part. */
const loadLiveUi = () => import('./live-ui');
const LiveBadgeAndRejoin = lazyComponent(() => loadLiveUi().then((m) => m.LiveStatus));

/** Going live, and the session once live: the Live dialog. */
export const LiveDialog = lazyComponent(() => loadLiveUi().then((m) => m.LiveDialog));

/**
 * The board bar's place for the live badge (and, live, the following of a presenter). A board
 * that has never been live here costs the bar this much only: the badge's code loads once the
 * board goes live, or when this browser keeps a session of it to go back to.
 */
export function LiveStatus({ boardId, onOpen }: { boardId: string; onOpen: OpenFromLive }) {
  const here = useSyncExternalStore(subscribeLiveHere, () => isLiveHere(boardId));
  const remembered = useMemo(() => hasRememberedSession(boardId), [boardId]);
  return here || remembered ? <LiveBadgeAndRejoin boardId={boardId} onOpen={onOpen} /> : null;
}
