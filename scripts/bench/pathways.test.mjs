// node --test scripts/bench/ (vitest's projects cover src/ only)
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeBoardDocument, withLinks } from './seed.mjs';
import { arrowLatencies, formatPathways } from './pathways.mjs';

const ID = /^[A-Za-z0-9_-]{1,64}$/; // idSchema in src/domain/schema-parts.ts

/** Which milestone lands first, as src/domain/pathways.ts stepOf reads a link. */
const stepOf = (l) =>
  l.kind === 'leads-to' ? { before: l.from, after: l.to } : { before: l.to, after: l.from };

/** Whether the links' steps hold a loop (Kahn's algorithm): a loop of any kinds at all. */
function hasLoop(links) {
  const into = new Map();
  const out = new Map();
  for (const l of links) {
    const { before, after } = stepOf(l);
    into.set(after, (into.get(after) ?? 0) + 1);
    into.set(before, into.get(before) ?? 0);
    out.set(before, [...(out.get(before) ?? []), after]);
  }
  const ready = [...into].filter(([, n]) => n === 0).map(([id]) => id);
  let seen = 0;
  while (ready.length) {
    const id = ready.pop();
    seen++;
    for (const next of out.get(id) ?? []) {
      into.set(next, into.get(next) - 1);
      if (into.get(next) === 0) ready.push(next);
    }
  }
  return seen < into.size;
}

test('1,000 milestones with 500 links keep every rule of a valid board', () => {
  const doc = withLinks(makeBoardDocument('bench-links', 1000), 500);
  const { links, milestones, horizons } = doc.board;
  assert.equal(links.length, 500);
  assert.equal(new Set(links.map((l) => l.id)).size, 500);
  const pairs = new Set();
  for (const l of links) {
    assert.match(l.id, ID);
    assert.notEqual(l.from, l.to);
    assert.ok(milestones[l.from] && milestones[l.to], `${l.id} joins two milestones of the board`);
    assert.ok(['leads-to', 'depends-on'].includes(l.kind));
    assert.ok(l.label === undefined || (l.label.length > 0 && l.label.length <= 60));
    const pair = [l.from, l.to].sort().join(' ');
    assert.ok(!pairs.has(pair), `one link per pair: ${pair}`);
    pairs.add(pair);
  }
  assert.equal(hasLoop(links), false);
  // Each step goes to a later horizon, or further down its own column.
  const place = (id) => [
    horizons.findIndex((h) => h.id === milestones[id].horizonId),
    milestones[id].position,
  ];
  for (const l of links) {
    const [[h1, p1], [h2, p2]] = [place(stepOf(l).before), place(stepOf(l).after)];
    assert.ok(h1 < h2 || (h1 === h2 && p1 < p2), `${l.id} steps forward`);
  }
});

test('the links mix kinds and reach: across horizons, within a column, the dragged card too', () => {
  const { links, milestones } = withLinks(makeBoardDocument('b', 1000), 500).board;
  const kinds = new Set(links.map((l) => l.kind));
  assert.deepEqual([...kinds].sort(), ['depends-on', 'leads-to']);
  const sameColumn = links.filter(
    (l) => milestones[l.from].horizonId === milestones[l.to].horizonId,
  );
  assert.ok(sameColumn.length > 50 && sameColumn.length < 450, `${sameColumn.length} within`);
  // The pointer drag picks up the first card of the first horizon: it has arrows to hide.
  assert.ok(links.some((l) => l.from === 'm00000' || l.to === 'm00000'));
  // Links start all the way down the columns, not only near the top.
  const deepest = Math.max(...links.map((l) => milestones[l.from].position));
  assert.ok(deepest > 200, `deepest start at ${deepest}`);
});

test('deterministic, the input left as it was, and small boards fill up without loops', () => {
  const doc = makeBoardDocument('b', 100);
  const before = JSON.stringify(doc);
  assert.equal(JSON.stringify(withLinks(doc, 50)), JSON.stringify(withLinks(doc, 50)));
  assert.equal(JSON.stringify(doc), before);
  assert.equal(withLinks(doc, 50).version, doc.version);
  // 8 milestones hold at most 28 pairs: all of them, and still no loop.
  const full = withLinks(makeBoardDocument('s', 8), 28).board.links;
  assert.equal(new Set(full.map((l) => [l.from, l.to].sort().join(' '))).size, 28);
  assert.equal(hasLoop(full), false);
  assert.throws(() => withLinks(makeBoardDocument('s', 8), 29), /cannot hold/);
});

test('arrow latencies: each scroll to the paint after the first redraw that follows it', () => {
  const redraws = [
    { at: 12, paintAt: 20 },
    { at: 30, paintAt: 36 },
  ];
  assert.deepEqual(arrowLatencies([10, 11, 25, 40], redraws), [10, 9, 11, NaN]);
  assert.deepEqual(arrowLatencies([], redraws), []);
});

test('the pathways table: figures per column, a target and a verdict on the links at 1×', () => {
  const lines = formatPathways({
    milestones: 1000,
    links: 500,
    runs: 3,
    columns: [
      { label: 'links 1×', figures: { scrollLongestTaskMs: { median: 30 } } },
      { label: 'no links 1×', figures: { scrollLongestTaskMs: { median: 20 } } },
    ],
  });
  const row = lines.find((l) => l.startsWith('scroll a column: longest task'));
  assert.match(row, /30 ms\s+20 ms\s+≤ 50 ms\s+meets/);
  assert.ok(
    lines.some((l) => /—/.test(l)),
    'a figure not measured shows as —',
  );
});
