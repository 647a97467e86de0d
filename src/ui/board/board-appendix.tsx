import type { BoardAppendix as Appendix } from '../../domain/board-appendix';
import { plural } from '../../domain/plural';
import type { Value } from '../../domain/schema';
import { VALUE_SIDE_LABELS, alignmentAnswer } from '../../domain/workshop-terms';
import { Icon } from '../icon';
import './board-appendix.css';

/** The poster's mark for what our team keeps to itself: a lock and the word, never colour alone. */
function InternalMark() {
  return (
    <span className="appendix__internal">
      <Icon name="lock" /> Internal
    </span>
  );
}

function ValueList({ title, values }: { title: string; values: readonly Value[] }) {
  return (
    <div>
      <h3>{title}</h3>
      {values.length ? (
        <ul className="appendix__list">
          {values.map((v) => (
            <li key={v.id}>
              <strong>{v.text}</strong> — {alignmentAnswer(v.side, v.alignment).toLowerCase()}
              {v.internal && <InternalMark />}
            </li>
          ))}
        </ul>
      ) : (
        <p className="appendix__none">None written down yet.</p>
      )}
    </div>
  );
}

function Values({ values }: { values: NonNullable<Appendix['values']> }) {
  const { shared, differing, open } = values.summary;
  return (
    <section className="appendix__section" aria-labelledby="appendix-values">
      <h2 id="appendix-values">Values</h2>
      <p className="appendix__summary">
        {shared} shared · {differing} {differing === 1 ? 'differs' : 'differ'} · {open} not
        discussed yet
      </p>
      <div className="appendix__columns">
        <ValueList title={VALUE_SIDE_LABELS.ours} values={values.ours} />
        <ValueList title={VALUE_SIDE_LABELS.theirs} values={values.theirs} />
      </div>
    </section>
  );
}

function Vote({ vote }: { vote: NonNullable<Appendix['vote']> }) {
  return (
    <section className="appendix__section" aria-labelledby="appendix-vote">
      <h2 id="appendix-vote">Latest vote: {vote.title}</h2>
      <ol
        className={`appendix__ranking${vote.ranked.length > 8 ? ' appendix__ranking--long' : ''}`}
      >
        {vote.ranked.map((row) => (
          <li key={row.milestoneId}>
            <span className="appendix__rank">{row.rank}.</span>
            <span className="appendix__ranked-title">
              {row.title}
              {row.internal && <InternalMark />}
            </span>
            <span className="appendix__dots">{plural(row.dots, 'dot')}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}

function Notes({ notes }: { notes: Appendix['notes'] }) {
  return (
    <section className="appendix__section" aria-labelledby="appendix-notes">
      <h2 id="appendix-notes">Notes</h2>
      <div className="appendix__notes">
        {notes.map(({ milestone: m, place }) => (
          <article key={m.id} className="appendix__note">
            <h3>{m.title}</h3>
            <p className="appendix__place">
              {place}
              {(m.internal || m.notesInternal) && <InternalMark />}
            </p>
            <p className="appendix__note-text">{m.notes.trim()}</p>
          </article>
        ))}
      </div>
    </section>
  );
}

/**
 * What the board holds beyond its cards, printed after it on a page of its own: values, the
 * latest vote's ranking and every milestone's notes (domain/board-appendix.ts chooses them).
 * Internal values and notes carry the poster's lock; the partner's copy has none to carry.
 */
export function BoardAppendix({ appendix }: { appendix: Appendix }) {
  return (
    <div className="appendix">
      {appendix.values && <Values values={appendix.values} />}
      {appendix.vote && <Vote vote={appendix.vote} />}
      {appendix.notes.length > 0 && <Notes notes={appendix.notes} />}
    </div>
  );
}
