import type { MilestoneType } from '../../domain/ladder';
import type { Milestone } from '../../domain/schema';
import type { IconName } from '../icon';

/** Each rung of the ladder has a shape and a colour; the label always goes with them. */
export const TYPE_ICONS: Record<MilestoneType, IconName> = {
  leads: 'leads',
  'co-marketing': 'coMarketing',
  integration: 'integration',
  'joint-gtm': 'jointGtm',
  'new-product': 'newProduct',
  'strategic-investment': 'investment',
  'acquisition-we-acquire': 'weAcquire',
  'acquisition-they-acquire': 'theyAcquire',
  custom: 'custom',
};

/** The shape of a type, or of no type chosen yet. */
export const typeIcon = (type: MilestoneType | undefined): IconName =>
  type ? TYPE_ICONS[type] : 'typeUnset';

/** The class that gives a card or chip its type's colour: `card--unset` without a type. */
export const typeClass = (m: Pick<Milestone, 'type'>) => `card--${m.type ?? 'unset'}`;
