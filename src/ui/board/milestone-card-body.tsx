import { memo } from 'react';
import { MILESTONE_STATUS_LABELS } from '../../domain/ladder';
import {
  confidenceLabel,
  hasNotes,
  milestoneDescription,
  typeLabel,
} from '../../domain/milestone-labels';
import type { Milestone } from '../../domain/schema';
import { formatDay } from '../dates';
import { Icon } from '../icon';
import { typeIcon } from './milestone-type-style';
import './milestone-card.css';

/** What a screen reader hears for a card, its target date in the person's own format. */
export const cardLabel = (m: Milestone) => milestoneDescription(m, formatDay);

/**
 * The visible card: type, a notes marker and status (or the example mark); the title;
 * the internal mark, confidence, target date and owner; and tags when there are any. Plain and memoised: the board's
 * list, its drag overlay, the poster and the presentation all draw it. How dense it is, the
 * board's `data-density` decides in CSS alone (milestone-card.css).
 */
export const MilestoneCardBody = memo(function MilestoneCardBody({
  milestone: m,
  dateFlag,
  pathFlag,
}: {
  milestone: Milestone;
  /** Why the target date does not fit the card's horizon, when it does not (calendar.ts). */
  dateFlag?: string;
  /** Where the card's pathway contradicts time or status (path-sense.ts), when it does. */
  pathFlag?: string;
}) {
  const label = typeLabel(m, true);
  return (
    <>
      <span className="card__top">
        <span className={`card__type${m.type ? '' : ' card__type--unset'}`} title={label}>
          <Icon name={typeIcon(m.type)} />
          <span className="card__type-label">{label}</span>
        </span>
        {hasNotes(m) && (
          <span className="card__notes" role="img" aria-label="has notes" title="Has notes">
            <Icon name="notes" />
          </span>
        )}
        {/* An example's status is the template's, not the team's: the mark says so instead. */}
        {m.example ? (
          <span className="card__example">Example</span>
        ) : (
          <span className={`status status--${m.status}`}>{MILESTONE_STATUS_LABELS[m.status]}</span>
        )}
      </span>
      <span className="card__title">{m.title}</span>
      <span className="card__meta">
        {/* Warnings lead the line, so they are never the part cut off. */}
        {pathFlag && (
          <span className="card__path-off" title={pathFlag}>
            <Icon name="warning" />
            Path
          </span>
        )}
        {m.targetDate && dateFlag && (
          <span className="card__date card__date--off" title={dateFlag}>
            <Icon name="warning" />
            {formatDay(m.targetDate)}
          </span>
        )}
        {/* First on the line, so it is never the part cut off; the card grows no taller. */}
        {m.internal && (
          <span className="card__internal" title="For our team only: left out of the partner view">
            <Icon name="lock" /> Internal
          </span>
        )}
        <span
          className={`card__confidence${m.confidence === undefined ? ' card__unset' : ''}`}
          title="How likely the team thinks it is"
        >
          {confidenceLabel(m)}
        </span>
        {m.targetDate && !dateFlag && (
          <span className="card__date" title="Target date">
            {formatDay(m.targetDate)}
          </span>
        )}
        {m.owner && (
          <span className="card__owner" title={`Owner: ${m.owner}`}>
            {m.owner}
          </span>
        )}
      </span>
      {m.tags.length > 0 && (
        <span className="card__marks">
          {m.tags.map((tag) => (
            <span key={tag} className="card__tag">
              {tag}
            </span>
          ))}
        </span>
      )}
    </>
  );
});
