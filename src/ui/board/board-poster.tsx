import { useRef, type ReactNode } from 'react';
import { PosterPaths } from './poster-paths';
import { SIDE_AREAS, milestoneOrder } from '../../domain/milestones';
import type { Board, Milestone } from '../../domain/schema';
import { hasInternal } from '../../domain/audience';
import { Icon } from '../icon';
import { MilestoneCardBody } from './milestone-card-body';
import { plural } from '../../domain/plural';
import { formatDay } from '../dates';
import { KINDS_LABEL, KindChips } from '../partner-kinds';
import { typeClass } from './milestone-type-style';
import './board-poster.css';

/** What a page may add to each card: marks under its body, and a class of its own. */
export interface PosterCardExtras {
  cardExtra?: (milestone: Milestone) => ReactNode;
  cardClass?: (milestone: Milestone) => string;
}

/** Every horizon and side area that holds cards, side by side, with every card, and the
 * arrows of the board's pathways between them. */
export function PosterColumns({
  board,
  cardExtra,
  cardClass,
}: { board: Board } & PosterCardExtras) {
  const order = milestoneOrder(board);
  const columns = useRef<HTMLDivElement>(null);
  return (
    <div className="poster__columns" ref={columns}>
      <PosterPaths board={board} container={columns} />
      {[
        ...board.horizons,
        ...SIDE_AREAS.filter((area) => order.get(area.id)?.length).map((area) => ({
          id: area.id,
          title: area.title,
          timeframe: '',
        })),
      ].map((horizon) => {
        const ids = order.get(horizon.id) ?? [];
        return (
          <section key={horizon.id} className="poster__horizon">
            <h2 className="poster__horizon-title">
              {horizon.title} <span className="poster__count">{ids.length}</span>
            </h2>
            {horizon.timeframe && <p className="poster__timeframe">{horizon.timeframe}</p>}
            {ids.map((id) => {
              const milestone = board.milestones[id]!;
              return (
                <div
                  key={id}
                  className={`card ${typeClass(milestone)} poster__card ${cardClass?.(milestone) ?? ''}`}
                  data-poster-milestone={id}
                >
                  <MilestoneCardBody milestone={milestone} />
                  {cardExtra?.(milestone)}
                </div>
              );
            })}
          </section>
        );
      })}
    </div>
  );
}

/**
 * The whole board, every card, laid out flat: no dragging, no virtualising. What Print
 * and the image export show, however wide the board or long its horizons.
 */
export function BoardPoster({
  board,
  date = new Date(),
  ...extras
}: { board: Board; date?: Date } & PosterCardExtras) {
  return (
    <div className="poster">
      <header className="poster__head">
        <p className="poster__eyebrow">
          Partner · {board.title}
          {/* Only ours can hold anything internal: the partner's copy never hints at it. */}
          {hasInternal(board) && (
            <span className="poster__internal">
              <Icon name="lock" /> Internal: for our team only
            </span>
          )}
        </p>
        <h1 className="poster__partner">{board.partner.name || board.title}</h1>
        {board.partner.kinds.length > 0 && (
          <p className="poster__kinds">
            <span className="visually-hidden">{KINDS_LABEL}: </span>
            <KindChips kinds={board.partner.kinds} />
          </p>
        )}
        {board.vision && (
          <p className="poster__vision">
            <span className="pill-label poster__vision-label">Vision</span> {board.vision}
          </p>
        )}
        {(board.whyUs || board.whyThem || board.agreedBy) && (
          <p className="poster__why">
            {board.whyUs && <span>Why it matters to us: {board.whyUs}</span>}
            {board.whyThem && <span>Why it matters to them: {board.whyThem}</span>}
            {board.agreedBy && (
              <span>
                Agreed by {board.agreedBy}
                {board.agreedOn && ` on ${formatDay(board.agreedOn)}`}
              </span>
            )}
          </p>
        )}
      </header>
      <PosterColumns board={board} {...extras} />
      <p className="poster__footer">
        {plural(Object.keys(board.milestones).length, 'milestone')} · {formatDay(date)} · Partner
        Horizons
      </p>
    </div>
  );
}
