// node --test scripts/bench/ (vitest's projects cover src/ only)
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { attempter, stats, sumDurations, withTimeout } from './util.mjs';

test('stats: median of an odd and an even count, min and max, raw values kept', () => {
  assert.deepEqual(stats([30, 10, 20]), { median: 20, min: 10, max: 30, values: [30, 10, 20] });
  assert.equal(stats([4, 1, 3, 2]).median, 2.5);
});

test('stats: values that are not finite numbers are left out; none at all gives NaN', () => {
  assert.equal(stats([NaN, 5, Infinity, 7]).median, 6);
  const empty = stats([NaN, NaN]);
  assert.ok(Number.isNaN(empty.median) && Number.isNaN(empty.min) && Number.isNaN(empty.max));
});

test('withTimeout: passes a prompt answer through, and says what it waited for', async () => {
  assert.equal(await withTimeout(Promise.resolve(3), 1_000, 'three'), 3);
  await assert.rejects(withTimeout(new Promise(() => {}), 10, 'the never-ending'), {
    message: 'Timed out after 10 ms: the never-ending',
  });
});

test('sumDurations: adds up the measures of one save; none at all is not measured', () => {
  assert.equal(sumDurations([2.5]), 2.5);
  assert.equal(sumDurations([2.5, 1.25]), 3.75);
  assert.ok(Number.isNaN(sumDurations([])));
});

test('attempter: a failed step is noted in a line and gives null; others give their value', async () => {
  const notes = [];
  const attempt = attempter(notes);
  assert.equal(await attempt('a drag', async () => 42), 42);
  assert.equal(
    await attempt('pointer drag', async () => {
      throw new Error('card not found\n  at somewhere');
    }),
    null,
  );
  assert.deepEqual(notes, ['pointer drag not measured: card not found']);
});
