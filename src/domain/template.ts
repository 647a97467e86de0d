import type { MilestoneDraft } from './milestones';

/**
 * The starter template: one example per rung of the ladder, spread over the default
 * horizons, so a newcomer sees leads → integration → new product → investment → acquisition.
 * The acquisition rungs are internal: a board made to share a vision with the partner should
 * not hand them "we acquire you" unless the team chooses to.
 */
export const STARTER_MILESTONES: readonly {
  horizonIndex: number;
  draft: Partial<MilestoneDraft> & Pick<MilestoneDraft, 'title'>;
  /** A target date this many months after the board is made, at the end of that month. */
  dueInMonths?: number;
}[] = [
  {
    horizonIndex: 0,
    draft: {
      title: 'Swap first qualified referrals',
      type: 'leads',
      status: 'committed',
      confidence: 80,
      impact: 2,
      owner: 'Partner manager',
      notes: 'Agree what a qualified lead is and how both sides register it.',
      tags: ['pipeline'],
    },
    dueInMonths: 3,
  },
  {
    horizonIndex: 0,
    draft: {
      title: 'Joint webinar for shared customers',
      type: 'co-marketing',
      status: 'exploring',
      confidence: 70,
      impact: 2,
      owner: 'Marketing',
    },
    dueInMonths: 2,
  },
  {
    horizonIndex: 1,
    draft: {
      title: 'Native integration in both products',
      type: 'integration',
      status: 'exploring',
      confidence: 55,
      impact: 4,
      owner: 'Product',
    },
    dueInMonths: 12,
  },
  {
    horizonIndex: 1,
    draft: {
      title: 'Enter a new region together',
      type: 'joint-gtm',
      status: 'idea',
      confidence: 40,
      impact: 4,
      owner: 'Sales',
    },
  },
  {
    horizonIndex: 2,
    draft: {
      title: 'Co-built product for a shared segment',
      type: 'new-product',
      status: 'idea',
      confidence: 30,
      impact: 5,
      owner: 'Product',
    },
  },
  {
    horizonIndex: 2,
    draft: {
      title: 'Minority investment in the partner',
      type: 'strategic-investment',
      status: 'idea',
      confidence: 20,
      impact: 5,
      owner: 'Corporate development',
    },
  },
  {
    horizonIndex: 3,
    draft: {
      title: 'We acquire the partner',
      type: 'acquisition-we-acquire',
      status: 'idea',
      confidence: 10,
      impact: 5,
      owner: 'Executive sponsor',
      // Weighed by our team, not put to the partner: internal from the start.
      internal: true,
    },
  },
  {
    horizonIndex: 3,
    draft: {
      title: 'The partner acquires us',
      type: 'acquisition-they-acquire',
      status: 'idea',
      confidence: 5,
      impact: 5,
      owner: 'Executive sponsor',
      internal: true,
    },
  },
];

/** The last day of the month `months` after `now` (an ISO time), as YYYY-MM-DD. */
export function endOfMonthAfter(now: string, months: number): string {
  const date = new Date(now);
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months + 1, 0))
    .toISOString()
    .slice(0, 10);
}
