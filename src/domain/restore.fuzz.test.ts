import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { restoreBoardDocument, toBoardDocument } from './restore';
import { BOARD_DOCUMENT_TYPE, BOARD_SCHEMA_VERSION, LIMITS, boardSchema } from './schema';
import { speaksDeveloper } from '../testing/plain-words';
import { arbBoard } from '../testing/arbitraries';

/**
 * Fuzzing the one way in for untrusted data: 10,000 generated inputs per run, in three
 * families. Whatever comes in, restore never throws, never hands back a board the schema
 * refuses, never touches Object.prototype, and says what it did in plain words.
 *
 * Each family runs in batches of a few hundred inputs, each with its own generous timeout:
 * a batch takes about a second here, so a loaded two-core machine has room to spare, and a
 * failure names the batch it came from.
 */

/** Inputs per batch, and how long one batch may take on a slow, shared machine. */
const BATCH = 500;
const BATCH_TIMEOUT_MS = 60_000;
const batches = (total: number) =>
  Array.from({ length: total / BATCH }, (_, i) => `${i * BATCH + 1}–${(i + 1) * BATCH}`);

const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype).sort();
const POLLUTING_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'];

afterAll(() => {
  // Nothing any run did may have reached the prototype every object shares.
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_NAMES);
});

/**
 * Plain checks rather than `expect` on every input: they are the hot path of 10,000 runs,
 * and fast-check reports the failing input whatever throws.
 */
function checkRestore(input: unknown) {
  const result = restoreBoardDocument(input);
  if (result.ok) {
    const parsed = boardSchema.safeParse(result.board);
    if (!parsed.success) throw new Error(`restore accepted an invalid board: ${parsed.error}`);
  } else if (!/\S/.test(result.error)) throw new Error('restore refused without a reason');
  // What it says, it says in a partner manager's words: technical detail goes apart.
  const said = result.ok ? [...result.warnings, ...result.notices] : [result.error];
  for (const sentence of said)
    if (speaksDeveloper(sentence)) throw new Error(`Developer words in: ${sentence}`);
  if (({} as Record<string, unknown>).polluted !== undefined)
    throw new Error('Object.prototype was polluted');
}

/** A path into a JSON value and a change there: set, delete, or swap in a polluting key. */
const arbMutation = fc.record({
  depth: fc.nat(6),
  picks: fc.array(fc.nat(), { minLength: 6, maxLength: 6 }),
  op: fc.constantFrom('set', 'delete', 'pollute', 'retype'),
  value: fc.jsonValue({ maxDepth: 2 }),
  key: fc.constantFrom(...POLLUTING_KEYS),
});

type Mutation = typeof arbMutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(root: unknown, m: Mutation): unknown {
  let node = root as Record<string, unknown>;
  for (let level = 0; level < m.depth; level++) {
    if (!node || typeof node !== 'object') break;
    const keys = Object.keys(node);
    if (!keys.length) break;
    const next = node[keys[m.picks[level]! % keys.length]!];
    if (!next || typeof next !== 'object') break;
    node = next as Record<string, unknown>;
  }
  if (!node || typeof node !== 'object') return root;
  const keys = Object.keys(node);
  const key = keys.length ? keys[m.picks[5]! % keys.length]! : 'x';
  if (m.op === 'set') node[key] = m.value;
  else if (m.op === 'delete') delete node[key];
  else if (m.op === 'retype') node[key] = typeof node[key] === 'string' ? 42 : 'text';
  else
    Object.defineProperty(node, m.key, {
      value: { polluted: true },
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return root;
}

describe('restore, fuzzed', () => {
  it.each(batches(4_000))(
    'takes arbitrary JSON values, bare or in the envelope (%s of 4,000)',
    () => {
      fc.assert(
        fc.property(fc.jsonValue(), fc.boolean(), (value, wrap) => {
          checkRestore(
            wrap
              ? { type: BOARD_DOCUMENT_TYPE, version: BOARD_SCHEMA_VERSION, board: value }
              : value,
          );
        }),
        { numRuns: BATCH },
      );
    },
    BATCH_TIMEOUT_MS,
  );

  it.each(batches(4_000))(
    'takes valid boards with random damage (%s of 4,000)',
    () => {
      fc.assert(
        fc.property(
          arbBoard,
          fc.array(arbMutation, { minLength: 1, maxLength: 4 }),
          (board, ms) => {
            let doc: unknown = JSON.parse(JSON.stringify(toBoardDocument(board)));
            for (const m of ms) doc = mutate(doc, m);
            checkRestore(doc);
            // The same damage as text, parsed the way a file is: __proto__ becomes an own key.
            checkRestore(JSON.parse(JSON.stringify(doc)));
          },
        ),
        { numRuns: BATCH },
      );
    },
    BATCH_TIMEOUT_MS,
  );

  it.each(batches(2_000))(
    'takes documents built around prototype-polluting keys (%s of 2,000)',
    () => {
      const arbKeyed = fc.dictionary(
        fc.constantFrom(...POLLUTING_KEYS, 'id', 'title'),
        fc.jsonValue({ maxDepth: 1 }),
      );
      fc.assert(
        fc.property(
          arbKeyed,
          arbKeyed,
          fc.constantFrom(...POLLUTING_KEYS),
          (board, milestone, key) => {
            const text = `{"type":"${BOARD_DOCUMENT_TYPE}","version":${BOARD_SCHEMA_VERSION},"board":{"id":"b","title":"T","horizons":[{"id":"h","title":"Now"}],"milestones":{"${key}":${JSON.stringify({ ...milestone, horizonId: 'h' })}},"values":[${JSON.stringify(board)}],"${key}":{"polluted":true},"rounds":[{"${key}":{"polluted":true}}]}}`;
            checkRestore(JSON.parse(text));
          },
        ),
        { numRuns: BATCH },
      );
    },
    BATCH_TIMEOUT_MS,
  );
});

/** Text fields of each record, with their limits: what the over-long property lengthens. */
const TEXT_FIELDS = {
  board: {
    title: LIMITS.boardTitle,
    vision: LIMITS.vision,
    whyUs: LIMITS.why,
    agreedBy: LIMITS.agreedBy,
  },
  partner: { name: LIMITS.partnerName, notes: LIMITS.notes },
  horizons: { title: LIMITS.horizonTitle, timeframe: LIMITS.timeframe },
  milestones: { title: LIMITS.title, notes: LIMITS.notes, owner: LIMITS.owner },
  values: { text: LIMITS.value },
  participants: { name: LIMITS.participantName },
  rounds: { title: LIMITS.roundTitle },
} as const;

type Group = keyof typeof TEXT_FIELDS;
const recordsOf = (board: Record<string, unknown>, group: Group): Record<string, unknown>[] =>
  group === 'board'
    ? [board]
    : group === 'partner'
      ? [board.partner as Record<string, unknown>]
      : group === 'milestones'
        ? Object.values(board.milestones as Record<string, Record<string, unknown>>)
        : (board[group] as Record<string, unknown>[]);

describe('restore keeps what it can', () => {
  it.each(batches(1_000))(
    'no field an input carried within its limits is lost, and over-long text is cut, not dropped (%s of 1,000)',
    () => {
      const arbLengthen = fc.array(
        fc.record({
          group: fc.constantFrom(...(Object.keys(TEXT_FIELDS) as Group[])),
          pick: fc.nat(),
          field: fc.nat(),
          over: fc.integer({ min: 1, max: 300 }),
        }),
        { maxLength: 6 },
      );
      fc.assert(
        fc.property(arbBoard, arbLengthen, (board, lengthen) => {
          const doc = JSON.parse(JSON.stringify(toBoardDocument(board)));
          const input = doc.board as Record<string, unknown>;
          for (const { group, pick, field, over } of lengthen) {
            const records = recordsOf(input, group);
            const fields = Object.entries(TEXT_FIELDS[group]);
            if (!records.length) continue;
            const [name, limit] = fields[field % fields.length]!;
            records[pick % records.length]![name] = 'x'.repeat(limit + over);
          }
          const expected = JSON.parse(JSON.stringify(input));
          for (const group of Object.keys(TEXT_FIELDS) as Group[])
            for (const record of recordsOf(expected, group))
              for (const [name, limit] of Object.entries(TEXT_FIELDS[group]))
                if (typeof record[name] === 'string')
                  record[name] = (record[name] as string).slice(0, limit);
          const result = restoreBoardDocument(doc);
          if (!result.ok) throw new Error(`refused: ${result.error}`);
          // Every record and every field, as it came or cut to its limit: nothing dropped.
          expect(JSON.parse(JSON.stringify(result.board))).toEqual(expected);
        }),
        { numRuns: BATCH },
      );
    },
    BATCH_TIMEOUT_MS,
  );
});
