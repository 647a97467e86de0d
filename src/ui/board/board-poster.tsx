import { SIDE_AREAS, milestoneOrder } from '../../domain/milestones';
import type { Board } from '../../domain/schema';
import { MilestoneCardBody } from './milestone-card-body';
import { typeClass } from './milestone-type-style';
import './board-poster.css';

/**
 * The whole board, every card, laid out flat: no dragging, no virtualising. What Print
 * and the image export show, however wide the board or long its horizons.
 */
export function BoardPoster({ board, date = new Date() }: { board: Board; date?: Date }) {
  const order = milestoneOrder(board);
  return (
    <div className="poster">
      <header className="poster__head">
        <p className="poster__eyebrow">Partner · {board.title}</p>
        <h1 className="poster__partner">{board.partner.name || board.title}</h1>
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
                {board.agreedOn && ` on ${board.agreedOn}`}
              </span>
            )}
          </p>
        )}
      </header>
      <div className="poster__columns">
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
                  <div key={id} className={`card ${typeClass(milestone)} poster__card`}>
                    <MilestoneCardBody milestone={milestone} />
                  </div>
                );
              })}
            </section>
          );
        })}
      </div>
      <p className="poster__footer">
        {Object.keys(board.milestones).length} milestones · {date.toISOString().slice(0, 10)} ·
        Partner Horizons
      </p>
    </div>
  );
}
