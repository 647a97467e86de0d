// node --test scripts/bench/
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ladderDragPlan } from './ladder.mjs';
import { reportRows } from './report.mjs';
import { figure, sizeResult } from './fixtures.mjs';

const rect = (left, top, w = 100, h = 100) => ({ left, top, right: left + w, bottom: top + h });
const view = rect(200, 50, 1000, 600);
const cell = (row, col, label, chipId) => ({
  row,
  label: `${label}: 3 milestones`,
  rect: rect(200 + col * 150, 60 + row * 120, 150, 120),
  chip: chipId ? { id: chipId, rect: rect(205 + col * 150, 65 + row * 120, 140, 40) } : null,
});

test('ladderDragPlan: the first chip with a next cell on its row, aimed at that cell', () => {
  const cells = [
    cell(0, 0, 'Leads, Now', null),
    cell(0, 1, 'Leads, Next', 'm1'),
    cell(0, 2, 'Leads, Later', null),
  ];
  const plan = ladderDragPlan(cells, view);
  assert.equal(plan.id, 'm1');
  assert.equal(plan.target, 'Leads, Later:');
  assert.deepEqual(plan.from, [425, 85]);
  assert.deepEqual(plan.to, [575, 90]);
});

test('ladderDragPlan: never across rows, nor to a cell out of view; null when none', () => {
  const lastOfRow = [cell(0, 0, 'Leads, Now', null), cell(0, 1, 'Leads, Next', 'm1')];
  const nextRow = [cell(1, 0, 'Co-marketing, Now', null)];
  assert.equal(ladderDragPlan([...lastOfRow, ...nextRow], view), null);
  const offscreen = [cell(0, 6, 'Leads, Now', 'm2'), cell(0, 7, 'Leads, Next', null)];
  assert.equal(ladderDragPlan(offscreen, view), null);
  assert.equal(ladderDragPlan([], view), null);
});

const base = sizeResult({
  throttled: { rate: 4, loadMs: 900, ladderLoadMs: 700, ladderDragLongestTaskMs: 40 },
});

test('reportRows: ladder rows per size with their targets, absent for older results', () => {
  const rows = reportRows(
    [
      {
        ...base,
        size: 1000,
        ladderLoadMs: figure(620),
        ladderMountedChips: figure(200),
        ladderDragLongestTaskMs: figure(30),
        ladderDragLongTaskCount: figure(0),
      },
    ],
    [],
  );
  const by = Object.fromEntries(rows.map((r) => [r.figure, r]));
  assert.equal(by['Ladder: visible after navigation'].target, 500);
  assert.equal(by['Ladder: visible after navigation'].verdict, 'MISSES');
  assert.equal(by['Ladder: longest task in drag'].target, 50);
  assert.equal(by['Ladder: longest task in drag'].verdict, 'meets');
  assert.equal(by['4× CPU: ladder visible'].verdict, '');
  assert.equal(by['4× CPU: ladder longest task in drag'].verdict, 'meets');

  const old = reportRows([{ ...base, size: 100, throttled: { rate: 4 } }], []);
  assert.equal(old.filter((r) => /ladder/i.test(r.figure)).length, 0);
});
