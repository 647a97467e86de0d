import { memo, useCallback, useContext, useMemo, type KeyboardEvent } from 'react';
import { isDimmed } from '../../domain/filter';
import { cardDots, type CardDots } from '../../domain/vote-dots';
import type { Milestone } from '../../domain/schema';
import {
  useColumnTitle,
  useDateFlag,
  useLinkWords,
  useMilestone,
  usePathFlag,
} from '../../store/selectors';
import { cardLabel, MilestoneCardBody } from '../../ui/board/milestone-card-body';
import { typeClass } from '../../ui/board/milestone-type-style';
import { useBoardContext } from '../../ui/board/board-context';
import { useFilter } from '../../ui/board/filter-context';
import { useIsLifted } from '../../ui/board/item-drag';
import { CardDragContext } from './dnd/card-drag';
import { isVoting, useVoting } from '../../ui/board/voting-context';
import { movingTo, usePeersOn } from '../../store/live-room';
import { PeerMarks, peerClass, withPeers } from '../../ui/board/peer-marks';
import '../../ui/board/avatar.css';
import './milestone-card.css';

/** The card as the drag overlay shows it: no sortable hooks inside. */
export function MilestoneCardPreview({ boardId, id }: { boardId: string; id: string }) {
  const milestone = useMilestone(boardId, id);
  if (!milestone) return null;
  return (
    <div className={`card ${typeClass(milestone)} card--overlay`}>
      <MilestoneCardBody milestone={milestone} />
    </div>
  );
}

/** What a key does on a card, if it is one of the card's own; the rest go to the drag. */
type CardKeyAction = 'open' | 'vote' | 'delete';

/**
 * Enter opens the card, V gives a dot (Shift+V takes one back), Delete or Backspace deletes
 * it. None of them while the card is being dragged: then the keys are the drag's.
 */
function cardKeyAction(event: KeyboardEvent, isDragging: boolean): CardKeyAction | undefined {
  if (isDragging) return undefined;
  if (event.key === 'Enter') return 'open';
  if ((event.key === 'v' || event.key === 'V') && !event.ctrlKey && !event.metaKey && !event.altKey)
    return 'vote';
  if (event.key === 'Delete' || event.key === 'Backspace') return 'delete';
  return undefined;
}

/** What a screen reader hears for a card: the card, then what is wrong or marked on it. */
function spokenLabel(
  milestone: Milestone,
  extra: {
    offDate?: string;
    links: string;
    offPath?: string;
    dots?: CardDots;
    dimmed: boolean;
  },
): string {
  const { offDate, links, offPath, dots, dimmed } = extra;
  return [
    cardLabel(milestone),
    offDate && offDate[0]!.toLowerCase() + offDate.slice(1),
    links,
    offPath && `path warning: ${offPath}`,
    dots?.label,
    dimmed && 'does not match the filter',
  ]
    .filter(Boolean)
    .join(', ');
}

/** Beside the card's body: the dots of the vote. */
function CardDots({ dots }: { dots: CardDots | undefined }) {
  if (!dots) return null;
  return (
    <span className="card__extras" aria-hidden="true">
      <span className="card__dots" title={dots.label}>
        {dots.dots.slice(0, 12).map((dot, i) => (
          <span key={i} className={`dot avatar--${dot.color}`} title={dot.name} />
        ))}
        {dots.dots.length > 12 && <span>+{dots.dots.length - 12}</span>}
        <span className="card__dot-count">{dots.label}</span>
      </span>
    </span>
  );
}

/**
 * A card of a horizon. It has no drag hooks of its own: the board's one card draggable
 * picks it up (see dnd/card-drag.ts), so the start and end of a drag re-render only the
 * card lifted, and dnd-kit measures the columns, not every card. The whole card is the
 * handle: a click or Enter opens it, a pointer drag or Space picks it up.
 */
export const BoardCard = memo(function BoardCard({
  id,
  index,
  top,
  measure,
}: {
  id: string;
  /** Index in the horizon and offset from its top, from the virtualised list. */
  index: number;
  top: number;
  measure: (node: Element | null) => void;
}) {
  const { boardId, openMilestone, deleteMilestone } = useBoardContext();
  const { drag, describedBy, bindLifted } = useContext(CardDragContext)!;
  const lifted = useIsLifted(drag, id);
  const milestone = useMilestone(boardId, id);
  const offDate = useDateFlag(boardId, id);
  const links = useLinkWords(boardId, id);
  const offPath = usePathFlag(boardId, id);
  const filter = useFilter();
  const voting = useVoting();
  const peers = usePeersOn(boardId, id);
  const peerColumn = useColumnTitle(boardId, movingTo(peers));
  const ref = useCallback(
    (node: HTMLDivElement | null) => {
      measure(node);
      if (node && lifted) bindLifted(node);
    },
    [measure, lifted, bindLifted],
  );
  // What depends only on the milestone, the filter and the dots is worked out once per
  // change of those: a card moved past during a drag re-renders for its new place only.
  const shown = useMemo(() => {
    if (!milestone) return null;
    const dimmed = isDimmed(milestone, filter);
    const dots = cardDots(voting, id);
    return {
      dimmed,
      label: spokenLabel(milestone, { offDate, links, offPath, dots, dimmed }),
      content: (
        <>
          <MilestoneCardBody milestone={milestone} dateFlag={offDate} pathFlag={offPath} />
          <CardDots dots={dots} />
        </>
      ),
    };
  }, [milestone, offDate, links, offPath, filter, voting, id]);
  if (!milestone || !shown) return null;

  // Space is the board's: it picks the card up (see board-canvas.tsx).
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const action = cardKeyAction(event, lifted);
    if (!action) return;
    event.preventDefault();
    if (action === 'open') openMilestone(id);
    else if (action === 'vote') voting.vote(id, event.shiftKey);
    else deleteMilestone(id);
  };

  return (
    <div
      ref={ref}
      role="button"
      tabIndex={0}
      data-index={index}
      className={`card ${typeClass(milestone)}${lifted ? ' card--placeholder' : ''}${shown.dimmed ? ' card--dimmed' : ''}${peerClass(peers)}`}
      style={{ top }}
      aria-roledescription="milestone"
      aria-describedby={describedBy}
      aria-pressed={lifted || undefined}
      aria-label={withPeers(shown.label, peers, peerColumn)}
      data-milestone-id={id}
      onKeyDown={onKeyDown}
      onClick={(event) => (isVoting(voting) ? voting.vote(id, event.shiftKey) : openMilestone(id))}
    >
      {shown.content}
      <PeerMarks peers={peers} columnTitle={peerColumn} />
    </div>
  );
});
