import { useShallow } from 'zustand/react/shallow';
import {
  MILESTONE_STATUSES,
  MILESTONE_STATUS_LABELS,
  MILESTONE_TYPES,
  MILESTONE_TYPE_LABELS,
} from '../../domain/ladder';
import { TYPE_UNSET, type MilestoneFilter } from '../../domain/filter';
import { useBoardsStore, type BoardsState } from '../../store/boards-store';

const unique = (values: string[]) =>
  [...new Set(values.filter(Boolean))].sort((a, b) => a.localeCompare(b));

/** One "any or one of these" choice of the filter. */
function ChoiceFilter({
  label,
  any,
  value,
  options,
  onChange,
}: {
  label: string;
  any: string;
  value: string;
  options: [value: string, label: string][];
  onChange: (value: string) => void;
}) {
  return (
    <select
      className="select"
      aria-label={label}
      value={value}
      onChange={(e) => onChange(e.target.value)}
    >
      <option value="">{any}</option>
      {options.map(([optionValue, optionLabel]) => (
        <option key={optionValue} value={optionValue}>
          {optionLabel}
        </option>
      ))}
    </select>
  );
}

type SetFilter = (patch: Partial<MilestoneFilter>) => void;

/** The confidence range, from and to, in percent. */
function ConfidenceRange({ filter, set }: { filter: MilestoneFilter; set: SetFilter }) {
  return (
    <fieldset className="filter-bar__range">
      <legend className="visually-hidden">Confidence</legend>
      <span aria-hidden="true">Confidence</span>
      <input
        type="number"
        className="input"
        min={0}
        max={100}
        step={10}
        aria-label="Confidence from (%)"
        value={filter.minConfidence}
        onChange={(e) =>
          set({ minConfidence: Math.min(100, Math.max(0, Number(e.target.value) || 0)) })
        }
      />
      <span aria-hidden="true">–</span>
      <input
        type="number"
        className="input"
        min={0}
        max={100}
        step={10}
        aria-label="Confidence to (%)"
        value={filter.maxConfidence}
        onChange={(e) =>
          set({ maxConfidence: Math.min(100, Math.max(0, Number(e.target.value) || 0)) })
        }
      />
      <span aria-hidden="true">%</span>
    </fieldset>
  );
}

/**
 * The filters besides the words, behind the Filters button: type, status, owner, tag,
 * confidence, and whether the rest is hidden. Owners and tags are those on the board.
 */
/**
 * The filters behind "Filters": type, status, owner, tag, confidence and whether to hide the
 * rest. Their code loads, and the board's owners and tags are gathered, only while open.
 */
export function MoreFilterFields({
  boardId,
  filter,
  set,
}: {
  boardId: string;
  filter: MilestoneFilter;
  set: SetFilter;
}) {
  const owners = useBoardsStore(
    useShallow((s: BoardsState) =>
      unique(Object.values(s.boards[boardId]?.milestones ?? {}).map((m) => m.owner)),
    ),
  );
  const tags = useBoardsStore(
    useShallow((s: BoardsState) =>
      unique(Object.values(s.boards[boardId]?.milestones ?? {}).flatMap((m) => m.tags)),
    ),
  );
  return (
    <>
      <ChoiceFilter
        label="Type"
        any="Any type"
        value={filter.type}
        options={[
          [TYPE_UNSET, 'Type not set'],
          ...MILESTONE_TYPES.map((t): [string, string] => [t, MILESTONE_TYPE_LABELS[t]]),
        ]}
        onChange={(type) => set({ type: type as MilestoneFilter['type'] })}
      />
      <ChoiceFilter
        label="Status"
        any="Any status"
        value={filter.status}
        options={MILESTONE_STATUSES.map((st) => [st, MILESTONE_STATUS_LABELS[st]])}
        onChange={(status) => set({ status: status as MilestoneFilter['status'] })}
      />
      <ChoiceFilter
        label="Owner"
        any="Any owner"
        value={filter.owner}
        options={owners.map((o) => [o, o])}
        onChange={(owner) => set({ owner })}
      />
      <ChoiceFilter
        label="Tag"
        any="Any tag"
        value={filter.tag}
        options={tags.map((t) => [t, t])}
        onChange={(tag) => set({ tag })}
      />
      <ConfidenceRange filter={filter} set={set} />
      <label className="filter-bar__toggle">
        <input
          type="checkbox"
          checked={filter.hide}
          onChange={(e) => set({ hide: e.target.checked })}
        />{' '}
        Hide the rest
      </label>
    </>
  );
}
