type Raw = Record<string, unknown>;
const isRecord = (value: unknown): value is Raw =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Other tools' own data on a board: a CRM's id on a milestone, a colour on a horizon, a
 * website on the partner. Every record of a board file (the board, the partner, each
 * horizon, milestone, value, participant and voting round) may carry an `extensions` object
 * that the app never reads and always writes back. A field the format does not know, found
 * beside the record's own, is moved into it on import rather than lost.
 *
 * Extensions are plain JSON, bounded so they cannot swallow a board: at most
 * EXTENSION_LIMITS.chars characters as JSON per record and EXTENSION_LIMITS.depth levels
 * deep, and never a key that would collide with Object.prototype.
 */

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type Extensions = Record<string, JsonValue>;

export const EXTENSION_LIMITS = { chars: 10_000, depth: 20 } as const;

/** Keys that must never become own properties of an object the app copies around. */
const RESERVED_KEYS = new Set(Object.getOwnPropertyNames(Object.prototype).concat('prototype'));

/** Why a value cannot be kept as an extension, in words for a person; undefined when it can. */
export function extensionProblem(value: unknown): string | undefined {
  // Walked without recursion, so a value nested 200,000 levels deep is refused, not a crash.
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  let chars = 0;
  while (stack.length) {
    const { value: node, depth } = stack.pop()!;
    if (depth > EXTENSION_LIMITS.depth) return `it is nested more than ${EXTENSION_LIMITS.depth} levels deep`;
    if (node === null || typeof node === 'boolean') chars += 5;
    else if (typeof node === 'number') {
      if (!Number.isFinite(node)) return 'it holds a number too large to keep';
      chars += 24;
    } else if (typeof node === 'string') chars += node.length + 2;
    else if (Array.isArray(node)) {
      chars += 2 + node.length;
      for (const item of node) stack.push({ value: item, depth: depth + 1 });
    } else if (isRecord(node) && Object.getPrototypeOf(node) === Object.prototype) {
      for (const [key, item] of Object.entries(node)) {
        if (RESERVED_KEYS.has(key)) return `it uses the reserved name “${key}”`;
        chars += key.length + 4;
        stack.push({ value: item, depth: depth + 1 });
      }
      chars += 2;
    } else return 'it is not plain data';
    if (chars > EXTENSION_LIMITS.chars)
      return `it is longer than the ${EXTENSION_LIMITS.chars.toLocaleString('en-US')} characters kept for other tools’ data`;
  }
  return undefined;
}

/** What lifting found on one record: the fields kept, and those dropped with why. */
export interface Lifted {
  record: Raw;
  kept: string[];
  dropped: { field: string; why: string }[];
}

/**
 * `raw` with every field not in `known` moved into its `extensions` (merged with any it
 * already holds), each checked; what cannot be kept is dropped and said. A record holding
 * only fields the app knows comes back as it is.
 */
export function liftExtensions(raw: Raw, known: ReadonlySet<string>): Lifted {
  const strangers = Object.keys(raw).filter((key) => !known.has(key) && key !== 'extensions');
  const own = raw.extensions;
  if (!strangers.length && own === undefined) return { record: raw, kept: [], dropped: [] };
  const record: Raw = {};
  for (const [key, value] of Object.entries(raw))
    if (known.has(key) && key !== 'extensions') record[key] = value;
  const extensions: Extensions = {};
  const kept: string[] = [];
  const dropped: Lifted['dropped'] = [];
  const keep = (field: string, value: unknown, counted: boolean) => {
    const problem = RESERVED_KEYS.has(field)
      ? `it uses the reserved name “${field}”`
      : extensionProblem(value);
    if (problem) dropped.push({ field, why: problem });
    else {
      // Defined, not assigned: a key such as "__proto__" can never reach a prototype.
      Object.defineProperty(extensions, field, {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
      if (counted) kept.push(field);
    }
  };
  if (isRecord(own)) for (const [key, value] of Object.entries(own)) keep(key, value, false);
  else if (own != null) dropped.push({ field: 'extensions', why: 'it is not a set of named fields' });
  for (const key of strangers) keep(key, raw[key], true);
  const size = extensionProblem(extensions);
  if (size) {
    // Together they are too much: keep none rather than an arbitrary part.
    return {
      record,
      kept: [],
      dropped: [{ field: 'extensions', why: size }],
    };
  }
  if (Object.keys(extensions).length) record.extensions = extensions;
  return { record, kept, dropped };
}

/** The fields kept for other tools as a board is read, told once for the whole board. */
export class KeptFields {
  private readonly counts = new Map<string, Map<string, number>>();

  /** `where` names the kind of record, plural for counting: ["milestone", "milestones"]. */
  add(where: readonly [one: string, many: string], fields: readonly string[]) {
    const key = where.join('|');
    const byField = this.counts.get(key) ?? new Map<string, number>();
    for (const field of fields) byField.set(field, (byField.get(field) ?? 0) + 1);
    if (fields.length) this.counts.set(key, byField);
  }

  /** "Kept data from other tools: “x-crm-id” on 3 milestones, “website” on the partner." */
  describe(): string | undefined {
    const parts: string[] = [];
    for (const [key, byField] of this.counts) {
      const [one, many] = key.split('|') as [string, string];
      for (const [field, count] of byField) {
        const name = `“${field.length > 40 ? `${field.slice(0, 40)}…` : field}”`;
        parts.push(
          one.startsWith('the ') ? `${name} on ${one}` : `${name} on ${count === 1 ? `1 ${one}` : `${count} ${many}`}`,
        );
      }
    }
    if (!parts.length) return undefined;
    const shown = parts.slice(0, 8).join(', ') + (parts.length > 8 ? `, and ${parts.length - 8} more` : '');
    return `Kept fields this app does not use, so the tool that wrote them finds them again: ${shown}. They are saved with the board under “extensions”.`;
  }
}
