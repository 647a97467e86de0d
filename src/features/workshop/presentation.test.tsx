import { afterEach, describe, expect, it } from 'vitest';
import { useState } from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { startTimer } from '../../domain/timer';
import { saveSnapshot } from '../../domain/timeline';
import { moveMilestone } from '../../domain/milestones';
import { makeBoard } from '../../testing/factories';
import { Presentation } from './presentation';
import { setTimer } from './timer-store';
import { TimerWidget } from './workshop-timer';

const board = {
  ...makeBoard({ 0: ['Swap referrals'], 1: ['Connector in the marketplace'] }),
  vision: 'Together we become the obvious choice',
};

/** The board's Present button, and the presentation it opens. */
function Board() {
  const [presenting, setPresenting] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setPresenting(true)}>
        Present
      </button>
      {presenting && <Presentation board={board} onClose={() => setPresenting(false)} />}
    </>
  );
}

afterEach(() => setTimer(null));

describe('Presentation', () => {
  it('names the partner once on a slide and makes the vision its heading', async () => {
    const user = userEvent.setup();
    render(<Board />);
    await user.click(screen.getByRole('button', { name: 'Present' }));
    const show = screen.getByRole('dialog', { name: 'Presenting Acme' });
    expect(within(show).getAllByText('Acme')).toHaveLength(1);
    expect(within(show).getByRole('heading', { level: 1 })).toHaveTextContent(
      'Together we become the obvious choice',
    );
  });

  it('tells what changed since the latest snapshot, right after the vision', async () => {
    const user = userEvent.setup();
    const snapped = saveSnapshot(board, {
      id: 'jan',
      name: 'January workshop',
      takenAt: '2027-01-10T12:00:00.000Z',
    }).board;
    const moved = moveMilestone(snapped, 'swap-referrals', 'h1', 0, '2027-02-01T12:00:00.000Z');
    render(<Presentation board={moved} onClose={() => {}} />);
    const show = screen.getByRole('dialog', { name: 'Presenting Acme' });
    await user.keyboard('{PageDown}');
    expect(within(show).getByText('What changed · 2 of 7')).toBeInTheDocument();
    expect(within(show).getByRole('heading', { level: 1 })).toHaveTextContent(
      'Since “January workshop”',
    );
    expect(show).toHaveTextContent('1 moved later.');
    expect(show).toHaveTextContent('Swap referrals: Now → Next');
  });

  it('moves on with a clicker’s Page Down and back with Page Up, and ends on the whole board', async () => {
    const user = userEvent.setup();
    render(<Board />);
    await user.click(screen.getByRole('button', { name: 'Present' }));
    const show = screen.getByRole('dialog', { name: 'Presenting Acme' });
    await user.keyboard('{PageDown}');
    expect(within(show).getByText('Now · 2 of 6')).toBeInTheDocument();
    expect(within(show).getByText('Swap referrals')).toBeInTheDocument();
    await user.keyboard('{PageDown}{PageUp}{PageUp}');
    expect(within(show).getByText('Vision · 1 of 6')).toBeInTheDocument();
    await user.keyboard('{End}');
    expect(within(show).getByRole('heading', { level: 1 })).toHaveTextContent('The whole board');
    expect(
      within(show)
        .getAllByRole('heading', { level: 2 })
        .map((h) => h.textContent),
    ).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Now/), expect.stringMatching(/^Next/)]),
    );
    expect(within(show).getByText('Connector in the marketplace')).toBeInTheDocument();
  });

  it('hides what is internal while the partner is in the room, and shows it again after', async () => {
    const secret = {
      ...board,
      milestones: {
        ...board.milestones,
        'swap-referrals': { ...board.milestones['swap-referrals']!, internal: true },
      },
    };
    const user = userEvent.setup();
    render(<Presentation board={secret} onClose={() => {}} />);
    const show = screen.getByRole('dialog', { name: 'Presenting Acme' });
    await user.keyboard('{End}');
    expect(within(show).getByText('Swap referrals')).toBeInTheDocument();
    expect(within(show).getByText('Internal')).toBeInTheDocument();
    const partner = within(show).getByRole('button', { name: 'Partner in the room' });
    expect(partner).toHaveAttribute('aria-pressed', 'false');
    await user.click(partner);
    expect(partner).toHaveAttribute('aria-pressed', 'true');
    expect(within(show).queryByText('Swap referrals')).not.toBeInTheDocument();
    expect(within(show).queryByText('Internal')).not.toBeInTheDocument();
    expect(within(show).getByText('Connector in the marketplace')).toBeInTheDocument();
    await user.click(partner);
    expect(within(show).getByText('Swap referrals')).toBeInTheDocument();
  });

  it('offers no partner switch when nothing on the board is internal', async () => {
    const user = userEvent.setup();
    render(<Board />);
    await user.click(screen.getByRole('button', { name: 'Present' }));
    expect(screen.queryByRole('button', { name: 'Partner in the room' })).not.toBeInTheDocument();
  });

  it('gives focus back to the Present button when Escape leaves', async () => {
    const user = userEvent.setup();
    render(<Board />);
    const present = screen.getByRole('button', { name: 'Present' });
    await user.click(present);
    const show = screen.getByRole('dialog', { name: 'Presenting Acme' });
    expect(show).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(present).toHaveFocus();
  });

  it('shows the running timebox on the slides without the facilitator’s buttons', async () => {
    setTimer(startTimer(5, Date.now()));
    const user = userEvent.setup();
    render(
      <>
        <TimerWidget />
        <Board />
      </>,
    );
    expect(screen.getByRole('button', { name: '+1 min' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Present' }));
    const show = screen.getByRole('dialog', { name: 'Presenting Acme' });
    const timer = within(show).getByRole('region', { name: 'Timer' });
    expect(timer).toHaveTextContent(/^[45]:\d\d/);
    expect(within(timer).queryByRole('button')).not.toBeInTheDocument();
  });
});
