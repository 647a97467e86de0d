import { useMemo } from 'react';
import { changeRoom, useLiveRole, useRoom } from '../../store/live-room';
import { useBoard } from '../../store/selectors';
import { Presentation, type LivePresenting } from './presentation';

/**
 * Presenting a board: the presentation shows all of it, so it follows all of it. In a live
 * session the facilitator leads and the others' screens follow (see LivePresenting).
 */
export function PresentBoard({ boardId, onClose }: { boardId: string; onClose: () => void }) {
  const board = useBoard(boardId);
  const role = useLiveRole(boardId);
  const room = useRoom(boardId);
  const leads = role?.facilitates === true;
  const slide = room?.slide ?? null;
  const leader = board?.participants.find((p) => p.id === room?.facilitator)?.name;
  const live = useMemo<LivePresenting | undefined>(() => {
    if (!role) return undefined;
    if (leads) return { lead: (at) => changeRoom(boardId, { slide: at }) };
    return slide === null ? {} : { follow: { slide, leader: leader ?? 'the facilitator' } };
  }, [role, leads, slide, leader, boardId]);
  if (!board) return null;
  return (
    <Presentation
      board={board}
      live={live}
      onClose={() => {
        // The leader's presentation ends for everyone who follows it.
        if (leads) changeRoom(boardId, { slide: null });
        onClose();
      }}
    />
  );
}
