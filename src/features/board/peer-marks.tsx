import { SIDE_AREAS } from '../../domain/milestones';
import { useBoardsStore } from '../../store/boards-store';
import type { Peer } from '../../store/live-room';
import { Avatar } from '../../ui/board/avatar';

/** Where a peer is moving a card to, in words: a horizon's title or a side area's. */
function useColumnTitle(boardId: string, columnId: string | undefined): string | undefined {
  return useBoardsStore((s) => {
    if (!columnId) return undefined;
    const horizon = s.boards[boardId]?.horizons.find((h) => h.id === columnId);
    return horizon?.title ?? SIDE_AREAS.find((a) => a.id === columnId)?.title;
  });
}

/** What a peer is doing to a card, as a sentence: "Ben is editing it", "… moving it to Later". */
export function peerSentence(peer: Peer, columnTitle: string | undefined): string {
  if (peer.activity?.action === 'moving')
    return columnTitle
      ? `${peer.name} is moving it to ${columnTitle}`
      : `${peer.name} is moving it`;
  return `${peer.name} is editing it`;
}

/**
 * In a live session, who else is at work on this card: their face and what they do, in their
 * colour. A card being moved shows where it is going as they move it.
 */
export function PeerMarks({ boardId, peers }: { boardId: string; peers: readonly Peer[] }) {
  const first = peers[0]!;
  const moving = first.activity?.action === 'moving' ? first.activity.columnId : undefined;
  const columnTitle = useColumnTitle(boardId, moving);
  return (
    <span className={`card__peers avatar--${first.color}`} aria-hidden="true">
      {peers.map((peer) => (
        <Avatar key={peer.clientId} color={peer.color} initials={peer.initials} />
      ))}
      <span className="card__peer-text">
        {first.activity?.action === 'moving'
          ? `→ ${columnTitle ?? '…'}`
          : peers.length > 1
            ? 'editing'
            : `${first.name.split(' ')[0]} editing`}
      </span>
    </span>
  );
}

export function usePeerColumnTitle(boardId: string, peers: readonly Peer[]) {
  const first = peers[0];
  return useColumnTitle(
    boardId,
    first?.activity?.action === 'moving' ? first.activity.columnId : undefined,
  );
}
