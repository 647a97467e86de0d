import { MILESTONE_STATUS_LABELS } from '../../domain/ladder';
import { changeWords, type Comparison } from '../../domain/compare';
import { placeName } from '../../domain/milestones';
import { textDiff, type TextPiece } from '../../domain/text-diff';
import type { ComparedField } from '../../domain/board-diff';
import type { Milestone } from '../../domain/schema';
import { formatMoment } from '../../ui/dates';

/** What a comparison shows beside the board: texts word by word, values, what went, why. */

/** The board-level texts a comparison shows word by word, and what they are called. */
const FIELD_NAMES: Partial<Record<ComparedField, string>> = {
  vision: 'Vision',
  whyUs: 'Why it matters to us',
  whyThem: 'Why it matters to them',
  agreedBy: 'Agreed by',
  title: 'Board title',
};

function Pieces({ pieces }: { pieces: readonly TextPiece[] }) {
  return (
    <>
      {pieces.map((piece, i) =>
        piece.kind === 'added' ? (
          <ins key={i}>{piece.text}</ins>
        ) : piece.kind === 'removed' ? (
          <del key={i}>{piece.text}</del>
        ) : (
          <span key={i}>{piece.text}</span>
        ),
      )}
    </>
  );
}

/** The vision and the board's other texts that changed, word by word. */
export function TextChanges({ comparison }: { comparison: Comparison }) {
  const changed = comparison.diff.fields.filter((f) => FIELD_NAMES[f.field]);
  if (!changed.length) return null;
  return (
    <dl className="compare-texts">
      {changed.map((change) => (
        <div key={change.field}>
          <dt>{FIELD_NAMES[change.field]}</dt>
          <dd>
            <Pieces pieces={textDiff(String(change.before ?? ''), String(change.after ?? ''))} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

export function ValueChanges({ comparison }: { comparison: Comparison }) {
  const changes = comparison.diff.values;
  if (!changes.length) return null;
  return (
    <>
      <h3 className="compare-details__heading">Values</h3>
      <ul className="compare-list">
        {changes.map(({ id, before, after }) => (
          <li key={id}>
            {!before ? (
              <>
                <span className="compare-mark compare-mark--new">New</span> {after!.text}
              </>
            ) : !after ? (
              <>
                <span className="compare-mark">Removed</span> <del>{before.text}</del>
              </>
            ) : (
              <>
                <Pieces pieces={textDiff(before.text, after.text)} />
                {before.alignment !== after.alignment &&
                  ` (${before.alignment} → ${after.alignment})`}
              </>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

export function Removed({ comparison }: { comparison: Comparison }) {
  const { removed } = comparison.milestones;
  if (!removed.length) return null;
  const { from, to } = comparison;
  return (
    <>
      <h3 className="compare-details__heading">No longer on the board</h3>
      <ul className="compare-list">
        {removed.map((m) => (
          <li key={m.id}>
            <del>{m.title}</del>, was in {placeName(m.horizonId, from.board, to.board)}
            {m.confidence !== undefined && `, ${m.confidence} % confident`}
          </li>
        ))}
      </ul>
    </>
  );
}

/** Why things moved: the decision log between the two moments. */
export function Reasons({ comparison }: { comparison: Comparison }) {
  const { reasons, from, to } = comparison;
  if (!reasons.length) return null;
  return (
    <>
      <h3 className="compare-details__heading">Why things moved</h3>
      <ul className="compare-list">
        {reasons.map((entry) => (
          <li key={entry.id}>
            <strong>{entry.title}</strong>:{' '}
            {entry.changes.map((c) => changeWords(c, from.board, to.board)).join(', ')}
            {entry.why ? (
              <> — “{entry.why}”</>
            ) : (
              <span className="compare-muted"> — no reason given</span>
            )}
            <span className="compare-muted">
              {' '}
              · <time dateTime={entry.at}>{formatMoment(entry.at)}</time>
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}

export function cardClass(comparison: Comparison, m: Milestone): string {
  const { added, moved } = comparison.milestones;
  if (added.some((a) => a.id === m.id)) return 'compare-card compare-card--new';
  if (moved.some((move) => move.id === m.id)) return 'compare-card compare-card--moved';
  return '';
}

/** What changed on one card: new, where it came from, confidence and status, and why. */
export function CardMarks({
  comparison,
  milestone,
}: {
  comparison: Comparison;
  milestone: Milestone;
}) {
  const { added, moved, confidence, status } = comparison.milestones;
  const { from, to } = comparison;
  const marks: string[] = [];
  if (added.some((a) => a.id === milestone.id)) marks.push('New');
  const move = moved.find((m) => m.id === milestone.id);
  if (move) marks.push(`From ${placeName(move.from, from.board, to.board)}`);
  const sure = confidence.find((c) => c.id === milestone.id);
  if (sure)
    marks.push(
      `${sure.before === undefined ? 'not set' : `${sure.before} %`} → ${sure.after === undefined ? 'not set' : `${sure.after} %`}`,
    );
  const state = status.find((s) => s.id === milestone.id);
  if (state)
    marks.push(
      `${MILESTONE_STATUS_LABELS[state.before]} → ${MILESTONE_STATUS_LABELS[state.after]}`,
    );
  const why = comparison.reasonsFor
    .get(milestone.id)
    ?.filter((e) => e.why)
    .at(-1)?.why;
  if (!marks.length && !why) return null;
  return (
    <div className="compare-marks">
      {marks.map((mark) => (
        <span key={mark} className={`compare-mark${mark === 'New' ? ' compare-mark--new' : ''}`}>
          {mark}
        </span>
      ))}
      {why && <p className="compare-why">Why: {why}</p>}
    </div>
  );
}
