import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { resetStore } from '../../testing/render-app';
import { makeBoard } from '../../testing/factories';
import { useLiveStore } from './live-store';
import { LiveDialog } from './live-dialog';

const board = {
  ...makeBoard({ 0: ['Swap referrals'] }),
  participants: [{ id: 'p-ben', name: 'Ben', initials: 'B', color: 'green' as const }],
};

beforeEach(() => resetStore([board]));
afterEach(() => {
  localStorage.clear();
  useLiveStore.setState({ views: {} });
});

function renderDialog() {
  const user = userEvent.setup();
  render(<LiveDialog boardId={board.id} onClose={() => undefined} />);
  return { user, dialog: screen.getByRole('dialog', { name: 'Go live' }) };
}

describe('going live', () => {
  it('asks for the relay when the build names none, and says what is wrong with one', async () => {
    const { user, dialog } = renderDialog();
    const relay = within(dialog).getByRole('textbox', { name: 'Your team’s relay' });
    await user.click(within(dialog).getByRole('radio', { name: 'Ben' }));
    await user.click(within(dialog).getByRole('button', { name: 'Go live' }));
    expect(relay).toHaveAccessibleDescription(/Enter the address of your team’s relay/);

    await user.type(relay, 'ftp://relay.example.org');
    await user.click(within(dialog).getByRole('button', { name: 'Go live' }));
    expect(relay).toHaveAccessibleDescription(/is not a relay address/);
    // Nothing was started.
    expect(useLiveStore.getState().views).toEqual({});
  });

  it('asks who one is before going live', async () => {
    const { user, dialog } = renderDialog();
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Your team’s relay' }),
      'wss://relay.example.org',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Go live' }));
    expect(within(dialog).getByRole('group', { name: 'Who are you?' })).toHaveAccessibleDescription(
      'Choose who you are.',
    );
    await user.click(within(dialog).getByRole('radio', { name: 'Someone else' }));
    await user.click(within(dialog).getByRole('button', { name: 'Go live' }));
    expect(within(dialog).getByRole('group', { name: 'Who are you?' })).toHaveAccessibleDescription(
      'Enter your name.',
    );
    expect(useLiveStore.getState().views).toEqual({});
  });
});
