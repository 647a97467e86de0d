import { generateNKeysBetween } from 'fractional-indexing';

/**
 * Order keys of a live board (board-doc.ts): fractional-indexing strings that sort with plain
 * `<`. A card placed between two others takes a key between theirs, so a move writes one key
 * and two people's moves never renumber each other's cards. Two people who place a card at
 * the same spot at once make the same key; ties sort by id, so every copy shows one order.
 */

/** Longer keys are not made by this app; a peer's are read as missing (the record sorts last). */
const MAX_KEY_LENGTH = 1024;
const DIGITS = /^[0-9A-Za-z]+$/;
/** The one key fractional-indexing refuses though it is well formed: nothing sorts before it. */
const SMALLEST_INTEGER = 'A' + '0'.repeat(26);

/** How many characters the integer part of a key has, from its head: a0 is one digit after a. */
function integerLength(head: string): number | undefined {
  const code = head.charCodeAt(0);
  if (code >= 97 && code <= 122) return code - 97 + 2;
  if (code >= 65 && code <= 90) return 90 - code + 2;
  return undefined;
}

/** Whether `value` is a key fractional-indexing accepts (its own check, without a throw). */
export function isOrderKey(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > MAX_KEY_LENGTH || !DIGITS.test(value))
    return false;
  const length = integerLength(value);
  if (length === undefined || value.length < length || value === SMALLEST_INTEGER) return false;
  return value.length === length || !value.endsWith('0');
}

/** Sorts by key, then id; records without a usable key go last, by id. */
export function compareOrder(
  a: { key: string | undefined; id: string },
  b: { key: string | undefined; id: string },
): number {
  if (a.key !== b.key) {
    if (a.key === undefined) return 1;
    if (b.key === undefined) return -1;
    return a.key < b.key ? -1 : 1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The ids whose current keys already stand in the wanted order: the longest such run, so
 * the fewest records take a new key. Patience sorting, O(n log n) for a column of a thousand.
 */
function longestInOrder(items: readonly { id: string; key: string }[]): Set<string> {
  const tails: number[] = [];
  const previous: number[] = [];
  items.forEach((item, i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compareOrder(items[tails[mid]!]!, item) < 0) lo = mid + 1;
      else hi = mid;
    }
    previous[i] = lo > 0 ? tails[lo - 1]! : -1;
    tails[lo] = i;
  });
  const kept = new Set<string>();
  for (let i = tails.at(-1) ?? -1; i >= 0; i = previous[i]!) kept.add(items[i]!.id);
  return kept;
}

/**
 * New keys for the records `ids`, listed in the order they should show, given the keys
 * they hold now (none for a new record, or one that came from another column). Only
 * records out of order, new or tied with their neighbour where another must go between
 * them get one: a record that did not move keeps its key, so it is never written.
 */
export function orderKeysFor(
  ids: readonly string[],
  current: ReadonlyMap<string, string>,
): Map<string, string> {
  const placed = ids.flatMap((id) => {
    const key = current.get(id);
    return key === undefined ? [] : [{ id, key }];
  });
  const kept = longestInOrder(placed);
  const keys = new Map<string, string>();
  let lower: string | null = null;
  let i = 0;
  while (i < ids.length) {
    if (kept.has(ids[i]!)) {
      lower = current.get(ids[i]!)!;
      i += 1;
      continue;
    }
    // A run that needs keys ends at the next kept record whose key leaves room below it.
    let end = i;
    const roomBelow = (id: string) => lower === null || current.get(id)! > lower;
    while (end < ids.length && !(kept.has(ids[end]!) && roomBelow(ids[end]!))) end += 1;
    const upper = end < ids.length ? current.get(ids[end]!)! : null;
    const made = generateNKeysBetween(lower, upper, end - i);
    made.forEach((key, k) => keys.set(ids[i + k]!, key));
    lower = made.at(-1)!;
    i = end;
  }
  return keys;
}
