import { milestoneOrder } from '../../domain/milestones';
import { alignmentSummary } from '../../domain/values';
import { shownRound } from '../../domain/voting';
import { tally } from '../../domain/tally';
import type { Board } from '../../domain/schema';
import { PosterColumns } from '../../ui/board/board-poster';
import { MilestoneCardBody } from '../../ui/board/milestone-card-body';
import { plural } from '../../domain/plural';
import { formatDay } from '../../ui/dates';
import { typeClass } from '../../ui/board/milestone-type-style';
import { changeLines, sinceLastSnapshot } from '../../domain/brief-changes';

/** How far the two sides' values meet, in one line the room can read. */
function ValuesLine({ board }: { board: Board }) {
  const summary = alignmentSummary(board.values);
  return (
    <p className="present__values">
      <strong>Values:</strong> {summary.shared} shared, {summary.differing}{' '}
      {summary.differing === 1 ? 'differs' : 'differ'}
      {summary.differences.length > 0 && ` (${summary.differences.map((v) => v.text).join(', ')})`}
    </p>
  );
}

/** The first slide: the vision, why it matters to each side, and who agreed to it. */
export function VisionSlide({ board }: { board: Board }) {
  return (
    <section className="present__vision">
      <p className="pill-label">Vision</p>
      <h1>{board.vision || 'No vision written yet.'}</h1>
      {(board.whyUs || board.whyThem) && (
        <div className="present__why">
          {board.whyUs && (
            <p>
              <strong>Why it matters to us.</strong> {board.whyUs}
            </p>
          )}
          {board.whyThem && (
            <p>
              <strong>Why it matters to them.</strong> {board.whyThem}
            </p>
          )}
        </div>
      )}
      {board.values.length > 0 && <ValuesLine board={board} />}
      <p className="present__sub">
        {board.agreedBy || board.agreedOn
          ? `Agreed${board.agreedBy ? ` by ${board.agreedBy}` : ''}${board.agreedOn ? ` on ${formatDay(board.agreedOn)}` : ''} · `
          : ''}
        {plural(board.horizons.length, 'horizon')} ·{' '}
        {plural(Object.keys(board.milestones).length, 'milestone')}
      </p>
    </section>
  );
}

/** What changed since the latest snapshot: the summary, then each move and its reason. */
export function ChangesSlide({ board }: { board: Board }) {
  const comparison = sinceLastSnapshot(board);
  if (!comparison) return null;
  const lines = changeLines(comparison);
  return (
    <section className="present__changes">
      <p className="pill-label">What changed</p>
      <h1>
        Since “{comparison.from.name}”
        <span className="present__timeframe"> {formatDay(new Date(comparison.from.at!))}</span>
      </h1>
      <p className="present__summary">{comparison.summary}.</p>
      {lines.length > 0 && (
        <ul className="present__change-list">
          {lines.map((line) => (
            <li key={`${line.title}-${line.what}`}>
              <strong>{line.title}</strong>: {line.what}
              {line.why && <span className="present__reason"> — “{line.why}”</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** One horizon's slide: its title and timeframe, and its cards with their dots. */
export function HorizonSlide({ board, index }: { board: Board; index: number }) {
  const horizon = board.horizons[index]!;
  const ids = milestoneOrder(board).get(horizon.id) ?? [];
  // The dots of the latest vote the room has seen, beside each card.
  const round = shownRound(board);
  const votes = round && tally(board, round);
  return (
    <section className="present__horizon">
      <h1>
        {horizon.title}
        {horizon.timeframe && <span className="present__timeframe"> {horizon.timeframe}</span>}
      </h1>
      <div className="present__cards">
        {ids.map((id) => {
          const milestone = board.milestones[id]!;
          const dots = votes?.get(id)?.total;
          return (
            <div key={id} className={`card ${typeClass(milestone)} present__card`}>
              <MilestoneCardBody milestone={milestone} />
              {dots && <span className="present__dots">{plural(dots, 'dot')}</span>}
            </div>
          );
        })}
        {ids.length === 0 && <p className="present__sub">Nothing here yet.</p>}
      </div>
    </section>
  );
}

/** The last slide: every horizon with every card, scaled to the screen (see FitSlide). */
export function BoardSlide({ board }: { board: Board }) {
  return (
    <section className="poster present__board">
      <h1 className="visually-hidden">The whole board</h1>
      <PosterColumns board={board} />
    </section>
  );
}
