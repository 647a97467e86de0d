import { useShallow } from 'zustand/react/shallow';
import { dotsPlaced, openRound } from '../../domain/voting';
import type { Participant, Round } from '../../domain/schema';
import { plural } from '../../domain/plural';
import { useBoardsStore, type BoardsState } from '../../store/boards-store';
import { useLiveRole, useRoom } from '../../store/live-room';
import { Icon } from '../../ui/icon';
import { Avatar } from '../../ui/board/avatar';
import './voting-bar.css';

/** Dots placed in the open round, per participant id. */
type Placed = Readonly<Record<string, number>>;

const NONE_PLACED: Placed = {};

/**
 * The open round and who takes part, without the rest of the board: editing a card while a
 * vote is open re-renders the bar only when it changes someone's count of dots placed.
 */
function useOpenVote(boardId: string) {
  const vote = useBoardsStore(
    useShallow((s: BoardsState) => {
      const board = s.boards[boardId];
      const round = board && openRound(board);
      return board && round ? { participants: board.participants, round } : undefined;
    }),
  );
  // Counted here, in the selector, so the bar is handed numbers and compares them.
  const placed = useBoardsStore(
    useShallow((s: BoardsState): Placed => {
      const board = s.boards[boardId];
      const round = board && openRound(board);
      if (!board || !round) return NONE_PLACED;
      return Object.fromEntries(
        board.participants.map((p) => [p.id, dotsPlaced(board, round, p.id)]),
      );
    }),
  );
  return vote && { ...vote, placed };
}

/**
 * In a live session: this laptop's person and their dots left, and a switch that pauses
 * voting, so a click opens a card again.
 */
function LiveVoter({
  me,
  voting,
  left,
  onVoter,
}: {
  me: Participant | undefined;
  voting: boolean;
  left: number;
  onVoter: (id: string | null) => void;
}) {
  if (!me) return null;
  return (
    <p className="voting-bar__me">
      <Avatar color={me.color} initials={me.initials} />
      <span>
        You vote as <strong>{me.name}</strong> · {plural(left, 'dot')} left
      </span>
      <button
        type="button"
        className="button"
        aria-pressed={!voting}
        onClick={() => onVoter(voting ? null : me.id)}
      >
        Pause voting
      </button>
    </p>
  );
}

/** Who is voting: one radio per participant with their dots left, and nobody. */
function VoterChoice({
  participants,
  round,
  placed,
  voterId,
  onVoter,
}: {
  participants: readonly Participant[];
  round: Round;
  placed: Placed;
  voterId: string | null;
  onVoter: (id: string | null) => void;
}) {
  return (
    <fieldset className="voting-bar__voters">
      <legend className="visually-hidden">Who is voting</legend>
      {participants.map((p) => {
        const left = round.dots - (placed[p.id] ?? 0);
        return (
          <label
            key={p.id}
            className={`voter${p.id === voterId ? ' voter--active' : ''}`}
            title={`${p.name}: ${left} of ${plural(round.dots, 'dot')} left`}
          >
            <input
              type="radio"
              name="voter"
              className="voter__input"
              checked={p.id === voterId}
              onChange={() => onVoter(p.id)}
            />
            <Avatar color={p.color} initials={p.initials} />
            <span className="voter__name">{p.name}</span>
            <span className="voter__left">{left}</span>
          </label>
        );
      })}
      <label className={`voter${voterId === null ? ' voter--active' : ''}`}>
        <input
          type="radio"
          name="voter"
          className="voter__input"
          checked={voterId === null}
          onChange={() => onVoter(null)}
        />
        <span className="voter__name">Nobody (edit cards)</span>
      </label>
    </fieldset>
  );
}

/** The facilitator's buttons: reveal (or see the ranking), reset and close. */
function RoundActions({
  boardId,
  round,
  onVoter,
  onRanking,
}: {
  boardId: string;
  round: Round;
  onVoter: (id: string | null) => void;
  onRanking: () => void;
}) {
  const store = useBoardsStore.getState();
  return (
    <div className="voting-bar__actions">
      {!round.revealed && (
        <button type="button" className="button" onClick={() => store.revealRound(boardId)}>
          Reveal
        </button>
      )}
      {round.revealed && (
        <button type="button" className="button" onClick={onRanking}>
          Ranking
        </button>
      )}
      <button
        type="button"
        className="button"
        disabled={!round.votes.length}
        onClick={() => store.resetRound(boardId)}
      >
        Reset
      </button>
      <button
        type="button"
        className="button button--primary"
        onClick={() => {
          store.closeRound(boardId);
          onVoter(null);
          onRanking();
        }}
      >
        Close round
      </button>
    </div>
  );
}

/**
 * Above the board while a round is open: who is voting, their dots left, and the
 * facilitator's reveal, reset and close.
 */
export function VotingBar({
  boardId,
  voterId,
  onVoter,
  onRanking,
}: {
  boardId: string;
  voterId: string | null;
  onVoter: (id: string | null) => void;
  onRanking: () => void;
}) {
  const vote = useOpenVote(boardId);
  const role = useLiveRole(boardId);
  const room = useRoom(boardId);
  if (!vote) return null;
  const { participants, round, placed } = vote;
  const voter = participants.find((p) => p.id === voterId);
  const left = voter ? round.dots - (placed[voter.id] ?? 0) : 0;
  const facilitator = participants.find((p) => p.id === room?.facilitator);

  return (
    <section className="voting-bar" aria-label="Voting">
      <p className="voting-bar__title">
        <Icon name="vote" /> <strong>{round.title}</strong>
        <span className="voting-bar__meta">
          {plural(round.dots, 'dot')} each · {round.votes.length} placed
          {round.revealed
            ? ''
            : role && !role.facilitates
              ? ` · hidden until ${facilitator?.name ?? 'the facilitator'} reveals`
              : ' · hidden'}
        </span>
      </p>
      {role ? (
        <LiveVoter
          me={participants.find((p) => p.id === role.me)}
          voting={voter !== undefined}
          left={round.dots - (placed[role.me ?? ''] ?? 0)}
          onVoter={onVoter}
        />
      ) : (
        <VoterChoice
          participants={participants}
          round={round}
          placed={placed}
          voterId={voterId}
          onVoter={onVoter}
        />
      )}
      <p className="visually-hidden" role="status">
        {voter ? `${voter.name}: ${left} of ${plural(round.dots, 'dot')} left.` : ''}
      </p>
      <p className="voting-bar__hint">
        <span className="voting-bar__hint-text">
          {voter ? (
            <>
              <kbd>Click</kbd> or <kbd>V</kbd> gives a dot, with <kbd>Shift</kbd> takes it back
            </>
          ) : role ? (
            'Join as one of the participants to vote (Live, in the toolbar)'
          ) : (
            'Choose who is voting'
          )}
        </span>
      </p>
      {(!role || role.facilitates) && (
        <RoundActions boardId={boardId} round={round} onVoter={onVoter} onRanking={onRanking} />
      )}
    </section>
  );
}
