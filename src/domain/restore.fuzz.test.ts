import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { restoreBoardDocument, toBoardDocument } from './restore';
import { BOARD_DOCUMENT_TYPE, BOARD_SCHEMA_VERSION, boardSchema } from './schema';
import { arbBoard } from '../testing/arbitraries';

/**
 * Fuzzing the one way in for untrusted data: 10,000 generated inputs per run, in three
 * families. Whatever comes in, restore never throws, never hands back a board the schema
 * refuses, and never touches Object.prototype.
 */

const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype).sort();
const POLLUTING_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'];

afterAll(() => {
  // Nothing any run did may have reached the prototype every object shares.
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_NAMES);
});

function checkRestore(input: unknown) {
  let result: ReturnType<typeof restoreBoardDocument>;
  expect(() => (result = restoreBoardDocument(input))).not.toThrow();
  if (result!.ok) expect(boardSchema.safeParse(result!.board).success).toBe(true);
  else expect(result!.error).toMatch(/\S/);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
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
  it('takes 4,000 arbitrary JSON values, bare or in the envelope', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (value, wrap) => {
        checkRestore(
          wrap ? { type: BOARD_DOCUMENT_TYPE, version: BOARD_SCHEMA_VERSION, board: value } : value,
        );
      }),
      { numRuns: 4_000 },
    );
  });

  it('takes 4,000 valid boards with random damage', () => {
    fc.assert(
      fc.property(arbBoard, fc.array(arbMutation, { minLength: 1, maxLength: 4 }), (board, ms) => {
        let doc: unknown = JSON.parse(JSON.stringify(toBoardDocument(board)));
        for (const m of ms) doc = mutate(doc, m);
        checkRestore(doc);
        // The same damage as text, parsed the way a file is: __proto__ becomes an own key.
        checkRestore(JSON.parse(JSON.stringify(doc)));
      }),
      { numRuns: 4_000 },
    );
  });

  it('takes 2,000 documents built around prototype-polluting keys', () => {
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
      { numRuns: 2_000 },
    );
  });
});
