import { lazyWhen } from '../lazy';

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
 * Who else is at work on a card, drawn on its edge: nothing, and no code fetched, outside a
 * live session or while nobody else touches the card.
 */
export const PeerMarks = lazyWhen(
  () => import('./peer-marks-view').then((m) => m.PeerMarks),
  ({ peers }) => peers.length > 0,
);
