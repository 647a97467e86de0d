import { useState, type FormEvent } from 'react';
import { Dialog } from '../../ui/dialog';
import { LIMITS } from '../../domain/schema';

export function RenameBoardDialog({
  title,
  onRename,
  onClose,
}: {
  title: string;
  onRename: (title: string) => void;
  onClose: () => void;
}) {
  const [value, setValue] = useState(title);
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!value.trim()) {
      setError('A board needs a title.');
      return;
    }
    onRename(value.trim());
  };
  return (
    <Dialog title="Rename board" onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor="rename-board-title">Board title</label>
          <input
            id="rename-board-title"
            className="input"
            value={value}
            maxLength={LIMITS.boardTitle}
            autoFocus
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'rename-board-error' : undefined}
            onChange={(e) => {
              setValue(e.target.value);
              setError(null);
            }}
          />
          {error && (
            <p id="rename-board-error" className="field__error" role="alert">
              {error}
            </p>
          )}
        </div>
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button--primary">
            Rename
          </button>
        </div>
      </form>
    </Dialog>
  );
}
