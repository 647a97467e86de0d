import type { MilestoneType } from '../../domain/ladder';
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
