import { createContext, useContext } from 'react';
import type { OpenVote } from '../../domain/vote-dots';

/** The open vote as the cards see it, and how a card gives or takes back a dot. */
export interface VotingContextValue extends OpenVote {
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
