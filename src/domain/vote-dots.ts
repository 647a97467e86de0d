import { plural } from './plural';
import type { Participant, Round } from './schema';
import type { Tally } from './tally';

/** The open vote as the cards see it. Session state: who is voting is never saved. */
export interface OpenVote {
  round: Round | undefined;
  /** Dots per milestone in the open round. */
  tally: ReadonlyMap<string, Tally>;
  /** The participants by id, made once per change rather than once per card. */
  participants: ReadonlyMap<string, Participant>;
  /** Who the next click or V gives a dot for; null while nobody is chosen. */
  voterId: string | null;
}

export interface CardDots {
  dots: { color: string; initials: string; name: string }[];
  label: string;
}

/** What a card shows and says about its dots: all of them once revealed, else the voter's. */
export function cardDots(v: OpenVote, milestoneId: string): CardDots | undefined {
  if (!v.round) return undefined;
  const entry = v.tally.get(milestoneId);
  if (!entry) return undefined;
  const dots: CardDots['dots'] = [];
  for (const [participantId, count] of entry.byParticipant) {
    if (!v.round.revealed && participantId !== v.voterId) continue;
    const p = v.participants.get(participantId);
    if (!p) continue;
    for (let i = 0; i < count; i++)
      dots.push({ color: p.color, initials: p.initials, name: p.name });
  }
  if (!dots.length) return undefined;
  const label = v.round.revealed
    ? plural(entry.total, 'dot')
    : `${dots.length} of ${dots[0]!.name}’s dots`;
  return { dots, label };
}
