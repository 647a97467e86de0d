/** The words of the workshop: value sides, how far a value is shared, participant colours. */

export const VALUE_SIDES = ['ours', 'theirs'] as const;
export type ValueSide = (typeof VALUE_SIDES)[number];

export const VALUE_SIDE_LABELS: Record<ValueSide, string> = {
  ours: 'Our values',
  theirs: 'Their values',
};

/** How far the other side shares a value; "open" until the team has talked about it. */
export const ALIGNMENTS = ['open', 'shared', 'partly', 'not-shared'] as const;
export type Alignment = (typeof ALIGNMENTS)[number];

export const ALIGNMENT_LABELS: Record<Alignment, string> = {
  open: 'Not discussed yet',
  shared: 'Shared',
  partly: 'Partly shared',
  'not-shared': 'Not shared',
};

/** The question the team answers for one value, asked of the other side. */
export function alignmentQuestion(side: ValueSide, text: string): string {
  return `How far do ${side === 'ours' ? 'they' : 'we'} share “${text}”?`;
}

/** An answer to that question, as the team would say it: "They partly share it". */
export function alignmentAnswer(side: ValueSide, alignment: Alignment): string {
  if (alignment === 'open') return ALIGNMENT_LABELS.open;
  const who = side === 'ours' ? 'They' : 'We';
  if (alignment === 'shared') return `${who} share it`;
  if (alignment === 'partly') return `${who} partly share it`;
  return `${who} don’t share it`;
}

/** Colours participants' dots take; each reads on white and on the card backgrounds. */
export const PARTICIPANT_COLORS = [
  'blue',
  'green',
  'orange',
  'purple',
  'red',
  'teal',
  'brown',
  'pink',
] as const;
export type ParticipantColor = (typeof PARTICIPANT_COLORS)[number];
