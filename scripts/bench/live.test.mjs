import { test } from 'node:test';
import assert from 'node:assert/strict';
import { percentile, stampOf, stampedTitle } from './live.mjs';

test('percentile: nearest rank, in order whatever the input order', () => {
  assert.equal(percentile([], 50), null);
  assert.equal(percentile([7], 95), 7);
  assert.equal(percentile([5, 1, 4, 2, 3], 50), 3);
  assert.equal(percentile([5, 1, 4, 2, 3], 100), 5);
  const hundred = Array.from({ length: 100 }, (_, i) => 100 - i);
  assert.equal(percentile(hundred, 95), 95);
  assert.equal(percentile(hundred, 1), 1);
});

test('stampedTitle and stampOf: a title carries when it was written', () => {
  const title = stampedTitle(7, 42, 1234.5678);
  assert.equal(title, 'Edit c7 n42 @1234.57');
  assert.equal(stampOf(title), 1234.57);
  assert.equal(stampOf('Swap first qualified referrals'), null);
  assert.equal(stampOf(undefined), null);
});
