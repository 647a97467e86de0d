/** The two ways one milestone can lead to another on a pathway (pathways.ts). */
export const LINK_KINDS = ['leads-to', 'depends-on'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

/** How a link reads from the milestone it starts at: "Leads swap leads to Integration". */
export const LINK_KIND_LABELS: Record<LinkKind, string> = {
  'leads-to': 'leads to',
  'depends-on': 'depends on',
};

/** How the same link reads from the milestone it ends at: "Integration follows from Leads swap". */
export const LINK_KIND_INVERSE: Record<LinkKind, string> = {
  'leads-to': 'follows from',
  'depends-on': 'is needed by',
};
