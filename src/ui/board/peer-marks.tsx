import { Avatar } from './avatar';
import './peer-marks.css';

/** Someone else in a live session at work on a card: what the card shows of them. */
export interface MarkedPeer {
  clientId: number;
  name: string;
  initials: string;
  /** A name in PARTICIPANT_COLORS. */
  color: string;
  activity: { action: 'editing' | 'moving' } | null;
}

/**
 * What a peer is doing to a card, as a sentence: "Ben is editing it", "… moving it to Later"
 * (`columnTitle`: where the first peer is moving it, when known).
 */
export function peerSentence(peer: MarkedPeer, columnTitle: string | undefined): string {
  if (peer.activity?.action === 'moving')
    return columnTitle
      ? `${peer.name} is moving it to ${columnTitle}`
      : `${peer.name} is moving it`;
  return `${peer.name} is editing it`;
}

/** A card's accessible name with what others are doing to it, if anything. */
export const withPeers = (
  label: string,
  peers: readonly MarkedPeer[],
  columnTitle: string | undefined,
): string =>
  peers.length ? `${label}, ${peers.map((p) => peerSentence(p, columnTitle)).join(', ')}` : label;

/** The classes of a card or chip others are at work on: an outline in the first one's colour. */
export const peerClass = (peers: readonly MarkedPeer[]): string =>
  peers.length ? ` card--peer avatar--${peers[0]!.color}` : '';

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
