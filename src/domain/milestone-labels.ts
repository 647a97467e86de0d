import { MILESTONE_STATUS_LABELS, MILESTONE_TYPE_LABELS, type MilestoneType } from './ladder';
import type { Milestone } from './schema';

/** Short labels for cards; the editor, exports and screen readers get the full label. */
export const TYPE_SHORT_LABELS: Record<MilestoneType, string> = {
  leads: 'Leads & referrals',
  'co-marketing': 'Co-marketing',
  integration: 'Integration',
  'joint-gtm': 'Joint go-to-market',
  'new-product': 'New product',
  'strategic-investment': 'Investment',
  'acquisition-we-acquire': 'We acquire them',
  'acquisition-they-acquire': 'They acquire us',
  custom: 'Other',
};

/** What a milestone's type is called: its own name when the team wrote one, else the rung's. */
export function typeLabel(m: Pick<Milestone, 'type' | 'customType'>, short = false): string {
  if (m.type === 'custom' && m.customType) return m.customType;
  return (short ? TYPE_SHORT_LABELS : MILESTONE_TYPE_LABELS)[m.type];
}

/** What a screen reader hears for a card: the title first, then what the eye sees. */
export function milestoneDescription(m: Milestone): string {
  return [
    m.title,
    typeLabel(m),
    m.owner && `owner ${m.owner}`,
    `confidence ${m.confidence}%`,
    `status ${MILESTONE_STATUS_LABELS[m.status]}`,
  ]
    .filter(Boolean)
    .join(', ');
}
