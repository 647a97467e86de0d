import { createContext, useContext } from 'react';
import type { Participant, Round } from '../../domain/schema';
import type { Tally } from '../../domain/voting';

/** The open vote as the cards see it. Session state: who is voting is never saved. */
export interface VotingContextValue {
  round: Round | undefined;
  /** Dots per milestone in the open round. */
  tally: ReadonlyMap<string, Tally>;
  /** The participants by id, made once per change rather than once per card. */
  participants: ReadonlyMap<string, Participant>;
  /** Who the next click or V gives a dot for; null while nobody is chosen. */
  voterId: string | null;
  /** Gives (or with `takeBack`, takes back) one of the voter's dots on a milestone. */
  vote: (milestoneId: string, takeBack: boolean) => void;
}

export const NO_VOTING: VotingContextValue = {
  round: undefined,
  tally: new Map(),
  participants: new Map(),
  voterId: null,
  vote: () => {},
};

export const VotingContext = createContext<VotingContextValue>(NO_VOTING);

export const useVoting = () => useContext(VotingContext);

/** Whether a click on a card places a dot rather than opening the card. */
export const isVoting = (v: VotingContextValue) => Boolean(v.round && v.voterId);

/** What a card shows and says about its dots: all of them once revealed, else the voter's. */
export function cardDots(
  v: VotingContextValue,
  milestoneId: string,
): { dots: { color: string; initials: string; name: string }[]; label: string } | undefined {
  if (!v.round) return undefined;
  const entry = v.tally.get(milestoneId);
  if (!entry) return undefined;
  const dots: { color: string; initials: string; name: string }[] = [];
  for (const [participantId, count] of entry.byParticipant) {
    if (!v.round.revealed && participantId !== v.voterId) continue;
    const p = v.participants.get(participantId);
    if (!p) continue;
    for (let i = 0; i < count; i++)
      dots.push({ color: p.color, initials: p.initials, name: p.name });
  }
  if (!dots.length) return undefined;
  const label = v.round.revealed
    ? `${entry.total} ${entry.total === 1 ? 'dot' : 'dots'}`
    : `${dots.length} of ${dots[0]!.name}’s dots`;
  return { dots, label };
}
