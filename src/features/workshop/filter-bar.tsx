import { useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useShallow } from 'zustand/react/shallow';
import {
  NO_FILTER,
  choicesSet,
  isFiltering,
  matchesFilter,
  type MilestoneFilter,
} from '../../domain/filter';
import { useBoardsStore, type BoardsState } from '../../store/boards-store';
import { Icon } from '../../ui/icon';
import { isModalOpen, isTextField } from '../../ui/key-bindings';
import { lazyComponent } from '../../ui/lazy';
import './filter-bar.css';

const MoreFilterFields = lazyComponent(() =>
  import('./more-filters').then((m) => m.MoreFilterFields),
);

/** "/" anywhere but in a text field or a dialog jumps to the search field. */
function useSlashToSearch(search: RefObject<HTMLInputElement | null>) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTextField(event.target) || isModalOpen()) return;
      event.preventDefault();
      search.current?.focus();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [search]);
}

/** The words to look for; Escape clears them. */
function SearchField({
  inputRef,
  text,
  onSearch,
}: {
  inputRef: RefObject<HTMLInputElement>;
  text: string;
  onSearch: (text: string) => void;
}) {
  return (
    <div className="filter-bar__search">
      <Icon name="search" />
      <input
        ref={inputRef}
        type="search"
        className="input"
        placeholder="Search milestones  ( / )"
        aria-label="Search milestones"
        aria-keyshortcuts="/"
        value={text}
        onChange={(e) => onSearch(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && text) {
            e.preventDefault();
            onSearch('');
          }
        }}
      />
    </div>
  );
}

/** While a filter is on: how many milestones match it, and the button that clears it. */
function MatchCount({
  boardId,
  filter,
  onClear,
}: {
  boardId: string;
  filter: MilestoneFilter;
  onClear: () => void;
}) {
  const counts = useBoardsStore(
    useShallow((s: BoardsState) => {
      const all = Object.values(s.boards[boardId]?.milestones ?? {});
      return [all.filter((m) => matchesFilter(m, filter)).length, all.length];
    }),
  );
  return (
    <>
      <span className="filter-bar__count" role="status">
        {counts[0]} of {counts[1]} match
      </span>
      <button type="button" className="button button--ghost" onClick={onClear}>
        Clear filters
      </button>
    </>
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
  useSlashToSearch(search);

  const set = (patch: Partial<MilestoneFilter>) => onChange({ ...filter, ...patch });
  // How many filters besides the words are set, shown on the button that opens them.
  const fieldCount = choicesSet(filter);
  const [expanded, setExpanded] = useState(fieldCount > 0);

  return (
    <div className="filter-bar">
      {start}
      <div className="filter-bar__main" role="search" aria-label="Filter milestones">
        <SearchField inputRef={search} text={filter.text} onSearch={(text) => set({ text })} />
        <button
          type="button"
          className="button"
          aria-expanded={expanded}
          aria-controls="filter-more"
          onPointerEnter={MoreFilterFields.preload}
          onFocus={MoreFilterFields.preload}
          onClick={() => setExpanded((open) => !open)}
        >
          <Icon name="filter" /> Filters{fieldCount ? ` (${fieldCount})` : ''}
        </button>
        {isFiltering(filter) && (
          <MatchCount
            boardId={boardId}
            filter={filter}
            onClear={() => onChange({ ...NO_FILTER, hide: filter.hide })}
          />
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
        {expanded && <MoreFilterFields boardId={boardId} filter={filter} set={set} />}
      </div>
    </div>
  );
}
