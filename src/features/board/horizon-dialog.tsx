import { useState, type FormEvent } from 'react';
import { LIMITS, type Horizon } from '../../domain/schema';
import { Dialog } from '../../ui/dialog';
import { Icon } from '../../ui/icon';

interface HorizonDialogProps {
  /** The horizon to edit; left out to add one. */
  horizon?: Horizon;
  index?: number;
  total?: number;
  milestoneCount?: number;
  /** Where this horizon's milestones go if it is removed. */
  neighbourTitle?: string;
  /** Saves the fields; gives back why the board refused them, or null when saved. */
  onSave: (fields: { title: string; timeframe: string }) => string | null;
  onMove?: (delta: -1 | 1) => void;
  onRemove?: () => void;
  onClose: () => void;
}

export function HorizonDialog({
  horizon,
  index = 0,
  total = 0,
  milestoneCount = 0,
  neighbourTitle,
  onSave,
  onMove,
  onRemove,
  onClose,
}: HorizonDialogProps) {
  const [title, setTitle] = useState(horizon?.title ?? '');
  const [timeframe, setTimeframe] = useState(horizon?.timeframe ?? '');
  const [error, setError] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) {
      setError('Give the horizon a name, e.g. “Next”.');
      return;
    }
    const refused = onSave({ title: title.trim(), timeframe: timeframe.trim() });
    if (refused) setError(refused);
  };

  const removeHint =
    total <= 1
      ? 'A board needs at least one horizon.'
      : milestoneCount > 0
        ? `Its ${milestoneCount} ${milestoneCount === 1 ? 'milestone moves' : 'milestones move'} to ${neighbourTitle}.`
        : 'It holds no milestones.';

  return (
    <Dialog title={horizon ? `Horizon: ${horizon.title}` : 'Add a horizon'} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor="horizon-title">Name</label>
          <input
            id="horizon-title"
            className="input"
            value={title}
            maxLength={LIMITS.horizonTitle}
            autoFocus
            placeholder="e.g. Next"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'horizon-title-error' : undefined}
            onChange={(e) => {
              setTitle(e.target.value);
              setError(null);
            }}
          />
          {error && (
            <p id="horizon-title-error" className="field__error" role="alert">
              {error}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor="horizon-timeframe">Timeframe</label>
          <input
            id="horizon-timeframe"
            className="input"
            value={timeframe}
            maxLength={LIMITS.timeframe}
            placeholder="e.g. 6–18 months"
            onChange={(e) => setTimeframe(e.target.value)}
          />
        </div>
        {horizon && onMove && (
          <div className="field">
            <span className="field__label">Position</span>
            <div className="button-row">
              <button
                type="button"
                className="button"
                disabled={index === 0}
                onClick={() => onMove(-1)}
              >
                <Icon name="arrowLeft" /> Move left
              </button>
              <button
                type="button"
                className="button"
                disabled={index >= total - 1}
                onClick={() => onMove(1)}
              >
                Move right <Icon name="arrowRight" />
              </button>
            </div>
          </div>
        )}
        {horizon && onRemove && (
          <div className="field">
            <span className="field__label">Remove</span>
            <p className="field__hint" id="horizon-remove-hint">
              {removeHint}
            </p>
            <div className="button-row">
              <button
                type="button"
                className="button button--danger-ghost"
                disabled={total <= 1}
                aria-describedby="horizon-remove-hint"
                onClick={onRemove}
              >
                <Icon name="trash" /> Remove horizon
              </button>
            </div>
          </div>
        )}
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button--primary">
            {horizon ? 'Save' : 'Add horizon'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
