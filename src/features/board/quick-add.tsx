import { useState, type FormEvent } from 'react';
import { MILESTONE_TYPES, MILESTONE_TYPE_LABELS } from '../../domain/ladder';
import { TYPE_NOT_SET, typeLabel } from '../../domain/milestone-labels';
import { LIMITS, type Horizon } from '../../domain/schema';
import { useBoardsStore } from '../../store/boards-store';
import { useBoardContext } from '../../ui/board/board-context';
import { typeClass, typeIcon } from '../../ui/board/milestone-type-style';
import { Icon } from '../../ui/icon';
import { useQuickAddType } from './quick-add-type';
import './quick-add.css';

/**
 * Which rung quick add puts a new milestone on: a native select (keyboard, screen reader and
 * touch as the platform does them) drawn as the type's icon. Not set until someone chooses.
 */
function QuickAddType({ horizon }: { horizon: Horizon }) {
  const { boardId } = useBoardContext();
  const [type, choose] = useQuickAddType(boardId);
  const label = typeLabel({ type });
  return (
    <span className={`quick-add__type ${typeClass({ type })}`} title={`New milestones: ${label}`}>
      <Icon name={typeIcon(type)} />
      <Icon name="chevronDown" className="icon quick-add__chevron" />
      <select
        aria-label={`Type of milestones added to ${horizon.title}`}
        value={type ?? ''}
        onChange={(e) => choose((e.target.value || undefined) as typeof type)}
      >
        <option value="">{TYPE_NOT_SET}</option>
        {MILESTONE_TYPES.map((t) => (
          <option key={t} value={t}>
            {MILESTONE_TYPE_LABELS[t]}
          </option>
        ))}
      </select>
    </span>
  );
}

/**
 * The one line under a horizon that adds a milestone: a title, and the type chosen last. It
 * gives nothing else: confidence and the rest wait for the team to say.
 */
export function QuickAdd({ horizon, onAdded }: { horizon: Horizon; onAdded: () => void }) {
  const { boardId } = useBoardContext();
  const [type] = useQuickAddType(boardId);
  const [title, setTitle] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const clean = title.trim();
    if (!clean) return;
    useBoardsStore.getState().addMilestone(boardId, horizon.id, { title: clean, type });
    setTitle('');
    onAdded();
  };
  return (
    <form className="quick-add" onSubmit={submit}>
      <QuickAddType horizon={horizon} />
      <label className="visually-hidden" htmlFor={`quick-add-${horizon.id}`}>
        Add a milestone to {horizon.title}
      </label>
      <input
        id={`quick-add-${horizon.id}`}
        className="input quick-add__input"
        placeholder="Add milestone…"
        value={title}
        maxLength={LIMITS.title}
        onChange={(e) => setTitle(e.target.value)}
      />
      <button
        type="submit"
        className="icon-button"
        aria-label={`Add to ${horizon.title}`}
        disabled={!title.trim()}
      >
        <Icon name="plus" />
      </button>
    </form>
  );
}
