import type { MilestoneType } from './ladder';

/**
 * The light theme's colours (src/ui/theme.css) as hex without '#', for what is drawn outside
 * the page: the PowerPoint deck and the board pictures. One copy, so they cannot drift apart.
 */
export const INK = '1B2030';
export const MUTED = '4F586B';
export const LINE = 'D5D9E0';
export const SUNKEN = 'F4F5F7';
export const ACCENT = '2B5BD7';
export const PAPER = 'FFFFFF';
/** `--danger`: what marks the internal, always with words beside it. */
export const DANGER = 'B42318';
export const DANGER_SOFT = 'FDECEA';

/** A pathway's arrows by kind (`--path-leads`, `--path-depends` in path-arrows.css, light). */
export const PATH_COLORS = { 'leads-to': '0B6E8A', 'depends-on': '8A4B00' } as const;

export const TYPE_COLORS: Record<MilestoneType | 'unset', string> = {
  unset: '6B7280',
  leads: '0B7A60',
  'co-marketing': 'B93F0B',
  integration: '2B5BD7',
  'joint-gtm': '7035D6',
  'new-product': 'B3155A',
  'strategic-investment': '8A5A00',
  'acquisition-we-acquire': '2F3A4C',
  'acquisition-they-acquire': '4D7010',
  custom: '5D6675',
};

export const typeColor = (card: { type?: MilestoneType | undefined }) =>
  TYPE_COLORS[card.type ?? 'unset'];
