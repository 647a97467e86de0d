import { z } from 'zod';
import { MILESTONE_STATUSES, MILESTONE_TYPES, PARTNERSHIP_KINDS } from './ladder';

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
  horizons: 20,
} as const;

/** The schema version of a stored board document. Bump it with a migration in migrations.ts. */
export const BOARD_SCHEMA_VERSION = 1;
export const BOARD_DOCUMENT_TYPE = 'partner-horizons/board';

/** Names an id may never take: they would collide with Object.prototype in a keyed record. */
const RESERVED_IDS = new Set(Object.getOwnPropertyNames(Object.prototype).concat('prototype'));

export const idSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be 1–64 letters, digits, "-" or "_"')
  .refine((value) => !RESERVED_IDS.has(value), 'is a reserved name');
const id = idSchema;
const isoDateTime = z.iso.datetime({ offset: true });
const isoDate = z.iso.date();

export const horizonSchema = z.object({
  id,
  title: z.string().trim().min(1).max(LIMITS.horizonTitle),
  timeframe: z.string().max(LIMITS.timeframe),
});

export const milestoneSchema = z.object({
  id,
  horizonId: id,
  /** Sort key within its horizon: lower comes first. Fractional so a move rewrites one card. */
  position: z.number().finite(),
  title: z.string().trim().min(1).max(LIMITS.title),
  type: z.enum(MILESTONE_TYPES),
  /** Shown instead of the type's label when type is "custom". */
  customType: z.string().max(LIMITS.tag).optional(),
  notes: z.string().max(LIMITS.notes),
  owner: z.string().max(LIMITS.owner),
  confidence: z.number().int().min(0).max(100),
  impact: z.number().int().min(1).max(5),
  status: z.enum(MILESTONE_STATUSES),
  tags: z.array(z.string().trim().min(1).max(LIMITS.tag)).max(LIMITS.tags),
  targetDate: isoDate.optional(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});

export const partnerSchema = z.object({
  name: z.string().max(LIMITS.partnerName),
  kinds: z.array(z.enum(PARTNERSHIP_KINDS)),
  notes: z.string().max(LIMITS.notes),
});

export const boardSchema = z.object({
  id,
  title: z.string().trim().min(1).max(LIMITS.boardTitle),
  partner: partnerSchema,
  vision: z.string().max(LIMITS.vision),
  horizons: z.array(horizonSchema).min(1).max(LIMITS.horizons),
  milestones: z.record(id, milestoneSchema),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});

/** What is stored under one board's key: the board inside a tagged, versioned envelope. */
export const boardDocumentSchema = z.object({
  type: z.literal(BOARD_DOCUMENT_TYPE),
  version: z.literal(BOARD_SCHEMA_VERSION),
  board: boardSchema,
});

export type Horizon = z.infer<typeof horizonSchema>;
export type Milestone = z.infer<typeof milestoneSchema>;
export type Partner = z.infer<typeof partnerSchema>;
export type Board = z.infer<typeof boardSchema>;
export type BoardDocument = z.infer<typeof boardDocumentSchema>;
