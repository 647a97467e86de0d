import type { MilestoneType } from '../../domain/ladder';
import type { IconName } from '../../ui/icon';

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

/** Short labels for cards; the editor and screen readers get the full label. */
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
