import { memo, useRef } from 'react';
import type { DraggableAttributes, DraggableSyntheticListeners } from '@dnd-kit/core';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { Horizon } from '../../domain/schema';
import { plural } from '../../domain/plural';
import { useShownIds } from './use-shown-ids';
import { Icon } from '../../ui/icon';
import { useBoardContext } from '../../ui/board/board-context';
import { CardList, type CardListHandle } from './card-list';
import { QuickAdd } from './quick-add';
import { horizonDragId, type DragData } from './dnd/drag-ids';
import './horizon-column.css';

const HORIZON_DATA: DragData = { kind: 'horizon' };

/**
 * How many milestones a horizon holds; under a hiding filter, how many of them it shows.
 * During a drag the preview's count, which the filter has already narrowed.
 */
function HorizonCount({
  shown,
  stored,
  previewing,
}: {
  shown: number;
  stored: number;
  previewing: boolean;
}) {
  const all = shown === stored || previewing;
  return (
    <span
      className="horizon__count"
      aria-label={
        all ? plural(shown, 'milestone') : `${shown} of ${plural(stored, 'milestone')} shown`
      }
    >
      {all ? shown : `${shown}/${stored}`}
    </span>
  );
}

/** "6–18 months": cut short beside the title when the column is narrow, whole on hover. */
function Timeframe({ text }: { text: string }) {
  if (!text) return null;
  return (
    <p className="horizon__timeframe" title={text}>
      {text}
    </p>
  );
}

interface HorizonColumnProps {
  horizon: Horizon;
  /** While a milestone is dragged, the order the drag shows; otherwise the stored order. */
  previewIds: readonly string[] | undefined;
  /** The milestone being dragged, when it is in this horizon. */
  activeId: string | undefined;
}

export const HorizonColumn = memo(function HorizonColumn({
  horizon,
  previewIds,
  activeId,
}: HorizonColumnProps) {
  const {
    attributes,
    listeners,
    setNodeRef,
    setActivatorNodeRef,
    transform,
    transition,
    isDragging,
  } = useSortable({ id: horizonDragId(horizon.id), data: HORIZON_DATA });
  const headingId = `horizon-title-${horizon.id}`;

  return (
    <section
      ref={setNodeRef}
      className={`horizon${isDragging ? ' horizon--placeholder' : ''}`}
      style={transform ? { transform: CSS.Translate.toString(transform), transition } : undefined}
      aria-labelledby={headingId}
      data-horizon-id={horizon.id}
    >
      <HorizonBody
        horizon={horizon}
        headingId={headingId}
        previewIds={previewIds}
        activeId={activeId}
        gripAttributes={attributes}
        gripListeners={listeners}
        gripRef={setActivatorNodeRef}
      />
    </section>
  );
});

/**
 * What a column holds. The column around it is a dnd-kit sortable, which re-renders each
 * time any drag starts, changes target or ends; this part re-renders only when what it
 * shows changes.
 */
const HorizonBody = memo(function HorizonBody({
  horizon,
  headingId,
  previewIds,
  activeId,
  gripAttributes,
  gripListeners,
  gripRef,
}: HorizonColumnProps & {
  headingId: string;
  /** The grip's handles from the column's sortable: the same objects while it is not moved. */
  gripAttributes: DraggableAttributes;
  gripListeners: DraggableSyntheticListeners;
  gripRef: (node: HTMLElement | null) => void;
}) {
  const { boardId, editHorizon } = useBoardContext();
  const { storedIds, shown } = useShownIds(boardId, horizon.id);
  const ids = previewIds ?? shown;
  const listRef = useRef<CardListHandle>(null);
  return (
    <>
      <header className="horizon__head">
        <button
          type="button"
          ref={gripRef}
          className="icon-button horizon__grip"
          {...gripAttributes}
          {...gripListeners}
          aria-roledescription="horizon"
          aria-label={`Move horizon ${horizon.title}`}
        >
          <Icon name="grip" />
        </button>
        <div className="horizon__titles">
          <h2 id={headingId} className="horizon__title">
            {horizon.title}
          </h2>
          <Timeframe text={horizon.timeframe} />
        </div>
        <HorizonCount
          shown={ids.length}
          stored={storedIds.length}
          previewing={previewIds !== undefined}
        />
        <button
          type="button"
          className="icon-button"
          aria-label={`Edit horizon ${horizon.title}`}
          onClick={() => editHorizon(horizon.id)}
        >
          <Icon name="more" />
        </button>
      </header>
      <CardList
        horizonId={horizon.id}
        ids={ids}
        activeId={activeId}
        emptyText={
          storedIds.length
            ? 'No milestone here matches the filter.'
            : 'No milestones yet. Add one below or drag one here.'
        }
        handle={listRef}
      />
      <QuickAdd
        horizon={horizon}
        onAdded={() => requestAnimationFrame(() => listRef.current?.scrollToEnd())}
      />
    </>
  );
});
/** The horizon as it looks while dragged: its title and count, no cards. */
export function HorizonPreview({ horizon, count }: { horizon: Horizon; count: number }) {
  return (
    <div className="horizon horizon--overlay">
      <header className="horizon__head">
        <span className="icon-button horizon__grip">
          <Icon name="grip" />
        </span>
        <div className="horizon__titles">
          <p className="horizon__title">{horizon.title}</p>
          <Timeframe text={horizon.timeframe} />
        </div>
        <span className="horizon__count">{count}</span>
      </header>
    </div>
  );
}
