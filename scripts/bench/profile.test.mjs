// node --test scripts/bench/ (vitest's projects cover src/ only)
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatTimes, inclusiveTimes } from './profile.mjs';

const frame = (functionName, url = 'http://x/assets/app.js', lineNumber = 0) => ({
  functionName,
  url,
  lineNumber,
});

// (root) → render → card → card (recursion), and (root) → (idle).
const profile = {
  nodes: [
    { id: 1, callFrame: frame('(root)', ''), children: [2, 5] },
    { id: 2, callFrame: frame('render', undefined, 9), children: [3] },
    { id: 3, callFrame: frame('card', undefined, 19), children: [4] },
    { id: 4, callFrame: frame('card', undefined, 19), children: [] },
    { id: 5, callFrame: frame('(idle)', ''), children: [] },
  ],
  samples: [2, 3, 4, 4, 5],
  timeDeltas: [1000, 2000, 3000, 4000, 5000],
};

test('inclusiveTimes: a function counts its callees, a recursion once, no pseudo-frames', () => {
  assert.deepEqual(inclusiveTimes(profile), [
    { name: 'render', url: 'http://x/assets/app.js', line: 10, ms: 10 },
    { name: 'card', url: 'http://x/assets/app.js', line: 20, ms: 9 },
  ]);
  assert.equal(inclusiveTimes(profile, 1).length, 1);
});

test("inclusiveTimes: React's work loop is left out unless asked for", () => {
  const react = {
    ...profile,
    nodes: profile.nodes.map((n) =>
      n.id === 2 ? { ...n, callFrame: frame('performWorkOnRoot') } : n,
    ),
  };
  assert.deepEqual(
    inclusiveTimes(react).map((e) => e.name),
    ['card'],
  );
  assert.deepEqual(
    inclusiveTimes(react, 15, /^$/).map((e) => e.name),
    ['performWorkOnRoot', 'card'],
  );
});

test('formatTimes: milliseconds aligned, then the function and where it is', () => {
  assert.deepEqual(formatTimes(inclusiveTimes(profile)), [
    '      10.0 ms  render  app.js:10',
    '       9.0 ms  card  app.js:20',
  ]);
});
