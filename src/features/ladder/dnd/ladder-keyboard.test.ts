import { describe, expect, it } from 'vitest';
import type { ClientRect, SensorContext } from '@dnd-kit/core';
import { ladderKeyboardCoordinates } from './ladder-keyboard';

/**
 * A grid of cells 200 wide: cell:c:r at column c, row r. Rows are 100 high, but for the
 * heights given (a folded row's thin strip).
 */
function grid(columns: number, rows: number, heights: Record<number, number> = {}) {
  const rects = new Map<string, ClientRect>();
  let top = 50;
  for (let r = 0; r < rows; r++) {
    const height = heights[r] ?? 100;
    for (let c = 0; c < columns; c++) {
      const left = 150 + c * 200;
      rects.set(`cell:${c}:${r}`, {
        left,
        top,
        width: 200,
        height,
        right: left + 200,
        bottom: top + height,
      });
    }
    top += height;
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
  // The chip lands centred on its cell.
  const x = to.x + chip.width / 2;
  const y = to.y + chip.height / 2;
  return [...rects].find(([, r]) => x === r.left + r.width / 2 && y === r.top + r.height / 2)?.[0];
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

  it('stop at each folded row, however thin, on the way down and up', () => {
    const rects = grid(2, 5, { 1: 24, 2: 24 });
    expect(press('ArrowDown', 'cell:0:0', rects)).toBe('cell:0:1');
    expect(press('ArrowDown', 'cell:0:1', rects)).toBe('cell:0:2');
    expect(press('ArrowDown', 'cell:0:2', rects)).toBe('cell:0:3');
    expect(press('ArrowUp', 'cell:0:3', rects)).toBe('cell:0:2');
    expect(press('ArrowRight', 'cell:0:2', rects)).toBe('cell:1:2');
  });

  it('stay put at the edge and leave other keys alone', () => {
    expect(press('ArrowRight', 'cell:3:1')).toBeUndefined();
    expect(press('ArrowUp', 'cell:2:0')).toBeUndefined();
    expect(press('KeyA', 'cell:1:1')).toBeUndefined();
  });
});
