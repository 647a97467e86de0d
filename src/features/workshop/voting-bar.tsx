import { useShallow } from 'zustand/react/shallow';
import { dotsPlaced, openRound } from '../../domain/voting';
import { useBoardsStore } from '../../store/boards-store';
import { Icon } from '../../ui/icon';
import '../../ui/board/avatar.css';
import './voting-bar.css';

/** A participant's colour chip with their initials. */
export function Avatar({ color, initials }: { color: string; initials: string }) {
  return (
    <span className={`avatar avatar--${color}`} aria-hidden="true">
      {initials}
    </span>
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
  const state = useBoardsStore(
    useShallow((s) => {
      const board = s.boards[boardId];
      const round = board && openRound(board);
      return board && round ? { board, round } : undefined;
    }),
  );
  if (!state) return null;
  const { board, round } = state;
  const store = useBoardsStore.getState();
  const voter = board.participants.find((p) => p.id === voterId);
  const left = voter ? round.dots - dotsPlaced(board, round, voter.id) : 0;

  return (
    <section className="voting-bar" aria-label="Voting">
      <p className="voting-bar__title">
        <Icon name="vote" /> <strong>{round.title}</strong>
        <span className="voting-bar__meta">
          {round.dots} dots each · {round.votes.length} placed
          {round.revealed ? '' : ' · hidden'}
        </span>
      </p>
      <fieldset className="voting-bar__voters">
        <legend className="visually-hidden">Who is voting</legend>
        {board.participants.map((p) => {
          const placed = dotsPlaced(board, round, p.id);
          return (
            <label
              key={p.id}
              className={`voter${p.id === voterId ? ' voter--active' : ''}`}
              title={`${p.name}: ${round.dots - placed} of ${round.dots} dots left`}
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
              <span className="voter__left">{round.dots - placed}</span>
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
      <p className="visually-hidden" role="status">
        {voter ? `${voter.name}: ${left} of ${round.dots} dots left.` : ''}
      </p>
      <p className="voting-bar__hint">
        {voter ? (
          <>
            <kbd>Click</kbd> or <kbd>V</kbd> gives a dot, with <kbd>Shift</kbd> takes it back
          </>
        ) : (
          'Choose who is voting'
        )}
      </p>
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
    </section>
  );
}
