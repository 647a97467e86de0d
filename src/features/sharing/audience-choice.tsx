import {
  AUDIENCES,
  AUDIENCE_HINTS,
  AUDIENCE_LABELS,
  internalCounts,
  type Audience,
} from '../../domain/audience';
import { plural } from '../../domain/plural';
import type { Board } from '../../domain/schema';
import { Icon } from '../../ui/icon';

/** What is internal on the board, in words: "1 milestone, the notes of 2 and 1 value". */
export function internalSummary(board: Pick<Board, 'milestones' | 'values'>): string {
  const { milestones, notes, values } = internalCounts(board);
  const parts = [
    milestones > 0 && plural(milestones, 'milestone'),
    notes > 0 && `the notes of ${plural(notes, 'milestone')}`,
    values > 0 && plural(values, 'value'),
  ].filter((part): part is string => Boolean(part));
  if (parts.length < 2) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/**
 * Who everything in the Share dialog is made for, asked before anything is made: the
 * partner (the default: nothing internal leaves by accident) or our team.
 */
export function AudienceChoice({
  board,
  audience,
  onChange,
}: {
  board: Board;
  audience: Audience;
  onChange: (audience: Audience) => void;
}) {
  const summary = internalSummary(board);
  return (
    <fieldset className="share__audience">
      <legend>Who is it for?</legend>
      <div className="share__audience-options">
        {AUDIENCES.map((option) => (
          <label
            key={option}
            className={`share__audience-option${option === audience ? ' is-chosen' : ''}`}
          >
            <input
              type="radio"
              name="audience"
              value={option}
              checked={option === audience}
              onChange={() => onChange(option)}
            />
            <span>
              <strong>
                {option === 'internal' && <Icon name="lock" />} {AUDIENCE_LABELS[option]}
              </strong>
              <span className="share__audience-hint">{AUDIENCE_HINTS[option]}</span>
            </span>
          </label>
        ))}
      </div>
      <p className="share__audience-note" aria-live="polite">
        {summary
          ? audience === 'partner'
            ? `Internal on this board: ${summary}. Everything below leaves them out.`
            : `Internal on this board: ${summary}. Everything below includes them, marked internal: keep it within the team.`
          : 'Nothing on this board is marked internal: both views hold the same. Mark a milestone internal in its editor.'}
      </p>
    </fieldset>
  );
}
