import { useEffect } from 'react';
import { hasRememberedSession } from './live-boards';
import { useLiveStore, useLiveView } from './live-store';
import { LiveBadge } from './live-badge';
import { useFollowPresenter } from './follow-presenter';

/** What the live code opens on the board: its own dialog, or the presentation, to follow. */
export type OpenFromLive = (dialog: 'live' | 'present') => void;

/**
 * The board bar's live badge, shown while the board is live. A board that was live when the
 * page closed goes back into its session when it opens (until someone leaves it). When the
 * facilitator presents, this laptop follows.
 */
export function LiveStatus({ boardId, onOpen }: { boardId: string; onOpen: OpenFromLive }) {
  const view = useLiveView(boardId);
  useFollowPresenter(boardId, () => onOpen('present'));
  useEffect(() => {
    if (useLiveStore.getState().views[boardId] || !hasRememberedSession(boardId)) return;
    // Offline with the code not yet cached: the board works on; the badge stays away.
    import('./rejoin').then((m) => m.rejoin(boardId)).catch(() => undefined);
  }, [boardId]);
  return view ? <LiveBadge view={view} onOpen={() => onOpen('live')} /> : null;
}
