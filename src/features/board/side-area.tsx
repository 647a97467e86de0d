import { memo } from 'react';
import { useDroppable } from '@dnd-kit/core';
import type { SIDE_AREAS } from '../../domain/milestones';
import { plural } from '../../domain/plural';
import { Icon } from '../../ui/icon';
import { useBoardContext } from '../../ui/board/board-context';
import { CardList } from './card-list';
import { horizonDragId, type DragData } from './dnd/drag-ids';
import { useShownIds } from './use-shown-ids';
import './horizon-column.css';
import './side-area.css';

const SIDE_DATA: DragData = { kind: 'horizon', side: true };

const EMPTY_TEXT: Record<(typeof SIDE_AREAS)[number]['id'], string> = {
  'side:parked': 'Drag a milestone here to park it. It keeps its place in history.',
  'side:achieved': 'Drag a milestone here once it is done.',
};

/**
 * A side area beside the horizons: parked or achieved milestones, in view but out of the
 * way. A narrow strip that takes a dropped card; opened, a drawer over the horizons' right
 * edge, so Now never leaves the screen. Escape folds it again.
 */
export const SideArea = memo(function SideArea({
  area,
  open,
  onOpen,
  previewIds,
  activeId,
}: {
  area: (typeof SIDE_AREAS)[number];
  open: boolean;
  onOpen: (open: boolean) => void;
  previewIds: readonly string[] | undefined;
  activeId: string | undefined;
}) {
  const { boardId } = useBoardContext();
  const { shown } = useShownIds(boardId, area.id);
  const ids = previewIds ?? shown;
  const { setNodeRef, isOver } = useDroppable({ id: horizonDragId(area.id), data: SIDE_DATA });
  const headingId = `side-title-${area.id.replace(':', '-')}`;
  const listId = `side-list-${area.id.replace(':', '-')}`;
  const toggle = () => onOpen(!open);

  return (
    <section
      ref={setNodeRef}
      className={`horizon side-area${open ? ' side-area--open' : ' side-area--folded'}${isOver ? ' side-area--over' : ''}`}
      aria-labelledby={headingId}
      data-side-area={area.id}
      onKeyDown={(event) => {
        if (open && event.key === 'Escape' && !event.defaultPrevented) {
          event.preventDefault();
          onOpen(false);
          event.currentTarget.querySelector<HTMLElement>('.side-area__toggle')?.focus();
        }
      }}
    >
      <header className="horizon__head side-area__head">
        <button
          type="button"
          className="icon-button side-area__toggle"
          aria-expanded={open}
          aria-controls={listId}
          aria-label={`${open ? 'Close' : 'Open'} ${area.title}`}
          onClick={toggle}
        >
          <Icon name={open ? 'arrowRight' : 'arrowLeft'} />
        </button>
        <h2 id={headingId} className="horizon__title side-area__title">
          {area.title}
        </h2>
        <span className="horizon__count" aria-label={plural(ids.length, 'milestone')}>
          {ids.length}
        </span>
      </header>
      <div id={listId} className="side-area__body" hidden={!open}>
        {open && (
          <CardList
            horizonId={area.id}
            ids={ids}
            activeId={activeId}
            emptyText={EMPTY_TEXT[area.id]}
          />
        )}
      </div>
    </section>
  );
});
