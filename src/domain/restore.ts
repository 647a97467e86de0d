import {
  BOARD_DOCUMENT_TYPE,
  BOARD_SCHEMA_VERSION,
  boardSchema,
  horizonSchema,
  milestoneSchema,
  participantSchema,
  roundSchema,
  valueSchema,
  type Board,
  type BoardDocument,
  type Horizon,
  type Milestone,
  type Participant,
  type Round,
  type Value,
  LIMITS,
  isoDate,
  isoDateTime,
  idSchema,
} from './schema';
import { MILESTONE_TYPES, PARTNERSHIP_KINDS } from './ladder';
import { migrate, BOARD_MIGRATIONS, type Migration } from './migrations';
import { defaultHorizons } from './horizons';
import { EMPTY_DRAFT } from './milestones';

/**
 * The one way untrusted data becomes a board: stored records, files and links all pass here.
 * Policy: missing optional fields get defaults; a milestone or horizon that is present but
 * invalid is skipped and reported; the board is refused only when it cannot be read at all.
 */
export type RestoreResult =
  { ok: true; board: Board; warnings: string[] } | { ok: false; error: string };

type Raw = Record<string, unknown>;

const isRecord = (value: unknown): value is Raw =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const str = (value: unknown, fallback = ''): string =>
  typeof value === 'string' ? value : fallback;

interface Issue {
  path: PropertyKey[];
  message: string;
  code?: string;
  expected?: string;
}

/** "confidence must be at most 100; title is missing": what a person can act on. */
function describeIssues(error: { issues: readonly Issue[] }): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => {
      const message =
        issue.code === 'invalid_type' && issue.expected
          ? `should be ${/^[aeiou]/.test(issue.expected) ? 'an' : 'a'} ${issue.expected}`
          : issue.message;
      return issue.path.length ? `${issue.path.map(String).join('.')} ${message}` : message;
    })
    .join('; ');
}

function label(raw: Raw, fallback: string): string {
  const title = str(raw.title).trim();
  return title ? `“${title.slice(0, 60)}”` : fallback;
}

export function restoreBoardDocument(
  input: unknown,
  migrations: readonly Migration[] = BOARD_MIGRATIONS,
  currentVersion: number = BOARD_SCHEMA_VERSION,
): RestoreResult {
  if (!isRecord(input))
    return { ok: false, error: 'This is not a Partner Horizons board: it is not an object.' };
  if (input.type !== BOARD_DOCUMENT_TYPE) {
    return {
      ok: false,
      error: `This is not a Partner Horizons board (its type is ${JSON.stringify(input.type ?? null).slice(0, 60)}).`,
    };
  }
  const version = input.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, error: 'This board has no valid format version.' };
  }
  if (version > currentVersion) {
    return {
      ok: false,
      error: `This board was made with a newer version of Partner Horizons (format ${version}; this app reads up to ${currentVersion}). Update the app to open it.`,
    };
  }
  let doc: Raw = input;
  const warnings: string[] = [];
  if (version < currentVersion) {
    const migrated = migrate(input, version, currentVersion, migrations);
    if (!migrated.ok) return { ok: false, error: migrated.error };
    doc = migrated.doc;
    warnings.push(`Upgraded from format version ${version}.`);
  }
  const result = restoreBoard(doc.board);
  if (!result.ok) return result;
  return { ok: true, board: result.board, warnings: [...warnings, ...result.warnings] };
}

/** Restores the board itself (the part inside the envelope). */
export function restoreBoard(input: unknown): RestoreResult {
  if (!isRecord(input)) return { ok: false, error: 'The file holds no board.' };
  const warnings: string[] = [];
  const now = new Date().toISOString();
  const createdAt = isoDateTime.safeParse(input.createdAt).success
    ? (input.createdAt as string)
    : now;

  const horizons: Horizon[] = [];
  const rawHorizons = Array.isArray(input.horizons) ? input.horizons : [];
  rawHorizons.forEach((raw, i) => {
    const candidate = isRecord(raw) ? { timeframe: '', ...raw } : raw;
    const parsed = horizonSchema.safeParse(candidate);
    if (!parsed.success) {
      warnings.push(
        `Skipped horizon ${isRecord(raw) ? label(raw, `#${i + 1}`) : `#${i + 1}`}: ${describeIssues(parsed.error)}.`,
      );
    } else if (horizons.some((h) => h.id === parsed.data.id)) {
      warnings.push(`Skipped horizon “${parsed.data.title}”: its id appears twice.`);
    } else {
      horizons.push(parsed.data);
    }
  });
  if (horizons.length === 0) {
    horizons.push(...defaultHorizons());
    if (rawHorizons.length)
      warnings.push('No horizon could be read, so the default horizons were added.');
  }

  const milestones: Record<string, Milestone> = {};
  const rawMilestones = isRecord(input.milestones)
    ? Object.values(input.milestones)
    : Array.isArray(input.milestones)
      ? input.milestones
      : [];
  rawMilestones.forEach((raw, i) => {
    if (!isRecord(raw)) {
      warnings.push(`Skipped milestone #${i + 1}: it is not an object.`);
      return;
    }
    const knownType = (MILESTONE_TYPES as readonly unknown[]).includes(raw.type);
    const candidate = {
      // What a new milestone starts with fills in what an older or foreign file left out.
      ...EMPTY_DRAFT,
      position: i,
      createdAt,
      updatedAt: createdAt,
      ...raw,
      // An unknown type is kept as a custom one rather than lost.
      type: knownType ? raw.type : 'custom',
      ...(raw.type !== undefined && !knownType && typeof raw.type === 'string'
        ? { customType: raw.type.slice(0, LIMITS.tag) }
        : {}),
    };
    const parsed = milestoneSchema.safeParse(candidate);
    if (!parsed.success) {
      warnings.push(
        `Skipped milestone ${label(raw, `#${i + 1}`)}: ${describeIssues(parsed.error)}.`,
      );
      return;
    }
    const m = parsed.data;
    if (Object.hasOwn(milestones, m.id)) {
      warnings.push(`Skipped milestone “${m.title}”: its id appears twice.`);
      return;
    }
    if (!horizons.some((h) => h.id === m.horizonId)) {
      warnings.push(
        `Moved milestone “${m.title}” to ${horizons[0]!.title}: its horizon was missing.`,
      );
      m.horizonId = horizons[0]!.id;
    }
    milestones[m.id] = m;
  });

  const rawPartner = isRecord(input.partner) ? input.partner : {};
  const candidate = {
    id: input.id,
    title: str(input.title).trim().slice(0, LIMITS.boardTitle) || 'Untitled board',
    partner: {
      name: str(rawPartner.name).slice(0, LIMITS.partnerName),
      kinds: Array.isArray(rawPartner.kinds)
        ? [...new Set(rawPartner.kinds)].filter((k) =>
            (PARTNERSHIP_KINDS as readonly unknown[]).includes(k),
          )
        : [],
      notes: str(rawPartner.notes).slice(0, LIMITS.notes),
    },
    vision: str(input.vision).slice(0, LIMITS.vision),
    whyUs: str(input.whyUs).slice(0, LIMITS.why),
    whyThem: str(input.whyThem).slice(0, LIMITS.why),
    agreedBy: str(input.agreedBy).slice(0, LIMITS.agreedBy),
    ...(isoDate.safeParse(input.agreedOn).success ? { agreedOn: input.agreedOn } : {}),
    ...restoreWorkshop(input, milestones, warnings),
    horizons,
    milestones,
    ...restoreMergeHistory(input),
    createdAt,
    updatedAt: isoDateTime.safeParse(input.updatedAt).success ? input.updatedAt : createdAt,
  };
  const parsed = boardSchema.safeParse(candidate);
  if (!parsed.success)
    return { ok: false, error: `The board could not be read: ${describeIssues(parsed.error)}.` };
  return { ok: true, board: parsed.data, warnings };
}

/** Parses each item of a list on its own: the valid ones are kept, the others reported. */
function eachValid<T>(
  raw: unknown,
  schema: {
    safeParse(
      value: unknown,
    ): { success: true; data: T } | { success: false; error: { issues: readonly Issue[] } };
  },
  what: string,
  max: number,
  warnings: string[],
  prepare: (item: Raw) => Raw = (item) => item,
): T[] {
  if (!Array.isArray(raw)) return [];
  const kept: T[] = [];
  const ids = new Set<unknown>();
  raw.forEach((item, i) => {
    const parsed = schema.safeParse(isRecord(item) ? prepare(item) : item);
    if (!parsed.success) {
      warnings.push(`Skipped ${what} #${i + 1}: ${describeIssues(parsed.error)}.`);
    } else if (ids.has((parsed.data as { id?: unknown }).id)) {
      warnings.push(`Skipped ${what} #${i + 1}: its id appears twice.`);
    } else if (kept.length >= max) {
      warnings.push(`Skipped ${what} #${i + 1}: a board holds at most ${max}.`);
    } else {
      ids.add((parsed.data as { id?: unknown }).id);
      kept.push(parsed.data);
    }
  });
  return kept;
}

/**
 * Values, participants and voting rounds. Dots of someone no longer taking part are
 * dropped; only the last round may be open, and no one holds more dots than it allows.
 */
function restoreWorkshop(
  input: Raw,
  milestones: Record<string, Milestone>,
  warnings: string[],
): Pick<Board, 'values' | 'participants' | 'rounds'> {
  const values = eachValid<Value>(
    input.values,
    valueSchema,
    'value',
    LIMITS.values,
    warnings,
    (v) => ({
      alignment: 'open',
      ...v,
    }),
  );
  const participants = eachValid<Participant>(
    input.participants,
    participantSchema,
    'participant',
    LIMITS.participants,
    warnings,
  );
  const people = new Set(participants.map((p) => p.id));
  const rounds = eachValid<Round>(
    input.rounds,
    roundSchema,
    'voting round',
    LIMITS.rounds,
    warnings,
  ).map((round, i, all) => {
    const open = !round.closedAt;
    const last = i === all.length - 1;
    const placed = new Map<string, number>();
    const votes = round.votes.filter((v) => {
      if (!people.has(v.participantId)) return false;
      // A closed round's results keep its history; an open one votes on cards still here.
      if (open && !Object.hasOwn(milestones, v.milestoneId)) return false;
      const count = (placed.get(v.participantId) ?? 0) + 1;
      placed.set(v.participantId, count);
      return count <= round.dots;
    });
    if (votes.length < round.votes.length)
      warnings.push(
        `Dropped ${round.votes.length - votes.length} dots of “${round.title}” that could not count.`,
      );
    const next: Round = { ...round, votes };
    if (open && !last) {
      next.closedAt = round.startedAt;
      warnings.push(`Closed voting round “${round.title}”: a later round had started.`);
    }
    return next;
  });
  return { values, participants, rounds };
}

/** Tombstones and the copy's origin: kept when valid, quietly dropped when not. */
function restoreMergeHistory(input: Raw): Partial<Pick<Board, 'deleted' | 'basedOn'>> {
  const history: Partial<Pick<Board, 'deleted' | 'basedOn'>> = {};
  if (isRecord(input.deleted)) {
    const deleted: Record<string, string> = {};
    for (const [key, at] of Object.entries(input.deleted)) {
      if (idSchema.safeParse(key).success && isoDateTime.safeParse(at).success)
        deleted[key] = at as string;
    }
    if (Object.keys(deleted).length) history.deleted = deleted;
  }
  if (isoDateTime.safeParse(input.basedOn).success) history.basedOn = input.basedOn as string;
  return history;
}

export function toBoardDocument(board: Board): BoardDocument {
  return { type: BOARD_DOCUMENT_TYPE, version: BOARD_SCHEMA_VERSION, board };
}
