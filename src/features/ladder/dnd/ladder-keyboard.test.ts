import { describe, expect, it } from 'vitest';
import type { ClientRect, SensorContext } from '@dnd-kit/core';
import { ladderKeyboardCoordinates } from './ladder-keyboard';

/** A grid of cells 200 wide and 100 high: cell:c:r at column c, row r. */
function grid(columns: number, rows: number) {
  const rects = new Map<string, ClientRect>();
  for (let c = 0; c < columns; c++)
    for (let r = 0; r < rows; r++) {
      const left = 150 + c * 200;
      const top = 50 + r * 100;
      rects.set(`cell:${c}:${r}`, {
        left,
        top,
        width: 200,
        height: 100,
        right: left + 200,
        bottom: top + 100,
      });
    }
  return rects;
}

/** Presses `code` with the chip over cell `over`; returns the cell the chip is sent to. */
function press(code: string, over: string | null, rects = grid(4, 3)) {
  const chip = { left: 160, top: 60, width: 180, height: 50, right: 340, bottom: 110 };
  const context = {
    active: { id: 'ladder-chip' },
    collisionRect: chip,
    droppableRects: rects,
    droppableContainers: { getEnabled: () => [...rects.keys()].map((id) => ({ id })) },
    over: over && { id: over },
  } as unknown as SensorContext;
  const event = new KeyboardEvent('keydown', { code, cancelable: true });
  const to = ladderKeyboardCoordinates(event, {
    active: 'ladder-chip',
    currentCoordinates: { x: chip.left, y: chip.top },
    context,
  });
  if (!to) return undefined;
  // The chip lands just inside the top-left corner of its cell.
  return [...rects].find(([, r]) => r.left === to.x - 8 && r.top === to.y - 8)?.[0];
}

describe('arrow keys on the ladder', () => {
  it('move one cell along the row or up and down the column', () => {
    expect(press('ArrowRight', 'cell:1:1')).toBe('cell:2:1');
    expect(press('ArrowLeft', 'cell:1:1')).toBe('cell:0:1');
    expect(press('ArrowDown', 'cell:1:1')).toBe('cell:1:2');
    expect(press('ArrowUp', 'cell:1:1')).toBe('cell:1:0');
  });

  it('step from the cell the chip is over, not where it is drawn', () => {
    // The chip is still drawn in the first cell, but already over the third.
    expect(press('ArrowRight', 'cell:2:0')).toBe('cell:3:0');
    // Before it is over any cell, from where it is drawn.
    expect(press('ArrowRight', null)).toBe('cell:1:0');
  });

  it('stay put at the edge and leave other keys alone', () => {
    expect(press('ArrowRight', 'cell:3:1')).toBeUndefined();
    expect(press('ArrowUp', 'cell:2:0')).toBeUndefined();
    expect(press('KeyA', 'cell:1:1')).toBeUndefined();
  });
});
