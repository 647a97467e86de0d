import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import {
  MILESTONE_STATUSES,
  MILESTONE_STATUS_LABELS,
  MILESTONE_TYPES,
  MILESTONE_TYPE_LABELS,
} from '../../domain/ladder';
import { NO_FILTER, isFiltering, matchesFilter, type MilestoneFilter } from '../../domain/filter';
import { useBoardsStore, type BoardsState } from '../../store/boards-store';
import { Icon } from '../../ui/icon';
import { isModalOpen, isTextField } from '../../ui/key-bindings';
import './filter-bar.css';

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

/**
 * Narrows the board during a workshop: by words, type, status, owner, tag and confidence.
 * Cards that do not match dim, or leave the board with "Hide the rest". "/" jumps here.
 */
export function FilterBar({
  boardId,
  filter,
  onChange,
  start,
  children,
}: {
  boardId: string;
  filter: MilestoneFilter;
  onChange: (filter: MilestoneFilter) => void;
  /** Shown at the start of the bar's first row, e.g. the layout switch. */
  start?: ReactNode;
  /** Shown at the end of the bar's first row, e.g. the balance meter. */
  children?: ReactNode;
}) {
  const search = useRef<HTMLInputElement>(null);
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
  const counts = useBoardsStore(
    useShallow((s: BoardsState) => {
      const all = Object.values(s.boards[boardId]?.milestones ?? {});
      return [all.filter((m) => matchesFilter(m, filter)).length, all.length];
    }),
  );

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTextField(event.target) || isModalOpen()) return;
      event.preventDefault();
      search.current?.focus();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const set = (patch: Partial<MilestoneFilter>) => onChange({ ...filter, ...patch });
  // How many filters besides the words are set, shown on the button that opens them.
  const fieldCount = [
    filter.type,
    filter.status,
    filter.owner,
    filter.tag,
    filter.minConfidence > 0 || filter.maxConfidence < 100,
    filter.hide,
  ].filter(Boolean).length;
  const [expanded, setExpanded] = useState(fieldCount > 0);
  const text = filter.text;
  const setSearch = (value: string) => set({ text: value });
  const active = isFiltering(filter);

  return (
    <div className="filter-bar">
      {start}
      <div className="filter-bar__main" role="search" aria-label="Filter milestones">
        <div className="filter-bar__search">
          <Icon name="search" />
          <input
            ref={search}
            type="search"
            className="input"
            placeholder="Search milestones  ( / )"
            aria-label="Search milestones"
            aria-keyshortcuts="/"
            value={text}
            onChange={(e) => setSearch(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape' && text) {
                e.preventDefault();
                setSearch('');
              }
            }}
          />
        </div>
        <button
          type="button"
          className="button"
          aria-expanded={expanded}
          aria-controls="filter-more"
          onClick={() => setExpanded((open) => !open)}
        >
          <Icon name="filter" /> Filters{fieldCount ? ` (${fieldCount})` : ''}
        </button>
        {active && (
          <>
            <span className="filter-bar__count" role="status">
              {counts[0]} of {counts[1]} match
            </span>
            <button
              type="button"
              className="button button--ghost"
              onClick={() => onChange({ ...NO_FILTER, hide: filter.hide })}
            >
              Clear filters
            </button>
          </>
        )}
      </div>
      {children}
      <div
        id="filter-more"
        className="filter-bar__more"
        role="group"
        aria-label="More filters"
        hidden={!expanded}
      >
        <ChoiceFilter
          label="Type"
          any="Any type"
          value={filter.type}
          options={MILESTONE_TYPES.map((t) => [t, MILESTONE_TYPE_LABELS[t]])}
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
        <label className="filter-bar__toggle">
          <input
            type="checkbox"
            checked={filter.hide}
            onChange={(e) => set({ hide: e.target.checked })}
          />{' '}
          Hide the rest
        </label>
      </div>
    </div>
  );
}
