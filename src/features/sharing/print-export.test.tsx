import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { currentPrintRequest, endPrintRequest } from '../../ui/board/print-request';
import { makeBoard } from '../../testing/factories';
import { BOARD_EXPORTS } from './board-exports';

const entry = BOARD_EXPORTS.find((e) => e.id === 'print')!;
const titles = (count: number) => Array.from({ length: count }, (_, i) => `Future ${i + 1}`);

function renderPrint(milestones: number, onClose = vi.fn()) {
  const board = makeBoard({ 0: titles(milestones) });
  render(<entry.Item entry={entry} board={board} audience="partner" onClose={onClose} />);
  return screen.getByRole('checkbox', { name: 'Fit the board on one page' });
}

afterEach(() => {
  endPrintRequest();
  vi.restoreAllMocks();
});

describe('the Print row', () => {
  it('fits a board of up to 40 milestones on one page by default', () => {
    expect(renderPrint(40)).toBeChecked();
  });

  it('prints a bigger board over several pages by default', () => {
    expect(renderPrint(41)).not.toBeChecked();
  });

  it('closes the dialog, then prints for the audience with the choice made', async () => {
    const asked: unknown[] = [];
    // What the print view reads as the browser lays the page out.
    const print = vi
      .spyOn(window, 'print')
      .mockImplementation(() => asked.push(currentPrintRequest()));
    const onClose = vi.fn();
    const user = userEvent.setup();
    await user.click(renderPrint(12, onClose));
    await user.click(screen.getByRole('button', { name: 'Print…' }));
    expect(onClose).toHaveBeenCalled();
    await vi.waitFor(() => expect(print).toHaveBeenCalledOnce());
    expect(asked).toEqual([{ audience: 'partner', fit: false }]);
    // Once the print is over, the next (Ctrl+P) is ours again, its size decided by the board.
    endPrintRequest();
    expect(currentPrintRequest()).toEqual({ audience: 'internal' });
  });
});
