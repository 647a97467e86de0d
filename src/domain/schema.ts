import { z } from 'zod/mini';
import { MILESTONE_STATUSES, MILESTONE_TYPES, PARTNERSHIP_KINDS } from './ladder';
import { ALIGNMENTS, PARTICIPANT_COLORS, VALUE_SIDES } from './workshop-terms';
import { LINK_KINDS } from './link-terms';
import {
  LIMITS,
  editedAt,
  extensions,
  idSchema,
  intIn,
  isoDate,
  isoDateTime,
  oneOf,
  text,
  upTo,
} from './schema-parts';

export { LIMITS, idSchema, isoDate, isoDateTime } from './schema-parts';

/** The schema version of a stored board document. Bump it with a migration in migrations.ts. */
export const BOARD_SCHEMA_VERSION = 6;
export const BOARD_DOCUMENT_TYPE = 'partner-horizons/board';

const id = idSchema;

/**
 * Where a horizon sits on the calendar (horizon-span.ts): months after the board's anchor
 * date (`to` null for no end; `orMore` when the end is a guide, "3–5+ years"), or two days.
 */
export const horizonSpanSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('relative'),
    from: intIn(0, 1200),
    to: z.nullable(intIn(1, 1200)),
    orMore: z.boolean(),
  }),
  z.object({ kind: z.literal('absolute'), from: isoDate, to: isoDate }),
]);

export const horizonSchema = z.object({
  id,
  title: text(1, LIMITS.horizonTitle),
  /** As people read it ("6–18 months"); written from `span` when the horizon has one. */
  timeframe: upTo(LIMITS.timeframe),
  /** Its place on the calendar, when its timeframe says one; left out for text like "soon". */
  span: z.optional(horizonSpanSchema),
  updatedAt: editedAt,
  extensions,
});

export const milestoneSchema = z.object({
  id,
  horizonId: id,
  /** Sort key within its horizon: lower comes first. Fractional so a move rewrites one card. */
  position: z.number(),
  title: text(1, LIMITS.title),
  /** The rung of the ladder; left out while nobody has placed the milestone on it. */
  type: z.optional(oneOf(MILESTONE_TYPES)),
  /** Shown instead of the type's label when type is "custom". */
  customType: z.optional(upTo(LIMITS.tag)),
  notes: upTo(LIMITS.notes),
  owner: upTo(LIMITS.owner),
  /** How likely, in per cent; left out while nobody has said. */
  confidence: z.optional(intIn(0, 100)),
  impact: intIn(1, 5),
  status: oneOf(MILESTONE_STATUSES),
  tags: z.array(text(1, LIMITS.tag)).check(z.maxLength(LIMITS.tags)),
  targetDate: z.optional(isoDate),
  /** One of the starter template's examples, until someone makes it their own or clears them. */
  example: z.optional(z.boolean()),
  /** For our team only: left out of everything made for the partner (audience.ts). */
  internal: z.optional(z.boolean()),
  /** The notes alone are for our team only: the milestone goes to the partner without them. */
  notesInternal: z.optional(z.boolean()),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  extensions,
});

export const partnerSchema = z.object({
  name: upTo(LIMITS.partnerName),
  kinds: z.array(oneOf(PARTNERSHIP_KINDS)),
  notes: upTo(LIMITS.notes),
  extensions,
});

/** A value one side holds, and how far the other side shares it. */
export const valueSchema = z.object({
  id,
  side: oneOf(VALUE_SIDES),
  text: text(1, LIMITS.value),
  alignment: oneOf(ALIGNMENTS),
  /** For our team only: left out of everything made for the partner (audience.ts). */
  internal: z.optional(z.boolean()),
  updatedAt: editedAt,
  extensions,
});

/** Someone taking part in the workshop. */
export const participantSchema = z.object({
  id,
  name: text(1, LIMITS.participantName),
  initials: text(1, 3),
  color: oneOf(PARTICIPANT_COLORS),
  updatedAt: editedAt,
  extensions,
});

/** One dot: a participant's vote for a milestone. A participant may put several on one card. */
export const voteSchema = z.object({ participantId: id, milestoneId: id });

/** A voting round. The open round is the last one without `closedAt`. */
export const roundSchema = z.object({
  id,
  title: text(1, LIMITS.roundTitle),
  /** Dots each participant may place. */
  dots: intIn(1, LIMITS.dots),
  /** Whether dots stay hidden until the facilitator reveals them. */
  hidden: z.boolean(),
  revealed: z.boolean(),
  votes: z.array(voteSchema).check(z.maxLength(LIMITS.participants * LIMITS.dots)),
  /** The ranking as it stood when the round closed: titles kept, so history outlives cards. */
  results: z.optional(
    z.array(z.object({ milestoneId: id, title: text(1, LIMITS.title), dots: intIn(1, 10000) })),
  ),
  startedAt: isoDateTime,
  closedAt: z.optional(isoDateTime),
  updatedAt: editedAt,
  extensions,
});

/**
 * One step of a pathway (pathways.ts): `from` leads to `to` (it earns the trust or the case
 * for it), or `from` depends on `to` (it needs `to` to land first).
 */
export const linkSchema = z.object({
  id,
  from: id,
  to: id,
  kind: oneOf(LINK_KINDS),
  /** A few words on the step: "usage makes the case". */
  label: z.optional(upTo(LIMITS.linkLabel)),
  updatedAt: editedAt,
  extensions,
});

/** The board-level fields whose edit times a board keeps, so a merge can take each from
 * the side that edited it last. */
export const EDITED_FIELDS = [
  'title',
  'partner',
  'vision',
  'whyUs',
  'whyThem',
  'agreedBy',
  'agreedOn',
  'anchor',
  'extensions',
] as const;
export type EditedField = (typeof EDITED_FIELDS)[number];

export const editedSchema = z.object(
  Object.fromEntries(EDITED_FIELDS.map((field) => [field, editedAt])) as Record<
    EditedField,
    typeof editedAt
  >,
);

/** The board without its timeline: what a snapshot keeps of it, and what a live session shares. */
export const boardCoreSchema = z.object({
  id,
  title: text(1, LIMITS.boardTitle),
  partner: partnerSchema,
  /** The end in mind: where this partnership could be. */
  vision: upTo(LIMITS.vision),
  whyUs: upTo(LIMITS.why),
  whyThem: upTo(LIMITS.why),
  /** Who agreed to the vision, and on which day. */
  agreedBy: upTo(LIMITS.agreedBy),
  agreedOn: z.optional(isoDate),
  values: z.array(valueSchema).check(z.maxLength(LIMITS.values)),
  participants: z.array(participantSchema).check(z.maxLength(LIMITS.participants)),
  rounds: z.array(roundSchema).check(z.maxLength(LIMITS.rounds)),
  horizons: z.array(horizonSchema).check(z.minLength(1), z.maxLength(LIMITS.horizons)),
  milestones: z.record(id, milestoneSchema),
  /** How the milestones lead to one another; left out while none do. */
  links: z.optional(z.array(linkSchema).check(z.maxLength(LIMITS.links))),
  /** When each board-level field was last edited. */
  edited: z.optional(editedSchema),
  /** Ids of milestones, links, horizons, values, participants, voting rounds and snapshots deleted
   * from this board, with when: so a merge with an older copy does not bring them back. */
  deleted: z.optional(z.record(id, isoDateTime)),
  /** The day relative horizons count from ("0–6 months" after it); the day the board was
   * made when left out. Moved forward when the horizons roll on. */
  anchor: z.optional(isoDate),
  /** An alternative future of another board ("They acquire us"), forked from it to weigh
   * side by side: which board (`of`), and what the team calls it. */
  scenario: z.optional(z.object({ of: id, name: text(1, LIMITS.snapshotName) })),
  /** When the file this board was imported from was exported: the point where this copy
   * and the original went their own ways, which tells a merge who changed what. */
  basedOn: z.optional(isoDateTime),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  extensions,
});

/** A key of the timeline's records: a milestone id, "~", and the version's number. */
export const versionKeySchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}~[1-9]\d{0,5}$/));

/** A named, dated moment of the board (snapshots.ts): its milestones are in the timeline's records. */
export const snapshotSchema = z.object({
  id,
  /** What the team calls the moment: "Q4 2026 workshop". */
  name: text(1, LIMITS.snapshotName),
  takenAt: isoDateTime,
  board: z.omit(boardCoreSchema, { milestones: true, deleted: true }),
  /** Milestone id → the key of its version in the timeline's records. */
  milestones: z.record(id, versionKeySchema),
});

/** Where a milestone was: a horizon's id, or a side area's (`side:parked`, `side:achieved`). */
const place = z.string().check(z.minLength(1), z.maxLength(80));
const confidence = z.optional(intIn(0, 100));

/** One change the decision log keeps (decision-log.ts). */
export const loggedChangeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('place'), from: place, to: place }),
  z.object({
    kind: z.literal('status'),
    from: oneOf(MILESTONE_STATUSES),
    to: oneOf(MILESTONE_STATUSES),
  }),
  z.object({ kind: z.literal('confidence'), from: confidence, to: confidence }),
]);

/** Why a future moved: one entry of the decision log (decision-log.ts). */
export const logEntrySchema = z.object({
  id,
  milestoneId: id,
  /** The milestone's title when it was logged, so the log outlives the card. */
  title: text(1, LIMITS.title),
  /** When the change was made. */
  at: isoDateTime,
  changes: z.array(loggedChangeSchema).check(z.minLength(1), z.maxLength(3)),
  /** One line of why; empty when nobody said. */
  why: upTo(LIMITS.reason),
  /** When the why was last written: two copies that both wrote one keep the later. */
  whyAt: z.optional(isoDateTime),
  /** The snapshot the change was made after, when there is one. */
  snapshotId: z.optional(id),
});

/**
 * What a board remembers of its past: snapshots, each milestone version they hold once, and
 * the decision log. Stored apart from the board in the browser (record-format.ts), carried
 * inside it in a file.
 */
export const timelineSchema = z.object({
  /** Every version of a milestone any snapshot holds, by key (`<milestone id>~<n>`). */
  records: z.record(versionKeySchema, milestoneSchema),
  /** Oldest first. */
  snapshots: z.array(snapshotSchema).check(z.maxLength(LIMITS.snapshots)),
  /** Oldest first. */
  log: z.array(logEntrySchema).check(z.maxLength(LIMITS.logEntries)),
});

export const boardSchema = z.extend(boardCoreSchema, {
  /** Snapshots and the decision log; left out while the board has none. */
  timeline: z.optional(timelineSchema),
});

/** What is stored under one board's key: the board inside a tagged, versioned envelope. */
export const boardDocumentSchema = z.object({
  type: z.literal(BOARD_DOCUMENT_TYPE),
  version: z.literal(BOARD_SCHEMA_VERSION),
  board: boardSchema,
});

/** The board file (export and import): the document plus who wrote it and when. */
export const boardFileSchema = z.extend(boardDocumentSchema, {
  app: z.optional(z.string().check(z.maxLength(100))),
  exportedAt: z.optional(isoDateTime),
});

export type Horizon = z.infer<typeof horizonSchema>;
export type HorizonSpan = z.infer<typeof horizonSpanSchema>;
export type Milestone = z.infer<typeof milestoneSchema>;
export type Link = z.infer<typeof linkSchema>;
export type Partner = z.infer<typeof partnerSchema>;
export type Value = z.infer<typeof valueSchema>;
export type Participant = z.infer<typeof participantSchema>;
export type Vote = z.infer<typeof voteSchema>;
export type Round = z.infer<typeof roundSchema>;
export type Edited = z.infer<typeof editedSchema>;
export type Board = z.infer<typeof boardSchema>;
export type Snapshot = z.infer<typeof snapshotSchema>;
export type LoggedChange = z.infer<typeof loggedChangeSchema>;
export type LogEntry = z.infer<typeof logEntrySchema>;
export type Timeline = z.infer<typeof timelineSchema>;
export type BoardDocument = z.infer<typeof boardDocumentSchema>;
