import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Dialog } from './dialog';
import { TextField } from './text-field';

describe('Dialog', () => {
  it('opens with focus in its first field, so typing goes there', async () => {
    const user = userEvent.setup();
    render(
      <Dialog title="Add a horizon" onClose={() => {}}>
        <label>
          Name <input />
        </label>
        <label>
          Timeframe <input />
        </label>
      </Dialog>,
    );
    const name = screen.getByRole('textbox', { name: 'Name' });
    expect(name).toHaveFocus();
    await user.keyboard('Next');
    expect(name).toHaveValue('Next');
  });

  it('prefers the field marked autofocus', () => {
    render(
      <Dialog title="New board" onClose={() => {}}>
        <TextField label="Partner" value="" onChange={() => {}} />
        <TextField label="Board title" value="" onChange={() => {}} autoFocus />
      </Dialog>,
    );
    expect(screen.getByRole('textbox', { name: 'Board title' })).toHaveFocus();
  });
});
