import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';
import { compareOrder, isOrderKey, orderKeysFor } from './board-doc-order';

/** The ids in the order their keys (kept or new) put them, ties by id. */
function orderOf(ids: readonly string[], current: ReadonlyMap<string, string>): string[] {
  const made = orderKeysFor(ids, current);
  return ids
    .map((id) => ({ id, key: made.get(id) ?? current.get(id) }))
    .sort(compareOrder)
    .map(({ id }) => id);
}

describe('order keys', () => {
  it('accepts exactly the keys fractional-indexing accepts', () => {
    const keys = generateNKeysBetween(null, null, 30).concat(
      generateNKeysBetween('a0', 'a1', 30),
      generateNKeysBetween('Zz', 'a0', 5),
    );
    for (const key of keys) expect(isOrderKey(key)).toBe(true);
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9A-Za-z]{0,8}$/), (text) => {
        let accepted = true;
        try {
          generateKeyBetween(text, null);
        } catch {
          accepted = false;
        }
        expect(isOrderKey(text)).toBe(accepted);
      }),
      { numRuns: 300 },
    );
    for (const bad of [undefined, 3, '', 'a0 ', 'a00', 'A' + '0'.repeat(26), 'a'.repeat(2000)])
      expect(isOrderKey(bad)).toBe(false);
  });

  it('sorts by key, then id; records without a key last', () => {
    const items = [
      { id: 'b', key: 'a1' },
      { id: 'c', key: undefined },
      { id: 'a', key: 'a1' },
      { id: 'd', key: 'a0' },
      { id: 'a', key: undefined },
    ];
    expect(items.sort(compareOrder).map(({ id, key }) => `${id}${key ?? ''}`)).toEqual([
      'da0',
      'aa1',
      'ba1',
      'a',
      'c',
    ]);
  });

  it('gives every record a key when none has one', () => {
    const keys = orderKeysFor(['x', 'y', 'z'], new Map());
    expect([...keys.keys()]).toEqual(['x', 'y', 'z']);
    expect(orderOf(['x', 'y', 'z'], new Map())).toEqual(['x', 'y', 'z']);
  });

  it('re-keys only the moved record', () => {
    const ids = ['a', 'b', 'c', 'd', 'e'];
    const keys = generateNKeysBetween(null, null, ids.length);
    const current = new Map(ids.map((id, i) => [id, keys[i]!]));
    expect([...orderKeysFor(['a', 'b', 'c', 'd', 'e'], current).keys()]).toEqual([]);
    expect([...orderKeysFor(['e', 'a', 'b', 'c', 'd'], current).keys()]).toEqual(['e']);
    expect([...orderKeysFor(['a', 'b', 'new', 'c', 'd', 'e'], current).keys()]).toEqual(['new']);
  });

  it('makes room between records that tie, re-keying the later one', () => {
    const current = new Map([
      ['a', 'a1'],
      ['b', 'a1'],
    ]);
    expect([...orderKeysFor(['a', 'b'], current).keys()]).toEqual([]);
    const keys = orderKeysFor(['a', 'new', 'b'], current);
    expect([...keys.keys()]).toEqual(['new', 'b']);
    expect(orderOf(['a', 'new', 'b'], current)).toEqual(['a', 'new', 'b']);
  });

  it('puts any list in the order asked, keeping the most keys it can', () => {
    const arbCase = fc
      .uniqueArray(fc.stringMatching(/^[a-z]{1,3}$/), { minLength: 1, maxLength: 30 })
      .chain((ids) =>
        fc
          .record({
            wanted: fc.shuffledSubarray(ids, { minLength: ids.length }),
            keys: fc.array(fc.option(fc.nat(8)), { minLength: ids.length, maxLength: ids.length }),
          })
          .map(({ wanted, keys }) => ({ ids, wanted, keys })),
      );
    const slots = generateNKeysBetween(null, null, 9);
    fc.assert(
      fc.property(arbCase, ({ ids, wanted, keys }) => {
        const current = new Map<string, string>();
        ids.forEach((id, i) => {
          const slot = keys[i];
          if (slot !== null && slot !== undefined) current.set(id, slots[slot]!);
        });
        expect(orderOf(wanted, current)).toEqual(wanted);
        const made = orderKeysFor(wanted, current);
        // Records already in order with room around them keep their keys.
        const inOrder = wanted.every(
          (id, i) =>
            i === 0 ||
            compareOrder(
              { id: wanted[i - 1]!, key: current.get(wanted[i - 1]!) },
              { id, key: current.get(id) },
            ) < 0,
        );
        const distinct = new Set(current.values()).size === current.size;
        if (inOrder && distinct && current.size === wanted.length) expect(made.size).toBe(0);
      }),
      { numRuns: 200 },
    );
  });
});
