import { memo } from 'react';
import { useDroppable } from '@dnd-kit/core';
import type { SIDE_AREAS } from '../../domain/milestones';
import { Icon } from '../../ui/icon';
import { usePersistentFlag } from '../../ui/persistent-state';
import { useBoardContext } from '../../ui/board/board-context';
import { CardList } from './card-list';
import { horizonDragId, type DragData } from './dnd/drag-ids';
import { useShownIds } from './use-shown-ids';
import './horizon-column.css';
import './side-area.css';

const SIDE_DATA: DragData = { kind: 'horizon', side: true };
const STORAGE_KEY = 'partner-horizons:side-areas-open';
/** Open on wide screens until the person folds or opens them. */
const openOnWideScreens = () => typeof window !== 'undefined' && window.innerWidth >= 1600;

const EMPTY_TEXT: Record<(typeof SIDE_AREAS)[number]['id'], string> = {
  'side:parked': 'Drag a future here to park it. It keeps its place in history.',
  'side:achieved': 'Drag a future here once it is done.',
};

/**
 * A side area beside the horizons: parked or achieved futures, in view but out of the
 * way. It folds to a narrow strip, and even folded it takes a dropped card.
 */
export const SideArea = memo(function SideArea({
  area,
  previewIds,
  activeId,
}: {
  area: (typeof SIDE_AREAS)[number];
  previewIds: readonly string[] | undefined;
  activeId: string | undefined;
}) {
  const { boardId } = useBoardContext();
  const [open, setOpen] = usePersistentFlag(STORAGE_KEY, openOnWideScreens);
  const { shown } = useShownIds(boardId, area.id);
  const ids = previewIds ?? shown;
  const { setNodeRef, isOver } = useDroppable({ id: horizonDragId(area.id), data: SIDE_DATA });
  const headingId = `side-title-${area.id.replace(':', '-')}`;
  const listId = `side-list-${area.id.replace(':', '-')}`;
  const toggle = () => setOpen(!open);

  return (
    <section
      ref={setNodeRef}
      className={`horizon side-area${open ? '' : ' side-area--folded'}${isOver ? ' side-area--over' : ''}`}
      aria-labelledby={headingId}
      data-side-area={area.id}
    >
      <header className="horizon__head side-area__head">
        <button
          type="button"
          className="icon-button side-area__toggle"
          aria-expanded={open}
          aria-controls={listId}
          aria-label={`${open ? 'Fold' : 'Unfold'} ${area.title}`}
          onClick={toggle}
        >
          <Icon name={open ? 'arrowRight' : 'arrowLeft'} />
        </button>
        <h2 id={headingId} className="horizon__title side-area__title">
          {area.title}
        </h2>
        <span
          className="horizon__count"
          aria-label={`${ids.length} ${ids.length === 1 ? 'milestone' : 'milestones'}`}
        >
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
