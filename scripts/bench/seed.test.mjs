// node --test scripts/bench/ (vitest's projects cover src/ only)
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeBoardDocument } from './seed.mjs';

test('a board of N milestones spread evenly over the four horizons, positions in order', () => {
  const doc = makeBoardDocument('bench-10', 10);
  assert.equal(doc.type, 'partner-horizons/board');
  assert.equal(doc.board.id, 'bench-10');
  const milestones = Object.values(doc.board.milestones);
  assert.equal(milestones.length, 10);
  const inNow = milestones.filter((m) => m.horizonId === 'h-now');
  assert.deepEqual(
    inNow.map((m) => m.position),
    [0, 1, 2],
  );
  assert.equal(doc.board.horizons.length, 4);
});

test('the same arguments give byte-for-byte the same board', () => {
  assert.equal(
    JSON.stringify(makeBoardDocument('b', 50)),
    JSON.stringify(makeBoardDocument('b', 50)),
  );
});
