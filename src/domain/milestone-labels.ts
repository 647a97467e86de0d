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

/** What a milestone nobody has placed on the ladder shows instead of a type. */
export const TYPE_NOT_SET = 'Type not set';

/** What a milestone's type is called: its own name when the team wrote one, else the rung's. */
export function typeLabel(m: Pick<Milestone, 'type' | 'customType'>, short = false): string {
  if (!m.type) return TYPE_NOT_SET;
  if (m.type === 'custom' && m.customType) return m.customType;
  return (short ? TYPE_SHORT_LABELS : MILESTONE_TYPE_LABELS)[m.type];
}

/** "80 % confident", or that nobody has said how likely it is. */
export function confidenceLabel(m: Pick<Milestone, 'confidence'>): string {
  return m.confidence === undefined ? 'Confidence not set' : `${m.confidence} % confident`;
}

/** Whether the notes say anything: what the card's notes marker shows. */
export const hasNotes = (m: Pick<Milestone, 'notes'>) => m.notes.trim() !== '';

/** A calendar day as the person reads it; the UI passes its locale's format. */
export type DayFormat = (isoDay: string) => string;
const isoDay: DayFormat = (day) => day;

/**
 * What a screen reader hears for a card: the title first, then what the eye sees, e.g.
 * "Swap leads, example, Leads & referrals, owner Ana, 80 % confident, status Idea,
 * target 31 Mar 2027, tagged pipeline, has notes".
 */
export function milestoneDescription(m: Milestone, formatDay: DayFormat = isoDay): string {
  return [
    m.title,
    m.internal && 'internal, our team only',
    m.example && 'example',
    m.type ? typeLabel(m) : 'type not set',
    m.owner && `owner ${m.owner}`,
    m.confidence === undefined ? 'confidence not set' : confidenceLabel(m),
    `status ${MILESTONE_STATUS_LABELS[m.status]}`,
    m.targetDate && `target ${formatDay(m.targetDate)}`,
    m.tags.length > 0 && `tagged ${m.tags.join(', ')}`,
    hasNotes(m) && (m.notesInternal && !m.internal ? 'has internal notes' : 'has notes'),
  ]
    .filter(Boolean)
    .join(', ');
}
