import { Avatar } from './avatar';
import type { MarkedPeer } from './peer-marks';
import './peer-marks.css';

/**
 * Who else is at work on a card: their faces and what they do, in their colour. A card being
 * moved shows where it is going as they move it. Screen readers hear it in the card's name.
 */
export function PeerMarks({
  peers,
  columnTitle,
}: {
  peers: readonly MarkedPeer[];
  columnTitle: string | undefined;
}) {
  const first = peers[0];
  if (!first) return null;
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
