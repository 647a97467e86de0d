import type { Board } from './schema';

/**
 * What restore gives back (restore.ts). `repaired` says the board differs from its input in
 * more than filled-in defaults: something was changed or dropped, and `warnings` says what.
 * Saving the board back would lose that, so whoever stored the input keeps it. An upgrade of
 * the format alone is not a repair.
 */
export type RestoreResult =
  { ok: true; board: Board; warnings: string[]; repaired: boolean } | RestoreFailure;

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
}

export const refuse = (reason: RestoreFailureReason, error: string): RestoreFailure => ({
  ok: false,
  reason,
  error,
});
