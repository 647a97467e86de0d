/**
 * The ladder: the kinds of future a partnership can grow into, from near to far.
 * Order matters: it is the order the ladder view and the starter template use.
 */
export const MILESTONE_TYPES = [
  'leads',
  'co-marketing',
  'integration',
  'joint-gtm',
  'new-product',
  'strategic-investment',
  'acquisition-we-acquire',
  'acquisition-they-acquire',
  'custom',
] as const;

export type MilestoneType = (typeof MILESTONE_TYPES)[number];

export const MILESTONE_TYPE_LABELS: Record<MilestoneType, string> = {
  leads: 'Leads & referrals',
  'co-marketing': 'Co-marketing',
  integration: 'Integration',
  'joint-gtm': 'Joint go-to-market / new market',
  'new-product': 'New product',
  'strategic-investment': 'Strategic investment',
  'acquisition-we-acquire': 'Acquisition — we acquire them',
  'acquisition-they-acquire': 'Acquisition — they acquire us',
  custom: 'Other / custom',
};

export const MILESTONE_STATUSES = [
  'idea',
  'exploring',
  'committed',
  'achieved',
  'dropped',
] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

export const MILESTONE_STATUS_LABELS: Record<MilestoneStatus, string> = {
  idea: 'Idea',
  exploring: 'Exploring',
  committed: 'Committed',
  achieved: 'Achieved',
  dropped: 'Parked',
};

export const PARTNERSHIP_KINDS = [
  'referral',
  'reseller',
  'affiliate',
  'integration',
  'strategic',
  'other',
] as const;
export type PartnershipKind = (typeof PARTNERSHIP_KINDS)[number];

export const PARTNERSHIP_KIND_LABELS: Record<PartnershipKind, string> = {
  referral: 'Referral',
  reseller: 'Reseller',
  affiliate: 'Affiliate',
  integration: 'Integration / ISV',
  strategic: 'Strategic',
  other: 'Other',
};

/**
 * The kinds of a partnership as the team reads them: in the order of the list above, however
 * they were ticked, each once.
 */
export function partnershipKindLabels(kinds: readonly PartnershipKind[]): string[] {
  return PARTNERSHIP_KINDS.filter((kind) => kinds.includes(kind)).map(
    (kind) => PARTNERSHIP_KIND_LABELS[kind],
  );
}
