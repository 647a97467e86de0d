import { useId, useState, type FormEvent } from 'react';
import { DEFAULT_DOTS, openRound } from '../../domain/voting';
import { ranking } from '../../domain/tally';
import { LIMITS, type Board, type Round } from '../../domain/schema';
import { useBoardsStore } from '../../store/boards-store';
import { useShallow } from 'zustand/react/shallow';
import { NoticeDialog } from '../../ui/notice-dialog';
import { Icon } from '../../ui/icon';
import { Avatar } from '../../ui/board/avatar';
import { AddForm } from '../../ui/add-form';
import { FieldError, TextField } from '../../ui/text-field';
import './workshop-dialogs.css';
import './voting.css';
import { plural } from '../../domain/plural';
import { formatMoment } from '../../ui/dates';

/** What the voting dialogs show: who takes part, the rounds, and the cards' titles. */
type VotingView = Pick<Board, 'id' | 'participants' | 'rounds' | 'milestones'>;

/** The board as far as voting goes: the dialogs follow it, not every edit of the board. */
function useVotingView(boardId: string): VotingView | undefined {
  const view = useBoardsStore(
    useShallow((s) => {
      const board = s.boards[boardId];
      return {
        id: board?.id,
        participants: board?.participants,
        rounds: board?.rounds,
        milestones: board?.milestones,
      };
    }),
  );
  return view.id ? (view as VotingView) : undefined;
}

/**
 * The facilitator's voting desk: who takes part, a new round, and the rounds so far.
 */
export function VotingDialog({ boardId, onClose }: { boardId: string; onClose: () => void }) {
  const board = useVotingView(boardId);
  if (!board) return null;
  const open = openRound(board);
  const closed = board.rounds.filter((r) => r.closedAt).reverse();
  return (
    <NoticeDialog
      title="Dot voting"
      description="Each participant places a few dots on the milestones they would invest in. The ranking shows where the team’s energy is."
      onClose={onClose}
      wide
      closeLabel="Done"
    >
      <Participants board={board} />
      {open ? (
        <section className="voting-section" aria-labelledby="round-open">
          <h3 id="round-open" className="voting-section__title">
            {open.title} is open
          </h3>
          <p className="field__hint">
            {plural(open.dots, 'dot')} each
            {open.hidden && !open.revealed ? ', hidden until revealed' : ''}. Use the voting bar
            above the board to vote, reveal and close it.
          </p>
        </section>
      ) : (
        <NewRound board={board} onStarted={onClose} />
      )}
      <section className="voting-section" aria-labelledby="rounds-past">
        <h3 id="rounds-past" className="voting-section__title">
          Past rounds
        </h3>
        {closed.length === 0 ? (
          <p className="field__hint">No round closed yet.</p>
        ) : (
          <ol className="rounds">
            {closed.map((round) => (
              <li key={round.id}>
                <details>
                  <summary>
                    <strong>{round.title}</strong> · {formatMoment(round.closedAt!)} ·{' '}
                    {plural(round.votes.length, 'dot')}
                  </summary>
                  <Ranking board={board} round={round} />
                </details>
              </li>
            ))}
          </ol>
        )}
      </section>
    </NoticeDialog>
  );
}

function Participants({ board }: { board: VotingView }) {
  const store = useBoardsStore.getState;
  return (
    <section className="voting-section" aria-labelledby="participants-title">
      <h3 id="participants-title" className="voting-section__title">
        Participants
      </h3>
      {board.participants.length === 0 ? (
        <p className="field__hint">Add everyone in the room; each gets a colour and initials.</p>
      ) : (
        <ul className="participants">
          {board.participants.map((p) => (
            <li key={p.id} className="participant">
              <Avatar color={p.color} initials={p.initials} />
              <span className="participant__name">{p.name}</span>
              <button
                type="button"
                className="icon-button"
                aria-label={`Remove ${p.name}`}
                onClick={() => store().removeParticipant(board.id, p.id)}
              >
                <Icon name="close" />
              </button>
            </li>
          ))}
        </ul>
      )}
      <AddForm
        id="participant-name"
        label="Participant name"
        placeholder="Name, e.g. Ana López"
        maxLength={LIMITS.participantName}
        disabled={board.participants.length >= LIMITS.participants}
        buttonText="Add participant"
        onAdd={(name) => {
          const result = store().addParticipant(board.id, name);
          return result.ok ? null : result.reason;
        }}
      />
    </section>
  );
}

function NewRound({ board, onStarted }: { board: VotingView; onStarted: () => void }) {
  const [title, setTitle] = useState('');
  const [dots, setDots] = useState(String(DEFAULT_DOTS));
  const [hidden, setHidden] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();
  const start = (event: FormEvent) => {
    event.preventDefault();
    const result = useBoardsStore
      .getState()
      .startRound(board.id, { title, dots: Number(dots), hidden });
    if (!result.ok) setError(result.reason);
    else onStarted();
  };
  return (
    <section className="voting-section" aria-labelledby="round-new">
      <h3 id="round-new" className="voting-section__title">
        New round
      </h3>
      <form onSubmit={start} noValidate>
        <div className="field-row">
          <TextField
            label="Name"
            value={title}
            maxLength={LIMITS.roundTitle}
            placeholder={`Round ${board.rounds.length + 1}`}
            onChange={setTitle}
          />
          <TextField
            label="Dots per participant"
            type="number"
            min={1}
            max={LIMITS.dots}
            value={dots}
            formErrorId={error ? errorId : undefined}
            onChange={(value) => {
              setDots(value);
              setError(null);
            }}
          />
        </div>
        <label className="checkbox">
          <input type="checkbox" checked={hidden} onChange={(e) => setHidden(e.target.checked)} />
          Hide dots until I reveal them
        </label>
        <FieldError id={errorId} message={error} />
        <div className="button-row">
          <button type="submit" className="button button--primary">
            <Icon name="vote" /> Start voting
          </button>
        </div>
      </form>
    </section>
  );
}

/** The ranking of a round: most dots first, ties sharing a rank. */
export function Ranking({ board, round }: { board: VotingView; round: Round }) {
  const rows = ranking(board, round);
  if (!rows.length) return <p className="field__hint">No dots were placed.</p>;
  return (
    <ol className="ranking" aria-label={`Ranking of ${round.title}`}>
      {rows.map((row) => (
        <li key={row.milestoneId} className="ranking__row">
          <span className="ranking__rank">{row.rank}.</span>
          <span className="ranking__title">{row.title}</span>
          <span className="ranking__dots">{plural(row.dots, 'dot')}</span>
        </li>
      ))}
    </ol>
  );
}

/** The ranking of the open round, or of the last closed one. */
export function RankingDialog({ boardId, onClose }: { boardId: string; onClose: () => void }) {
  const board = useVotingView(boardId);
  const round = board && (openRound(board) ?? board.rounds.at(-1));
  if (!board || !round) return null;
  return (
    <NoticeDialog title={`Ranking: ${round.title}`} onClose={onClose} closeLabel="Done">
      {round.revealed ? (
        <Ranking board={board} round={round} />
      ) : (
        <p>Reveal the dots to see the ranking.</p>
      )}
    </NoticeDialog>
  );
}
