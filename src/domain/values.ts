import { LIMITS, type Board, type Value } from './schema';
import type { Alignment, ValueSide } from './workshop-terms';
import { newId } from './ids';
import { done, refuse, type Outcome } from './result';

/**
 * Values alignment: what each side holds, and how far the other side shares it. The
 * essays' advice is to clarify values before investing together; the summary makes a
 * misalignment visible before the team commits.
 */

const clean = (text: string) => text.trim().replace(/\s+/g, ' ').slice(0, LIMITS.value);

/** Adds a value to one side; refused when it is empty, already listed there, or one too many. */
export function addValue(
  board: Board,
  side: ValueSide,
  text: string,
  { id = newId(), now = new Date().toISOString() }: { id?: string; now?: string } = {},
): Outcome {
  const value = clean(text);
  if (!value)
    return refuse('value-needs-words', 'Write the value in a few words, e.g. “Customer first”.');
  if (board.values.length >= LIMITS.values)
    return refuse(
      'too-many-values',
      `A board holds at most ${LIMITS.values} values. Remove one before adding another.`,
    );
  const key = value.toLocaleLowerCase();
  const listed = board.values.find((v) => v.side === side && v.text.toLocaleLowerCase() === key);
  if (listed)
    return refuse(
      'value-already-listed',
      `“${listed.text}” is already one of ${side === 'ours' ? 'our' : 'their'} values.`,
    );
  return done({
    ...board,
    values: [...board.values, { id, side, text: value, alignment: 'open' }],
    updatedAt: now,
  });
}

export function updateValue(
  board: Board,
  id: string,
  patch: { text?: string; alignment?: Alignment; internal?: boolean },
  now = new Date().toISOString(),
): Board {
  const current = board.values.find((v) => v.id === id);
  if (!current) return board;
  const next: Value = {
    ...current,
    ...(patch.text !== undefined ? { text: clean(patch.text) || current.text } : {}),
    ...(patch.alignment ? { alignment: patch.alignment } : {}),
    ...(patch.internal !== undefined ? { internal: patch.internal || undefined } : {}),
  };
  if (
    next.text === current.text &&
    next.alignment === current.alignment &&
    next.internal === current.internal
  )
    return board;
  return { ...board, values: board.values.map((v) => (v.id === id ? next : v)), updatedAt: now };
}

export function removeValue(board: Board, id: string, now = new Date().toISOString()): Board {
  if (!board.values.some((v) => v.id === id)) return board;
  return { ...board, values: board.values.filter((v) => v.id !== id), updatedAt: now };
}

export interface AlignmentSummary {
  shared: number;
  /** Partly or not shared: where the two sides differ. */
  differing: number;
  open: number;
  /** The values that differ, ours first, as a team would read them out. */
  differences: Value[];
}

export function alignmentSummary(values: readonly Value[]): AlignmentSummary {
  const differences = values
    .filter((v) => v.alignment === 'partly' || v.alignment === 'not-shared')
    .sort((a, b) => (a.side === b.side ? 0 : a.side === 'ours' ? -1 : 1));
  return {
    shared: values.filter((v) => v.alignment === 'shared').length,
    differing: differences.length,
    open: values.filter((v) => v.alignment === 'open').length,
    differences,
  };
}

/**
 * Whether a milestone in the horizon at `horizonIndex` should carry the gentle hint: from
 * the second horizon ("Next") onwards, a future is a bet on the partnership, and no value
 * the two sides share has been recorded yet.
 */
export function needsSharedValue(values: readonly Value[], horizonIndex: number): boolean {
  return horizonIndex >= 1 && !values.some((v) => v.alignment === 'shared');
}
