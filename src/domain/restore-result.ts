import type { Board } from './schema';

/**
 * What restore gives back (restore.ts). `repaired` says the board differs from its input in
 * more than filled-in defaults: something was changed or dropped, and `warnings` says what.
 * Saving the board back would lose that, so whoever stored the input keeps it. An upgrade of
 * the format alone, or fields kept for other tools, is not a repair: they are `notices`.
 */
export type RestoreResult = RestoreSuccess | RestoreFailure;

export interface RestoreSuccess {
  ok: true;
  board: Board;
  /** What was changed or dropped to make the board whole: each a sentence for the person. */
  warnings: string[];
  /** What the person may like to know though nothing was lost: an upgrade from an older
   * format, fields kept for other tools. */
  notices: string[];
  /** Technical detail behind the warnings, for a "Details" fold. */
  details: string[];
  repaired: boolean;
}

/**
 * Why restore refused, for code to act on; `error` says the same in words for the person and
 * may be reworded at any time, so no caller reads it.
 * - not-a-board: not an object, or one with another type tag
 * - no-version: a board document without a usable format version
 * - newer-version: written by a newer app: stop, never write over it
 * - migration-failed: an older format that could not be upgraded
 * - no-board: the envelope is right but holds no board
 * - unreadable: a board that even field-by-field repair cannot make valid (no usable id)
 */
export type RestoreFailureReason =
  'not-a-board' | 'no-version' | 'newer-version' | 'migration-failed' | 'no-board' | 'unreadable';

export interface RestoreFailure {
  ok: false;
  reason: RestoreFailureReason;
  error: string;
  /** What a developer would want to know: never needed to understand `error`. */
  details?: string;
}

export const refuse = (
  reason: RestoreFailureReason,
  error: string,
  details?: string,
): RestoreFailure => ({ ok: false, reason, error, ...(details ? { details } : {}) });
