import { useState } from 'react';
import { LIMITS, type Horizon } from '../../domain/schema';
import { FormDialog } from '../../ui/form-dialog';
import { Icon } from '../../ui/icon';
import { TextField } from '../../ui/text-field';
import { plural } from '../../domain/plural';

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

  const submit = () => {
    if (!title.trim()) {
      setError('Give the horizon a name, e.g. “Next”.');
      return;
    }
    const refused = onSave({ title: title.trim(), timeframe: timeframe.trim() });
    if (refused) setError(refused);
  };

  return (
    <FormDialog
      title={horizon ? `Horizon: ${horizon.title}` : 'Add a horizon'}
      onClose={onClose}
      onSubmit={submit}
      submitLabel={horizon ? 'Save' : 'Add horizon'}
    >
      <TextField
        label="Name"
        value={title}
        maxLength={LIMITS.horizonTitle}
        autoFocus
        placeholder="e.g. Next"
        error={error}
        onChange={(value) => {
          setTitle(value);
          setError(null);
        }}
      />
      <TextField
        label="Timeframe"
        value={timeframe}
        maxLength={LIMITS.timeframe}
        placeholder="e.g. 6–18 months"
        onChange={setTimeframe}
      />
      {horizon && onMove && <HorizonPosition index={index} total={total} onMove={onMove} />}
      {horizon && onRemove && (
        <HorizonRemoval
          total={total}
          milestoneCount={milestoneCount}
          neighbourTitle={neighbourTitle}
          onRemove={onRemove}
        />
      )}
    </FormDialog>
  );
}

function HorizonPosition({
  index,
  total,
  onMove,
}: {
  index: number;
  total: number;
  onMove: (delta: -1 | 1) => void;
}) {
  return (
    <div className="field">
      <span className="field__label">Position</span>
      <div className="button-row">
        <button type="button" className="button" disabled={index === 0} onClick={() => onMove(-1)}>
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
  );
}

/** Remove, with what becomes of the horizon's milestones said before it is pressed. */
function HorizonRemoval({
  total,
  milestoneCount,
  neighbourTitle,
  onRemove,
}: {
  total: number;
  milestoneCount: number;
  neighbourTitle: string | undefined;
  onRemove: () => void;
}) {
  const removeHint =
    total <= 1
      ? 'A board needs at least one horizon.'
      : milestoneCount > 0
        ? `Its ${plural(milestoneCount, 'milestone')} ${milestoneCount === 1 ? 'moves' : 'move'} to ${neighbourTitle}.`
        : 'It holds no milestones.';
  return (
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
  );
}
