import { useEffect, useRef } from 'react';
import { useLiveRole, useRoom } from '../../store/live-room';
import { useBoardsStore } from '../../store/boards-store';
import { isModalOpen } from '../../ui/key-bindings';
import { showToast } from '../../ui/toast-store';
import { useLatest } from '../../ui/use-latest';

/**
 * In a live session, when the facilitator starts presenting, this laptop follows: the
 * presentation opens, unless the person is in the middle of something (an open editor or
 * dialog), which is never closed under them: then a toast offers to follow.
 */
export function useFollowPresenter(boardId: string, present: () => void) {
  const role = useLiveRole(boardId);
  const room = useRoom(boardId);
  const presenting = room?.slide != null && role !== undefined && !role.facilitates;
  const was = useRef(presenting);
  const follow = useLatest(present);
  useEffect(() => {
    const started = presenting && !was.current;
    was.current = presenting;
    if (!started) return;
    if (!isModalOpen()) {
      follow.current();
      return;
    }
    const board = useBoardsStore.getState().boards[boardId];
    const leader = board?.participants.find((p) => p.id === room?.facilitator)?.name;
    showToast(`${leader ?? 'The facilitator'} is presenting.`, {
      label: 'Follow',
      run: () => follow.current(),
    });
  }, [presenting, follow, boardId, room?.facilitator]);
}
