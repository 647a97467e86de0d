import { z } from 'zod/mini';
import { plural } from './plural';
import {
  BOARD_DOCUMENT_TYPE,
  BOARD_SCHEMA_VERSION,
  boardSchema,
  type Board,
  type BoardDocument,
  type Horizon,
  type Milestone,
  LIMITS,
  idSchema,
} from './schema';
import { migrate, BOARD_MIGRATIONS, type Migration } from './migrations';
import { emptyBoard } from './empty-board';
import { EMPTY_DRAFT } from './milestones';
import { DEFAULT_DOTS, settleRounds } from './voting';
import { isRecord, newContext, type Raw } from './repair-rules';
import { readRecords, describeIssues, describeJson } from './repair';
import { KeptFields } from './extensions';
import { restoreBoardFields, type Shared } from './restore-board-fields';
import { HORIZON, MILESTONE } from './record-kinds';
import { restoreLinks } from './restore-links';
import { PARTICIPANT, ROUND, VALUE } from './workshop-kinds';
import { refuse, type RestoreResult } from './restore-result';
import { restoreMergeHistory } from './restore-history';
import { restoreTimeline } from './snapshot-history-schema';

export { restoreMilestoneRecord } from './restore-milestone';
export type {
  RestoreFailure,
  RestoreFailureReason,
  RestoreResult,
  RestoreSuccess,
} from './restore-result';

/**
 * The one way untrusted data becomes a board: stored records, files and links all pass here.
 * Policy: missing optional fields get defaults; a record that is present but invalid is
 * repaired field by field (record-kinds.ts) and skipped only when nothing in it can be kept;
 * every repair is reported; the board is refused only when it cannot be read at all, with a
 * reason code acts on and words the person reads (restore-result.ts).
 */
export function restoreBoardDocument(
  input: unknown,
  migrations: readonly Migration[] = BOARD_MIGRATIONS,
  currentVersion: number = BOARD_SCHEMA_VERSION,
): RestoreResult {
  if (!isRecord(input))
    return refuse(
      'not-a-board',
      NOT_A_BOARD,
      `The top level is ${describeJson(input)}, not an object with "type": "${BOARD_DOCUMENT_TYPE}".`,
    );
  if (input.type !== BOARD_DOCUMENT_TYPE) {
    return refuse(
      'not-a-board',
      NOT_A_BOARD,
      `Its "type" is ${JSON.stringify(input.type ?? null).slice(0, 60)}, not "${BOARD_DOCUMENT_TYPE}".`,
    );
  }
  const version = input.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return refuse(
      'no-version',
      'This looks like a Partner Horizons board, but it does not say which version of the app made it, so it cannot be read safely. Export it again from Partner Horizons, or ask whoever sent it.',
      `Its "version" is ${JSON.stringify(version ?? null).slice(0, 40)}; a whole number from 1 is expected.`,
    );
  }
  if (version > currentVersion) {
    return refuse(
      'newer-version',
      `This board was made with a newer version of Partner Horizons (format ${version}; this app reads up to ${currentVersion}). Update the app to open it.`,
    );
  }
  let doc: Raw = input;
  const notices: string[] = [];
  if (version < currentVersion) {
    const migrated = migrate(input, version, currentVersion, migrations);
    if (!migrated.ok)
      return refuse(
        'migration-failed',
        'This board was made with an older version of Partner Horizons and could not be brought up to date. Nothing was changed. Ask whoever sent it to export it again from a current version.',
        migrated.error,
      );
    doc = migrated.doc;
    notices.push(
      `Brought up to date from an older version of the app (format ${version}); nothing was lost.`,
    );
  }
  const result = restoreBoard(doc.board);
  if (!result.ok) return result;
  return { ...result, notices: [...notices, ...result.notices] };
}

const NOT_A_BOARD =
  'This is not a Partner Horizons board. Choose a file exported from Partner Horizons (its name ends in .partner-board.json).';

/** Restores the board itself (the part inside the envelope). */
export function restoreBoard(input: unknown): RestoreResult {
  if (!isRecord(input))
    return refuse(
      'no-board',
      'This holds no board.',
      `"board" is ${describeJson(input)}, not an object.`,
    );
  const warnings: string[] = [];
  const shared = { kept: new KeptFields(), details: [] as string[] };
  const fields = restoreBoardFields(input, warnings, shared);
  const { createdAt } = fields;
  const { horizons, renamed } = restoreHorizons(input, createdAt, warnings, shared);
  const milestones = restoreMilestones(input, horizons, renamed, createdAt, warnings, shared);
  const workshop = restoreWorkshop(input, milestones, createdAt, warnings, shared);
  const read = restoreLinks(input.links, milestones, newContext(createdAt, shared), warnings);
  // A loop of "leads to" links is kept: the board warns of it where it is (path-sense.ts).
  const links = read.length ? { links: read } : {};
  const candidate = {
    ...fields,
    ...workshop,
    horizons,
    milestones,
    ...links,
    ...restoreMergeHistory(input),
  };
  const { timeline, dropped } = restoreTimeline(input.timeline);
  for (const what of dropped) warnings.push(`Left out of the board’s history: ${what}.`);
  const parsed = boardShellSchema.safeParse(candidate);
  if (!parsed.success)
    return refuse(
      'unreadable',
      typeof input.id === 'string' && idSchema.safeParse(input.id).success
        ? 'This board is damaged beyond repair, so it cannot be opened.'
        : 'This board is damaged: it has lost its id, the name the app files it under, so it cannot be opened.',
      describeIssues(parsed.error),
    );
  const kept = shared.kept.describe();
  const { timeline: _raw, links: _links, ...shell } = parsed.data;
  // Every warning restoreBoard gives tells of something changed or dropped.
  return {
    ok: true,
    // The shell's order of fields, with the records as their own schemas read them.
    board: {
      ...shell,
      ...workshop,
      horizons,
      milestones,
      ...links,
      ...(timeline ? { timeline } : {}),
    },
    warnings,
    notices: kept ? [kept] : [],
    details: shared.details,
    repaired: warnings.length > 0,
  };
}

/**
 * The board around its records: its own fields checked in full, its lists only for their
 * length. Every record in them has just been read through its own schema (readRecords), so
 * checking each again doubled the cost of opening a board; restore.fuzz.test.ts holds what
 * comes out to the whole boardSchema.
 */
const records = (max: number, min = 0) =>
  z.array(z.unknown()).check(z.minLength(min), z.maxLength(max));
const boardShellSchema = z.extend(boardSchema, {
  values: records(LIMITS.values),
  participants: records(LIMITS.participants),
  rounds: records(LIMITS.rounds),
  horizons: records(LIMITS.horizons, 1),
  milestones: z.record(z.string(), z.unknown()),
  links: z.optional(records(LIMITS.links)),
  timeline: z.optional(z.unknown()),
});

/** A list the board keeps; something else in its place is reported and read as empty. */
function listOf(input: Raw, key: string, what: string, warnings: string[]): unknown[] {
  const value = input[key];
  if (Array.isArray(value)) return value;
  if (value != null) warnings.push(`Dropped the ${what} of the board: they could not be read.`);
  return [];
}

/** The empty board's horizons are added only when the board has none that can be read. */
function restoreHorizons(input: Raw, createdAt: string, warnings: string[], shared: Shared) {
  const raws = listOf(input, 'horizons', 'horizons', warnings);
  const context = newContext(createdAt, shared);
  const horizons: Horizon[] = readRecords(raws, HORIZON, context, warnings, {
    prepare: (raw) => ({ timeframe: '', ...raw }),
    max: LIMITS.horizons,
  });
  if (horizons.length === 0) {
    horizons.push(...emptyBoard({ now: createdAt }).horizons);
    if (raws.length) warnings.push('No horizon could be read, so the default horizons were added.');
  }
  return { horizons, renamed: context.renamed };
}

function restoreMilestones(
  input: Raw,
  horizons: readonly Horizon[],
  renamedHorizons: ReadonlyMap<string, string>,
  createdAt: string,
  warnings: string[],
  shared: Shared,
): Record<string, Milestone> {
  const raws = isRecord(input.milestones)
    ? Object.values(input.milestones)
    : listOf(input, 'milestones', 'milestones', warnings);
  const context = newContext(createdAt, { ...shared, horizons, renamedHorizons });
  const list = readRecords(raws, MILESTONE, context, warnings, {
    // What a new milestone starts with fills in what an older or foreign file left out.
    prepare: (raw, index) => ({
      ...EMPTY_DRAFT,
      position: index,
      createdAt,
      updatedAt: createdAt,
      ...raw,
    }),
  });
  const horizonIds = new Set(horizons.map((h) => h.id));
  const milestones: Record<string, Milestone> = {};
  for (const m of list) {
    if (!horizonIds.has(m.horizonId)) {
      warnings.push(
        `Moved milestone “${m.title}” to ${horizons[0]!.title}: its horizon was missing.`,
      );
      m.horizonId = horizons[0]!.id;
    }
    milestones[m.id] = m;
  }
  return milestones;
}

/**
 * Values, participants and voting rounds. Dots of someone no longer taking part are
 * dropped; only the last round may be open, and no one holds more dots than it allows.
 */
function restoreWorkshop(
  input: Raw,
  milestones: Record<string, Milestone>,
  createdAt: string,
  warnings: string[],
  shared: Shared,
): Pick<Board, 'values' | 'participants' | 'rounds'> {
  const values = readRecords(
    listOf(input, 'values', 'values', warnings),
    VALUE,
    newContext(createdAt, shared),
    warnings,
    { prepare: (v) => ({ alignment: 'open', ...v }), max: LIMITS.values },
  );
  const participants = readRecords(
    listOf(input, 'participants', 'participants', warnings),
    PARTICIPANT,
    newContext(createdAt, shared),
    warnings,
    { max: LIMITS.participants },
  );
  const people = new Set(participants.map((p) => p.id));
  const rounds = readRecords(
    listOf(input, 'rounds', 'voting rounds', warnings),
    ROUND,
    newContext(createdAt, shared),
    warnings,
    {
      prepare: (r) => ({
        dots: DEFAULT_DOTS,
        hidden: false,
        votes: [],
        startedAt: createdAt,
        ...r,
        revealed: r.revealed ?? r.hidden !== true,
      }),
      max: LIMITS.rounds,
    },
  );
  // Only the last round open, and only dots that count: the rule every way in shares.
  const settled = settleRounds(rounds, people, milestones);
  for (const { round, count } of settled.dropped)
    warnings.push(`Dropped ${plural(count, 'dot')} of “${round.title}” that could not count.`);
  for (const round of settled.closed)
    warnings.push(`Closed voting round “${round.title}”: a later round had started.`);
  return { values, participants, rounds: settled.rounds };
}

export function toBoardDocument(board: Board): BoardDocument {
  return { type: BOARD_DOCUMENT_TYPE, version: BOARD_SCHEMA_VERSION, board };
}
