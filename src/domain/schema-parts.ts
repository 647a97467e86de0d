import { z } from 'zod/mini';
import { extensionProblem } from './extensions';

/**
 * The pieces every record's schema is made of (schema.ts): limits, ids, dates, bounded text
 * and numbers, each with the words a person reads when one is wrong.
 */

/** Limits keep a single field from swallowing a board; the UI shows them as it validates. */
export const LIMITS = {
  title: 200,
  boardTitle: 120,
  partnerName: 120,
  notes: 5000,
  owner: 80,
  tag: 40,
  tags: 20,
  horizonTitle: 60,
  timeframe: 60,
  vision: 2000,
  why: 1000,
  agreedBy: 200,
  horizons: 20,
  value: 80,
  values: 40,
  participantName: 60,
  participants: 20,
  dots: 20,
  roundTitle: 80,
  rounds: 50,
  snapshotName: 80,
  snapshots: 200,
  reason: 300,
  logEntries: 5000,
  links: 2000,
  linkLabel: 60,
} as const;

/** Names an id may never take: they would collide with Object.prototype in a keyed record. */
const RESERVED_IDS = new Set(Object.getOwnPropertyNames(Object.prototype).concat('prototype'));

export const idSchema = z.string().check(
  z.regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be 1–64 letters, digits, "-" or "_"'),
  z.refine((value) => !RESERVED_IDS.has(value), 'is a reserved name'),
);
export const isoDateTime = z.iso.datetime({ offset: true, error: 'must be an ISO date and time' });
export const isoDate = z.iso.date('must be a date like 2027-03-31');
/** Text that is trimmed, then must hold between `min` and `max` characters. */
export const text = (min: number, max: number) =>
  z
    .string()
    .check(
      z.trim(),
      z.minLength(min, 'must not be empty'),
      z.maxLength(max, `must be at most ${max} characters`),
    );
export const upTo = (max: number) =>
  z.string().check(z.maxLength(max, `must be at most ${max} characters`));
export const intIn = (min: number, max: number) =>
  z
    .int('must be a whole number')
    .check(z.minimum(min, `must be at least ${min}`), z.maximum(max, `must be at most ${max}`));
export const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, `must be one of ${values.join(', ')}`);

/** Other tools' data, kept and written back, never read by the app (extensions.ts). */
export const extensions = z.optional(
  z
    .record(z.string(), z.unknown())
    .check(
      z.refine(
        (value) => extensionProblem(value) === undefined,
        'must be plain data within limits',
      ),
    ),
);

/** When an item was last edited: what a merge of two copies compares. Optional: an older
 * reader may leave it out, and a merge then falls back to the board's `updatedAt`. */
export const editedAt = z.optional(isoDateTime);
