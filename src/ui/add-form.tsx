import { useState, type FormEvent } from 'react';
import { Icon } from './icon';
import { FieldError, useFieldWiring } from './text-field';
import './add-form.css';

interface AddFormProps {
  /** The input's id; its error message takes `${id}-error`. */
  id: string;
  /** What a screen reader hears for the input, e.g. "Participant name". */
  label: string;
  placeholder: string;
  maxLength: number;
  disabled?: boolean;
  buttonText?: string;
  /** Adds what was typed; returns why it could not, or null when it was added. */
  onAdd: (text: string) => string | null;
}

/**
 * One line to add an item to a list: a field, an Add button, and the reason when the item
 * is refused. The field empties after an add, ready for the next.
 */
export function AddForm({
  id,
  label,
  placeholder,
  maxLength,
  disabled,
  buttonText = 'Add',
  onAdd,
}: AddFormProps) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const { control, errorId } = useFieldWiring({ id, error });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = onAdd(text);
    setError(problem);
    if (!problem) setText('');
  };
  return (
    <>
      <form className="add-form" onSubmit={submit} noValidate>
        <label htmlFor={id} className="visually-hidden">
          {label}
        </label>
        <input
          {...control}
          className="input"
          value={text}
          maxLength={maxLength}
          disabled={disabled}
          placeholder={placeholder}
          onChange={(e) => {
            setText(e.target.value);
            setError(null);
          }}
        />
        <button type="submit" className="button" disabled={disabled}>
          <Icon name="plus" /> {buttonText}
        </button>
      </form>
      <FieldError id={errorId} message={error} />
    </>
  );
}
