import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { FormDialog } from './form-dialog';
import { TextField } from './text-field';

function RenameForm({ onSave, onClose }: { onSave: (title: string) => void; onClose: () => void }) {
  const [title, setTitle] = useState('');
  return (
    <FormDialog
      title="Rename board"
      onClose={onClose}
      onSubmit={() => onSave(title)}
      submitLabel="Rename"
    >
      <TextField label="Board title" value={title} onChange={setTitle} autoFocus />
    </FormDialog>
  );
}

describe('FormDialog', () => {
  it('submits with Enter in a field', async () => {
    const onSave = vi.fn();
    render(<RenameForm onSave={onSave} onClose={vi.fn()} />);
    const dialog = screen.getByRole('dialog', { name: 'Rename board' });
    const field = within(dialog).getByRole('textbox', { name: 'Board title' });
    expect(field).toHaveFocus();
    await userEvent.type(field, 'Globex 2030{Enter}');
    expect(onSave).toHaveBeenCalledWith('Globex 2030');
  });

  it('submits with its submit button, the page staying where it is', async () => {
    const onSubmit = vi.fn((event: { defaultPrevented: boolean }) => event.defaultPrevented);
    render(
      <FormDialog title="Timebox" onClose={vi.fn()} onSubmit={onSubmit} submitLabel="Start">
        <p>Body</p>
      </FormDialog>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Start' }));
    expect(onSubmit).toHaveReturnedWith(true);
  });

  it('closes with Cancel and submits nothing', async () => {
    const onSave = vi.fn();
    const onClose = vi.fn();
    render(<RenameForm onSave={onSave} onClose={onClose} />);
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onClose).toHaveBeenCalledOnce();
    expect(onSave).not.toHaveBeenCalled();
  });

  it('puts extra actions first and announces a form-level error', () => {
    render(
      <FormDialog
        title="Edit milestone"
        onClose={vi.fn()}
        onSubmit={vi.fn()}
        submitLabel="Save"
        extraActions={<button type="button">Delete milestone</button>}
        error="Nothing was saved."
      >
        <p>Body</p>
      </FormDialog>,
    );
    const dialog = screen.getByRole('dialog', { name: 'Edit milestone' });
    const names = within(dialog)
      .getAllByRole('button')
      .map((button) => button.getAttribute('aria-label') ?? button.textContent);
    expect(names).toEqual(['Close', 'Delete milestone', 'Cancel', 'Save']);
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Nothing was saved.');
  });
});
