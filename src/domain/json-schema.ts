import { z } from 'zod/mini';
import { boardFileSchema, idSchema, isoDate, isoDateTime } from './schema';
import { backupFileSchema } from './backup-schema';
import { EXTENSION_LIMITS } from './extensions';

/**
 * The JSON Schemas of a board file and of a backup, generated from the same zod schemas the
 * app validates with, so the two cannot drift (json-schema.test.ts compares them with
 * docs/board.schema.json and docs/backup.schema.json).
 *
 * zod's output is then walked once and adjusted, because a schema-valid file must never
 * lose anything on import, and zod cannot say some of what the app checks in code:
 *  - ids must not be a name Object.prototype carries (schema.ts refines that in code), nor
 *    may the keys of `milestones` and `deleted`: such an id would collide with the
 *    prototype, so the app replaces it (an item's) or drops it (a tombstone's);
 *  - trimmed texts that must not be empty must hold more than white space, or the app names
 *    them "Untitled …" and says so; the partner's kinds are each listed once;
 *  - `milestones` may be an array as well as an object keyed by id: restore reads both;
 *  - `extensions` hold plain JSON whose keys, at every depth, are not reserved names. Their
 *    size and depth limits cannot be put in JSON Schema and are left to the description.
 * Repeated pieces (id, date, date and time, milestone, extensions) become `$defs`, so the
 * published schema reads as the format does. Records keep `additionalProperties: false`:
 * the app keeps a field it does not know (it moves it into `extensions`), but a tool that
 * validates is better told of a typo; its own data belongs in `extensions`.
 */

/** The names an id or key may never take: what schema.ts and extensions.ts refuse. */
export const RESERVED_NAMES: readonly string[] = Object.getOwnPropertyNames(Object.prototype)
  .concat('prototype')
  .sort();

type Node = Record<string, unknown>;
const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const ref = (name: string) => ({ $ref: `#/$defs/${name}` });

const generated = (schema: z.core.$ZodType): Node =>
  z.toJSONSchema(schema, { target: 'draft-2020-12' }) as Node;
/** A generated piece without the `$schema` zod puts on every root. */
const piece = (schema: z.core.$ZodType): Node => {
  const { $schema: _, ...rest } = generated(schema);
  return rest;
};

const ID_PATTERN = piece(idSchema).pattern;

/** The shared definitions every published schema carries. */
function sharedDefs(): Node {
  const notReserved = { not: ref('reservedName') };
  return {
    reservedName: {
      description:
        'Names Object.prototype carries, and "prototype": never an id or a key, or they would collide with it.',
      enum: RESERVED_NAMES,
    },
    id: {
      description:
        'A stable id: 1–64 letters, digits, "-" or "_", never a reserved name. Partner Horizons makes 12-character random ones.',
      ...piece(idSchema),
      ...notReserved,
    },
    date: { description: 'A day, YYYY-MM-DD.', ...piece(isoDate) },
    dateTime: {
      description: 'A date and time, ISO 8601 with an offset, e.g. 2026-11-23T10:00:00.000Z.',
      ...piece(isoDateTime),
    },
    extensions: {
      description: `Other tools' own data, which Partner Horizons never reads and always writes back: plain JSON, at most ${EXTENSION_LIMITS.chars.toLocaleString('en-US')} characters as JSON and ${EXTENSION_LIMITS.depth} levels deep per record (limits JSON Schema cannot state). Put yours under a key of your own, e.g. prefixed with your tool's name.`,
      type: 'object',
      propertyNames: notReserved,
      additionalProperties: ref('json'),
    },
    json: {
      description: 'Any JSON value; the keys of an object in it are never a reserved name.',
      // One type a branch: a list of types is a "union type" Ajv's strict mode refuses.
      anyOf: [
        ...['string', 'number', 'boolean', 'null'].map((type) => ({ type })),
        { type: 'array', items: ref('json') },
        { type: 'object', propertyNames: notReserved, additionalProperties: ref('json') },
      ],
    },
  };
}

/** Which shared definition a generated leaf is, if any. */
function sharedLeaf(node: Node): string | undefined {
  if (node.type !== 'string') return undefined;
  if (node.pattern === ID_PATTERN) return 'id';
  if (node.format === 'date-time') return 'dateTime';
  if (node.format === 'date') return 'date';
  return undefined;
}

/** The board's `milestones`: keyed by id, or a plain list; the milestone itself in `$defs`. */
function milestonesEither(keyed: Node, defs: Node): Node {
  defs.milestone = keyed.additionalProperties;
  return {
    description:
      'The milestones keyed by their id (what Partner Horizons writes), or a list of them (also read).',
    anyOf: [
      { type: 'object', propertyNames: ref('id'), additionalProperties: ref('milestone') },
      { type: 'array', items: ref('milestone') },
    ],
  };
}

function rewrite(value: unknown, defs: Node): unknown {
  if (Array.isArray(value)) return value.map((item) => rewrite(item, defs));
  if (!isNode(value)) return value;
  const leaf = sharedLeaf(value);
  if (leaf) return ref(leaf);
  const node: Node = {};
  for (const [key, child] of Object.entries(value)) node[key] = rewrite(child, defs);
  const properties = node.properties;
  if (isNode(properties)) {
    // `edited.extensions` is a time, not other tools' data: only an object is replaced.
    if (isNode(properties.extensions) && properties.extensions.type === 'object')
      properties.extensions = ref('extensions');
    // The partner's kinds: the app keeps each once, dropping a repeat without a word.
    if (isNode(properties.kinds) && properties.kinds.type === 'array')
      properties.kinds.uniqueItems = true;
    if (isNode(properties.milestones) && isNode(properties.horizons))
      properties.milestones = milestonesEither(properties.milestones, defs);
  }
  // Text the app trims before it checks its length (schema.ts, `text`): never only spaces.
  if (node.type === 'string' && typeof node.minLength === 'number' && node.minLength > 0)
    node.pattern ??= '\\S';
  return node;
}

function published(schema: z.core.$ZodType, title: string, description: string) {
  const { $schema, ...rest } = generated(schema);
  const defs = sharedDefs();
  const body = rewrite(rest, defs) as Node;
  return { $schema, title, description, ...body, $defs: defs };
}

export function boardJsonSchema(): Record<string, unknown> {
  return published(
    boardFileSchema,
    'Partner Horizons board file',
    'One partnership vision board: the partner, the vision, time horizons and the milestones placed on them. See docs/board-format.md.',
  );
}

export function backupJsonSchema(): Record<string, unknown> {
  return published(
    backupFileSchema,
    'Partner Horizons backup file',
    'Every board of one browser, as written by "Back up all": each entry of boards is a board document (a board file without app and exportedAt). See docs/board-format.md.',
  );
}
