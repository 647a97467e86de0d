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
  isoDate,
} from './schema';
import { PARTNERSHIP_KINDS, type PartnershipKind } from './ladder';
import { migrate, BOARD_MIGRATIONS, type Migration } from './migrations';
import { emptyBoard } from './empty-board';
import { EMPTY_DRAFT } from './milestones';
import { DEFAULT_DOTS, settleRounds } from './voting';
import {
  dateTime,
  isRecord,
  newContext,
  quote,
  requiredText,
  text,
  type Raw,
  type Rule,
} from './repair-rules';
import { readRecords, describeIssues } from './repair';
import { HORIZON, MILESTONE } from './record-kinds';
import { PARTICIPANT, ROUND, VALUE } from './workshop-kinds';
import { refuse, type RestoreResult } from './restore-result';
import { restoreMergeHistory } from './restore-history';

export type { RestoreFailure, RestoreFailureReason, RestoreResult } from './restore-result';

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
    return refuse('not-a-board', 'This is not a Partner Horizons board: it is not an object.');
  if (input.type !== BOARD_DOCUMENT_TYPE) {
    return refuse(
      'not-a-board',
      `This is not a Partner Horizons board (its type is ${JSON.stringify(input.type ?? null).slice(0, 60)}).`,
    );
  }
  const version = input.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return refuse('no-version', 'This board has no valid format version.');
  }
  if (version > currentVersion) {
    return refuse(
      'newer-version',
      `This board was made with a newer version of Partner Horizons (format ${version}; this app reads up to ${currentVersion}). Update the app to open it.`,
    );
  }
  let doc: Raw = input;
  const warnings: string[] = [];
  if (version < currentVersion) {
    const migrated = migrate(input, version, currentVersion, migrations);
    if (!migrated.ok) return refuse('migration-failed', migrated.error);
    doc = migrated.doc;
    warnings.push(`Upgraded from format version ${version}.`);
  }
  const result = restoreBoard(doc.board);
  if (!result.ok) return result;
  return { ...result, warnings: [...warnings, ...result.warnings] };
}

/** Restores the board itself (the part inside the envelope). */
export function restoreBoard(input: unknown): RestoreResult {
  if (!isRecord(input)) return refuse('no-board', 'The file holds no board.');
  const warnings: string[] = [];
  const fields = restoreBoardFields(input, warnings);
  const { createdAt } = fields;
  const { horizons, renamed } = restoreHorizons(input, createdAt, warnings);
  const milestones = restoreMilestones(input, horizons, renamed, createdAt, warnings);
  const candidate = {
    ...fields,
    ...restoreWorkshop(input, milestones, createdAt, warnings),
    horizons,
    milestones,
    ...restoreMergeHistory(input),
  };
  const parsed = boardSchema.safeParse(candidate);
  if (!parsed.success)
    return refuse('unreadable', `The board could not be read: ${describeIssues(parsed.error)}.`);
  // Every warning restoreBoard gives tells of something changed or dropped.
  return { ok: true, board: parsed.data, warnings, repaired: warnings.length > 0 };
}

/** The board's own fields: a missing one is filled in quietly from the empty board; a damaged
 * one is put right and reported. Its id is taken as it is: a board without a usable one is
 * refused. */
function restoreBoardFields(input: Raw, warnings: string[]) {
  const context = newContext(new Date().toISOString());
  const empty = emptyBoard({ now: context.createdAt });
  const fix = (rule: Rule, value: unknown, name = 'the board') => {
    const { value: fixed, warning } = rule(value, name, input, context);
    if (warning) warnings.push(warning);
    return fixed as string;
  };
  const createdAt = fix(
    dateTime('creation time', () => empty.createdAt),
    input.createdAt,
  );
  const partner = isRecord(input.partner) ? input.partner : {};
  if (input.partner != null && !isRecord(input.partner))
    warnings.push('Dropped the partner details of the board: they could not be read.');
  const agreedOn = input.agreedOn;
  const keepsAgreedOn = isoDate.safeParse(agreedOn).success;
  if (!keepsAgreedOn && agreedOn != null && agreedOn !== '')
    warnings.push(
      `Dropped the day the vision was agreed on${typeof agreedOn === 'string' ? ` (${quote(agreedOn)})` : ''}: it is not a date this app reads.`,
    );
  return {
    id: input.id,
    title:
      input.title == null
        ? empty.title
        : fix(
            requiredText('title', LIMITS.boardTitle, () => empty.title),
            input.title,
          ),
    partner: {
      name: fix(
        text('name', LIMITS.partnerName),
        partner.name ?? empty.partner.name,
        'the partner',
      ),
      kinds: restoreKinds(partner.kinds ?? empty.partner.kinds, warnings),
      notes: fix(text('notes', LIMITS.notes), partner.notes ?? empty.partner.notes, 'the partner'),
    },
    vision: fix(text('vision', LIMITS.vision), input.vision ?? empty.vision),
    whyUs: fix(text('“Why it matters to us”', LIMITS.why), input.whyUs ?? empty.whyUs),
    whyThem: fix(text('“Why it matters to them”', LIMITS.why), input.whyThem ?? empty.whyThem),
    agreedBy: fix(text('“Agreed by”', LIMITS.agreedBy), input.agreedBy ?? empty.agreedBy),
    ...(keepsAgreedOn ? { agreedOn: agreedOn as string } : {}),
    createdAt,
    updatedAt: fix(
      dateTime('time of its last change', () => createdAt),
      input.updatedAt,
    ),
  };
}

function restoreKinds(value: unknown, warnings: string[]): PartnershipKind[] {
  if (value == null) return [];
  if (!Array.isArray(value)) {
    warnings.push('Dropped the partnership kinds of the board: they could not be read.');
    return [];
  }
  const isKnown = (kind: unknown): kind is PartnershipKind =>
    (PARTNERSHIP_KINDS as readonly unknown[]).includes(kind);
  const unknown = value.filter((kind) => !isKnown(kind));
  if (unknown.length) {
    const named = unknown.filter((kind) => typeof kind === 'string').map(quote);
    warnings.push(
      `Dropped ${plural(unknown.length, 'partnership kind')} this app does not know${named.length ? `: ${named.join(', ')}` : ''}.`,
    );
  }
  return [...new Set(value.filter(isKnown))];
}

/** A list the board keeps; something else in its place is reported and read as empty. */
function listOf(input: Raw, key: string, what: string, warnings: string[]): unknown[] {
  const value = input[key];
  if (Array.isArray(value)) return value;
  if (value != null) warnings.push(`Dropped the ${what} of the board: they could not be read.`);
  return [];
}

/** The empty board's horizons are added only when the board has none that can be read. */
function restoreHorizons(input: Raw, createdAt: string, warnings: string[]) {
  const raws = listOf(input, 'horizons', 'horizons', warnings);
  const context = newContext(createdAt);
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
): Record<string, Milestone> {
  const raws = isRecord(input.milestones)
    ? Object.values(input.milestones)
    : listOf(input, 'milestones', 'milestones', warnings);
  const context = newContext(createdAt, { horizons, renamedHorizons });
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
): Pick<Board, 'values' | 'participants' | 'rounds'> {
  const values = readRecords(
    listOf(input, 'values', 'values', warnings),
    VALUE,
    newContext(createdAt),
    warnings,
    { prepare: (v) => ({ alignment: 'open', ...v }), max: LIMITS.values },
  );
  const participants = readRecords(
    listOf(input, 'participants', 'participants', warnings),
    PARTICIPANT,
    newContext(createdAt),
    warnings,
    { max: LIMITS.participants },
  );
  const people = new Set(participants.map((p) => p.id));
  const rounds = readRecords(
    listOf(input, 'rounds', 'voting rounds', warnings),
    ROUND,
    newContext(createdAt),
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
