import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { FieldError, SelectField, TextField } from './text-field';

function Controlled({ error, hint }: { error?: string | null; hint?: string }) {
  const [value, setValue] = useState('');
  return (
    <TextField label="Board title" value={value} onChange={setValue} error={error} hint={hint} />
  );
}

describe('TextField', () => {
  it('is named by its label and typed into like any input', async () => {
    render(<Controlled />);
    const field = screen.getByRole('textbox', { name: 'Board title' });
    await userEvent.type(field, 'Acme 2030');
    expect(field).toHaveValue('Acme 2030');
    expect(field).toHaveClass('input');
    expect(field).not.toHaveAttribute('aria-invalid');
    expect(field).not.toHaveAttribute('aria-describedby');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('announces an error, marks the field invalid and described by it', () => {
    render(<Controlled error="A board needs a title." hint="Shown on the list." />);
    const field = screen.getByRole('textbox', { name: 'Board title' });
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('A board needs a title.');
    expect(alert).toHaveClass('field__error');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription('Shown on the list. A board needs a title.');
  });

  it('is marked invalid by a form-level error shown elsewhere', () => {
    render(
      <>
        <TextField label="Partner" value="" onChange={() => {}} formErrorId="form-error" />
        <FieldError id="form-error" message="Give the partner a name." />
      </>,
    );
    const field = screen.getByRole('textbox', { name: 'Partner' });
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription('Give the partner a name.');
  });

  it('keeps an id it is given and names its error after it', () => {
    render(<TextField id="given" label="Name" value="" onChange={() => {}} error="Wrong." />);
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveAttribute('id', 'given');
    expect(screen.getByRole('alert')).toHaveAttribute('id', 'given-error');
  });

  it('draws a textarea for several lines and a spinbutton for a number', () => {
    render(
      <>
        <TextField label="Notes" multiline rows={3} value="" onChange={() => {}} />
        <TextField label="Minutes" type="number" min={1} value="15" onChange={() => {}} />
      </>,
    );
    const notes = screen.getByRole('textbox', { name: 'Notes' });
    expect(notes.tagName).toBe('TEXTAREA');
    expect(notes).toHaveClass('textarea');
    expect(screen.getByRole('spinbutton', { name: 'Minutes' })).toHaveValue(15);
  });
});

describe('SelectField', () => {
  it('is named by its label, reports the chosen value and shows its error', async () => {
    let chosen = '';
    render(
      <SelectField label="Status" value="idea" onChange={(v) => (chosen = v)} error="Pick one.">
        <option value="idea">Idea</option>
        <option value="done">Done</option>
      </SelectField>,
    );
    const select = screen.getByRole('combobox', { name: 'Status' });
    await userEvent.selectOptions(select, 'Done');
    expect(chosen).toBe('done');
    expect(select).toHaveAttribute('aria-invalid', 'true');
    expect(select).toHaveAccessibleDescription('Pick one.');
  });
});
