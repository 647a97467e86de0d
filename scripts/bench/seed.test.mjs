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

test('boards are seeded in the format the app writes now, so no load migrates them', async () => {
  const { readFile } = await import('node:fs/promises');
  const schema = await readFile(new URL('../../src/domain/schema.ts', import.meta.url), 'utf8');
  const current = Number(/export const BOARD_SCHEMA_VERSION = (\d+);/.exec(schema)?.[1]);
  assert.equal(makeBoardDocument('b', 8).version, current);
  for (const h of makeBoardDocument('b', 8).board.horizons) assert.equal(h.span?.kind, 'relative');
});
