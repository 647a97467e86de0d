import { newId } from './ids';
import { KeptFields } from './extensions';
import { isoDateTime, type Horizon } from './schema';

/**
 * The rules that put one field of a damaged record right, and what they share. Each kind of
 * record (record-kinds.ts, workshop-kinds.ts) declares which rule repairs which field; the
 * engine that runs them is repair.ts.
 */

export type Raw = Record<string, unknown>;

export const isRecord = (value: unknown): value is Raw =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** What restore knows while it reads one list of records. */
export interface RepairContext {
  /** The record's place in the list, from 0. */
  index: number;
  /** The board's creation time: what a record's unreadable time falls back to. */
  createdAt: string;
  /** Ids already given in this list: a fresh id avoids them. */
  taken: Set<string>;
  /** Ids that could not be used, and the fresh ones given in their place. */
  renamed: Map<string, string>;
  /** For milestones: the board's horizons, and the fresh ids of horizons renamed. */
  horizons: readonly Horizon[];
  renamedHorizons: ReadonlyMap<string, string>;
  /** Where fields kept for other tools are counted, to be told once per board. */
  kept: KeptFields;
  /** Technical detail behind the warnings, for a "Details" fold: never the message itself. */
  details: string[];
}

export function newContext(createdAt: string, extra: Partial<RepairContext> = {}): RepairContext {
  return {
    index: 0,
    createdAt,
    taken: new Set(),
    renamed: new Map(),
    horizons: [],
    renamedHorizons: new Map(),
    kept: new KeptFields(),
    details: [],
    ...extra,
  };
}

/**
 * What a rule makes of one field: the value to keep (undefined drops the field) and, when
 * something the record held was changed or lost, what to tell the person. A rule handed a
 * value that is already valid gives it back unchanged and says nothing.
 */
export interface Fix {
  value: unknown;
  warning?: string | undefined;
}

/** `name` says which record, e.g. `milestone “Native integration”`; `record` is the copy being
 * repaired, in which an earlier rule may already have put a field right. */
export type Rule = (value: unknown, name: string, record: Raw, context: RepairContext) => Fix;

export function freshId(taken: ReadonlySet<string>): string {
  let id = newId();
  while (taken.has(id)) id = newId();
  return id;
}

const count = (n: number) => n.toLocaleString('en-US');
const article = (word: string) => (/^[aeiou]/i.test(word) ? 'an' : 'a');
export const quote = (text: string) => `“${text.length > 40 ? `${text.slice(0, 40)}…` : text}”`;

/** A number or yes/no read as the text it would show; anything else is not text. */
export function asText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value)))
    return String(value);
  return undefined;
}

/** How a value the person may recognise is shown in a warning. */
function shown(value: unknown): string {
  return typeof value === 'string' ? quote(value) : (asText(value) ?? 'something else');
}

/** Text read, trimmed if the schema trims, and cut; says what it did. */
function cutText(value: string, label: string, name: string, max: number, scalar: boolean): Fix {
  if (value.length > max)
    return {
      value: value.slice(0, max),
      warning: `Cut the ${label} of ${name} to ${count(max)} characters.`,
    };
  return {
    value,
    warning: scalar ? `Read the ${label} of ${name} (${value}) as text.` : undefined,
  };
}

/** Text that may be empty, such as notes: missing is empty; anything unreadable is cleared. */
export const text =
  (label: string, max: number): Rule =>
  (value, name) => {
    if (value == null) return { value: '' };
    const read = asText(value);
    if (read === undefined)
      return { value: '', warning: `Cleared the ${label} of ${name}: it was not text.` };
    return cutText(read, label, name, max, typeof value !== 'string');
  };

/** Optional text, such as a custom type: anything unreadable is dropped. */
export const optionalText =
  (label: string, max: number): Rule =>
  (value, name) => {
    if (value == null) return { value: undefined };
    const read = asText(value);
    if (read === undefined)
      return { value: undefined, warning: `Dropped the ${label} of ${name}: it was not text.` };
    return cutText(read, label, name, max, typeof value !== 'string');
  };

/** Text that must hold something, such as a title: when it holds nothing it gets `fallback`. */
export const requiredText =
  (label: string, max: number, fallback: (context: RepairContext) => string): Rule =>
  (value, name, _record, context) => {
    const read = asText(value)?.trim();
    if (!read) {
      const given = fallback(context);
      return { value: given, warning: `Named ${name} “${given}”: it had no ${label}.` };
    }
    return cutText(read, label, name, max, typeof value !== 'string');
  };

/** A whole number within bounds: rounded and clamped; what is not a number gets `fallback`. */
export const wholeNumber =
  (label: string, min: number, max: number, fallback: number): Rule =>
  (value, name) => {
    if (value == null) return { value: fallback };
    const number =
      typeof value === 'number'
        ? value
        : typeof value === 'string' && value.trim()
          ? Number(value)
          : NaN;
    if (!Number.isFinite(number))
      return {
        value: fallback,
        warning: `Set the ${label} of ${name} to ${fallback}: ${typeof value === 'string' ? `${shown(value)} is not a number` : 'it could not be read'}.`,
      };
    const fixed = Math.min(max, Math.max(min, Math.round(number)));
    if (fixed === value) return { value };
    const outside = number < min || number > max ? `, outside ${min}–${max}` : '';
    return {
      value: fixed,
      warning: `Set the ${label} of ${name} to ${fixed}: it was ${shown(value)}${outside}.`,
    };
  };

/** A whole number that may be left unset, such as a confidence nobody gave: what is not a
 * number is cleared rather than guessed; a number out of bounds is rounded and clamped. */
export const optionalWholeNumber = (label: string, min: number, max: number): Rule => {
  const clamp = wholeNumber(label, min, max, min);
  return (value, name, record, context) => {
    if (value == null || (typeof value === 'string' && !value.trim())) return { value: undefined };
    const number =
      typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
    if (!Number.isFinite(number))
      return {
        value: undefined,
        warning: `Cleared the ${label} of ${name}: ${typeof value === 'string' ? `${shown(value)} is not a number` : 'it could not be read'}.`,
      };
    return clamp(value, name, record, context);
  };
};

/** One of a list of words: anything else gets `fallback`, named by its label on screen. */
export const oneOf =
  (
    label: string,
    values: readonly string[],
    fallback: string,
    labels: Readonly<Record<string, string>> = {},
  ): Rule =>
  (value, name) => {
    if (typeof value === 'string' && values.includes(value)) return { value };
    if (value == null) return { value: fallback };
    const why =
      typeof value === 'string'
        ? `${quote(value)} is not ${article(label)} ${label} this app knows`
        : 'it could not be read';
    return {
      value: fallback,
      warning: `Set the ${label} of ${name} to “${labels[fallback] ?? fallback}”: ${why}.`,
    };
  };

/** Yes or no: anything else gets the default. */
export const flag =
  (label: string, fallback: (record: Raw) => boolean): Rule =>
  (value, name, record) => {
    if (typeof value === 'boolean') return { value };
    return {
      value: fallback(record),
      warning: value == null ? undefined : `Reset ${label} for ${name}: it could not be read.`,
    };
  };

/**
 * A mark that keeps something from the partner (audience.ts). Left out when not set; one that
 * cannot be read keeps the thing internal, as leaving it out of what the partner sees is the
 * side to err on.
 */
export const internalMark =
  (what: string): Rule =>
  (value, name) => {
    if (typeof value === 'boolean' || value == null) return { value: value === true || undefined };
    return {
      value: true,
      warning: `Kept ${what === 'it' ? name : `the ${what} of ${name}`} internal: its mark could not be read.`,
    };
  };

/** A date and time: what cannot be read falls back to `fallback`. */
export const dateTime =
  (label: string, fallback: (record: Raw, context: RepairContext) => string): Rule =>
  (value, name, record, context) => {
    if (isoDateTime.safeParse(value).success) return { value };
    return {
      value: fallback(record, context),
      warning:
        value == null
          ? undefined
          : `Reset the ${label} of ${name}: ${shown(value)} is not a time this app reads.`,
    };
  };

/** A record's own id: what cannot be used gets a fresh one, remembered so links can follow. */
export const ownId: Rule = (value, name, _record, context) => {
  const id = freshId(context.taken);
  if (typeof value === 'string') context.renamed.set(value, id);
  return {
    value: id,
    warning:
      value == null
        ? `Gave ${name} an id: it had none.`
        : `Gave ${name} a new id: ${shown(value)} is not an id this app can use.`,
  };
};
