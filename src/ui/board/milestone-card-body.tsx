import { memo } from 'react';
import { MILESTONE_STATUS_LABELS } from '../../domain/ladder';
import { typeLabel } from '../../domain/milestone-labels';
import type { Milestone } from '../../domain/schema';
import { Icon } from '../icon';
import { TYPE_ICONS } from './milestone-type-style';
import './milestone-card.css';

/**
 * The visible card: type, status, title, confidence and owner. Plain and memoised: the
 * board's list, its drag overlay, the poster and the presentation all draw it.
 */
export const MilestoneCardBody = memo(function MilestoneCardBody({
  milestone: m,
}: {
  milestone: Milestone;
}) {
  return (
    <>
      <span className="card__top">
        <span className="card__type">
          <Icon name={TYPE_ICONS[m.type]} />
          {typeLabel(m, true)}
        </span>
        <span className={`status status--${m.status}`}>{MILESTONE_STATUS_LABELS[m.status]}</span>
      </span>
      <span className="card__title">{m.title}</span>
      <span className="card__meta">
        <span className="card__confidence" title="Confidence">
          {m.confidence}%
        </span>
        {m.owner && <span className="card__owner">{m.owner}</span>}
      </span>
    </>
  );
});
