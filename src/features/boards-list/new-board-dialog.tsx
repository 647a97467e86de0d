import { useEffect, useState, type FormEvent } from 'react';
import { Dialog } from '../../ui/dialog';
import { LIMITS } from '../../domain/schema';
import type { BoardTemplate } from '../../domain/boards';

interface NewBoardDialogProps {
  /** Runs once when the dialog opens: the board will be opened next. */
  onOpen?: () => void;
  onCreate: (input: { title: string; partnerName: string; template: BoardTemplate }) => void;
  onClose: () => void;
}

export function NewBoardDialog({ onOpen, onCreate, onClose }: NewBoardDialogProps) {
  useEffect(() => onOpen?.(), [onOpen]);
  const [partnerName, setPartnerName] = useState('');
  const [title, setTitle] = useState('');
  const [template, setTemplate] = useState<BoardTemplate>('starter');
  const [error, setError] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const name = partnerName.trim();
    const boardTitle = title.trim() || name;
    if (!boardTitle) {
      setError('Give the partner a name, or the board a title.');
      return;
    }
    onCreate({ title: boardTitle, partnerName: name, template });
  };

  return (
    <Dialog
      title="New board"
      onClose={onClose}
      description="One board for one partner: where this partnership could go."
    >
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor="new-board-partner">Partner</label>
          <input
            id="new-board-partner"
            className="input"
            value={partnerName}
            maxLength={LIMITS.partnerName}
            placeholder="e.g. Acme Analytics"
            autoFocus
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'new-board-error' : undefined}
            onChange={(e) => {
              setPartnerName(e.target.value);
              setError(null);
            }}
          />
        </div>
        <div className="field">
          <label htmlFor="new-board-title">Board title</label>
          <input
            id="new-board-title"
            className="input"
            value={title}
            maxLength={LIMITS.boardTitle}
            placeholder={partnerName.trim() || 'Defaults to the partner’s name'}
            onChange={(e) => {
              setTitle(e.target.value);
              setError(null);
            }}
          />
        </div>
        {error && (
          <p id="new-board-error" className="field__error" role="alert">
            {error}
          </p>
        )}
        <fieldset className="field">
          <legend>Start with</legend>
          <div className="choice-grid">
            <label className="choice">
              <input
                type="radio"
                name="template"
                value="starter"
                checked={template === 'starter'}
                onChange={() => setTemplate('starter')}
              />
              <span>
                Starter template
                <small>
                  Four horizons and one example on every rung: leads → integration → new product →
                  investment → acquisition.
                </small>
              </span>
            </label>
            <label className="choice">
              <input
                type="radio"
                name="template"
                value="empty"
                checked={template === 'empty'}
                onChange={() => setTemplate('empty')}
              />
              <span>
                Empty board
                <small>The four horizons — Now, Next, Later, Vision — and no milestones.</small>
              </span>
            </label>
          </div>
        </fieldset>
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button--primary">
            Create board
          </button>
        </div>
      </form>
    </Dialog>
  );
}
