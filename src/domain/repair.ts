import { asText, freshId, isRecord, type Raw, type RepairContext, type Rule } from './repair-rules';
import { liftExtensions } from './extensions';

/** The fields a schema knows, found once per schema. */
const KNOWN = new WeakMap<object, ReadonlySet<string>>();
export function knownFields(schema: { shape: Record<string, unknown> }): ReadonlySet<string> {
  let known = KNOWN.get(schema);
  if (!known) KNOWN.set(schema, (known = new Set(Object.keys(schema.shape))));
  return known;
}

/** What a JSON value is, for a technical detail: "a number", "a list", "nothing". */
export function describeJson(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

/**
 * Field-by-field repair of a record that failed its schema: the engine restore runs before
 * it gives up on a milestone, horizon, value, participant or voting round. Only the fields
 * the schema complained about are touched, each by the rule its kind declares; whatever the
 * rules make of it is parsed again, so a repaired record always passes the schema.
 */

export interface Issue {
  path: PropertyKey[];
  message: string;
  code?: string;
  expected?: string;
}

/** "confidence must be at most 100; title is missing": what a person can act on. */
export function describeIssues(error: { issues: readonly Issue[] }): string {
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

export interface ObjectSchema<T> {
  shape: Record<string, { _zod: { optin?: string | undefined } }>;
  safeParse(
    value: unknown,
  ): { success: true; data: T } | { success: false; error: { issues: readonly Issue[] } };
}

export type Repair<T> = { ok: true; value: T; warnings: string[] } | { ok: false; reason: string };

/** Words for fields that no rule names itself. */
const FIELD_LABELS: Readonly<Record<string, string>> = {
  updatedAt: 'time of its last change',
  createdAt: 'creation time',
};

export function repairRecord<T>(
  candidate: Raw,
  issues: readonly Issue[],
  schema: ObjectSchema<T>,
  rules: Readonly<Record<string, Rule>>,
  name: string,
  context: RepairContext,
): Repair<T> {
  const broken = new Set(issues.map((issue) => issue.path[0]));
  const record: Raw = { ...candidate };
  const warnings: string[] = [];
  // In the order the rules are declared, so a later rule sees the fields an earlier one fixed.
  for (const [field, rule] of Object.entries(rules)) {
    if (!broken.delete(field)) continue;
    const fix = rule(record[field], name, record, context);
    if (fix.value === undefined) delete record[field];
    else record[field] = fix.value;
    if (fix.warning) warnings.push(fix.warning);
  }
  // A field no rule knows, such as one added to the schema later, is dropped when optional.
  for (const field of broken) {
    if (typeof field !== 'string' || schema.shape[field]?._zod.optin !== 'optional') continue;
    delete record[field];
    warnings.push(`Dropped the ${FIELD_LABELS[field] ?? field} of ${name}: it could not be read.`);
  }
  const parsed = schema.safeParse(record);
  if (!parsed.success) return { ok: false, reason: describeIssues(parsed.error) };
  return { ok: true, value: parsed.data, warnings };
}

/** The fields of which at least one must hold something, or a record has nothing to keep. */
export function hasContent(raw: Raw, fields: readonly string[]): boolean {
  return fields.some((field) => {
    const value = raw[field];
    if (typeof value === 'string') return value.trim() !== '';
    if (Array.isArray(value)) return value.length > 0;
    return typeof value === 'number' && Number.isFinite(value);
  });
}

/** `milestone “Native integration”`, or `milestone #3` when it has no title. */
export function nameOf(word: string, title: unknown, index: number): string {
  const text = asText(title)?.trim();
  return text ? `${word} “${text.slice(0, 60)}”` : `${word} #${index + 1}`;
}

/**
 * What restore knows of each kind of record a board lists: its schema, the rule that repairs
 * each field, and which fields must hold something for the record to be worth keeping.
 */
export interface RecordKind<T> {
  word: string;
  /** The field that names a record in a warning. */
  titleField: string;
  schema: ObjectSchema<T>;
  /** Declared in the order they run: a rule may rely on the fields before it. */
  rules: Readonly<Record<string, Rule>>;
  content: readonly string[];
  /** Why a record with none of its content fields was skipped. */
  empty: string;
}

/**
 * Reads a list one record at a time. A record that passes its schema is kept as it is (the
 * fast path, taken by every record of a healthy board); one that fails is repaired field by
 * field; only one that is not an object or holds nothing readable is skipped. A repeated id
 * gets a fresh one.
 */
export function readRecords<T extends { id: string }>(
  raws: readonly unknown[],
  kind: RecordKind<T>,
  context: RepairContext,
  warnings: string[],
  {
    prepare = (raw) => raw,
    max = Infinity,
  }: { prepare?: (raw: Raw, index: number) => Raw; max?: number } = {},
): T[] {
  const kept: T[] = [];
  raws.forEach((raw, index) => {
    if (!isRecord(raw)) {
      warnings.push(`Skipped ${kind.word} #${index + 1}: it could not be read.`);
      context.details.push(`${kind.word} #${index + 1} is ${describeJson(raw)}, not an object.`);
      return;
    }
    const name = () => nameOf(kind.word, raw[kind.titleField], index);
    if (kept.length >= max) {
      warnings.push(`Skipped ${name()}: a board holds at most ${max} ${kind.word}s.`);
      return;
    }
    context.index = index;
    const lifted = liftExtensions(prepare(raw, index), knownFields(kind.schema));
    const candidate = lifted.record;
    for (const { field, why } of lifted.dropped)
      warnings.push(`Dropped the field “${field}” of ${name()}: ${why}.`);
    const parsed = kind.schema.safeParse(candidate);
    let record: T;
    if (parsed.success) record = parsed.data;
    else if (!hasContent(raw, kind.content)) {
      warnings.push(`Skipped ${name()}: ${kind.empty}.`);
      return;
    } else {
      const repaired = repairRecord(
        candidate,
        parsed.error.issues,
        kind.schema,
        kind.rules,
        name(),
        context,
      );
      if (!repaired.ok) {
        warnings.push(`Skipped ${name()}: it could not be repaired.`);
        context.details.push(`${name()}: ${repaired.reason}.`);
        return;
      }
      warnings.push(...repaired.warnings);
      record = repaired.value;
    }
    if (context.taken.has(record.id)) {
      record = { ...record, id: freshId(context.taken) };
      warnings.push(`Gave ${name()} a new id: another ${kind.word} had the same one.`);
    }
    context.taken.add(record.id);
    context.kept.add([kind.word, `${kind.word}s`], lifted.kept);
    kept.push(record);
  });
  return kept;
}
