import { useEffect, useRef, useState } from 'react';
import { milestoneOrder } from '../../domain/milestones';
import { alignmentSummary } from '../../domain/values';
import { shownRound, tally } from '../../domain/voting';
import type { Board } from '../../domain/schema';
import { Icon } from '../../ui/icon';
import { BoardPoster } from '../../ui/board/board-poster';
import { MilestoneCardBody } from '../../ui/board/milestone-card-body';
import './presentation.css';

type Slide = { kind: 'vision' } | { kind: 'horizon'; index: number } | { kind: 'board' };

function slidesOf(board: Board): Slide[] {
  return [
    { kind: 'vision' },
    ...board.horizons.map((_, index) => ({ kind: 'horizon' as const, index })),
    { kind: 'board' },
  ];
}

/**
 * Presenting to the room: full screen and large type, the vision first, then one horizon at
 * a time, then the whole board. Arrow keys, Page Up/Down, Space or the buttons move; Escape
 * leaves.
 */
export function Presentation({ board, onClose }: { board: Board; onClose: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  const slides = slidesOf(board);
  const [at, setAt] = useState(0);
  const slide = slides[Math.min(at, slides.length - 1)]!;
  const go = (delta: number) => setAt((i) => Math.max(0, Math.min(slides.length - 1, i + delta)));

  useEffect(() => {
    const root = ref.current;
    root?.focus();
    // The whole page goes full screen, not this layer alone, so the timebox (a sibling in
    // the corner) stays visible; where the browser refuses, the layer still fills the page.
    document.documentElement.requestFullscreen?.().catch(() => undefined);
    const onFullscreenChange = () => {
      if (!document.fullscreenElement) onClose();
    };
    const wentFullscreen = () => document.addEventListener('fullscreenchange', onFullscreenChange);
    const timer = setTimeout(wentFullscreen, 300);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('fullscreenchange', onFullscreenChange);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
  }, [onClose]);

  // Keys anywhere while presenting: a button that just became disabled drops focus to the
  // page, and the presenter must still be able to move on or leave.
  const count = slides.length;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const step = (delta: number) => {
        event.preventDefault();
        setAt((i) => Math.max(0, Math.min(count - 1, i + delta)));
      };
      if (event.key === 'Escape') {
        event.preventDefault();
        onClose();
      } else if (['ArrowRight', 'ArrowDown', 'PageDown', ' '].includes(event.key)) step(1);
      else if (['ArrowLeft', 'ArrowUp', 'PageUp'].includes(event.key)) step(-1);
      else if (event.key === 'Home') step(-count);
      else if (event.key === 'End') step(count);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [count, onClose]);

  const order = milestoneOrder(board);
  // The dots of the latest vote the room has seen, beside each card.
  const round = shownRound(board);
  const votes = round && tally(board, round);
  const title =
    slide.kind === 'vision'
      ? 'Vision'
      : slide.kind === 'board'
        ? 'The whole board'
        : board.horizons[slide.index]!.title;

  return (
    <div
      ref={ref}
      className="present"
      role="dialog"
      aria-modal="true"
      aria-label={`Presenting ${board.partner.name || board.title}`}
      tabIndex={-1}
    >
      <header className="present__bar">
        <span className="present__partner">{board.partner.name || board.title}</span>
        <span className="present__where" aria-live="polite">
          {title} · {at + 1} of {slides.length}
        </span>
        <span className="present__nav">
          <button
            type="button"
            className="icon-button"
            aria-label="Previous"
            disabled={at === 0}
            onClick={() => go(-1)}
          >
            <Icon name="arrowLeft" />
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label="Next"
            disabled={at === slides.length - 1}
            onClick={() => go(1)}
          >
            <Icon name="arrowRight" />
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label="Stop presenting"
            onClick={onClose}
          >
            <Icon name="close" />
          </button>
        </span>
      </header>
      <div className="present__stage">
        {slide.kind === 'vision' && (
          <section className="present__vision">
            <p className="pill-label">Vision</p>
            <h1>{board.vision || 'No vision written yet.'}</h1>
            {(board.whyUs || board.whyThem) && (
              <div className="present__why">
                {board.whyUs && (
                  <p>
                    <strong>Why it matters to us.</strong> {board.whyUs}
                  </p>
                )}
                {board.whyThem && (
                  <p>
                    <strong>Why it matters to them.</strong> {board.whyThem}
                  </p>
                )}
              </div>
            )}
            {board.values.length > 0 && <ValuesLine board={board} />}
            <p className="present__sub">
              {board.agreedBy || board.agreedOn
                ? `Agreed${board.agreedBy ? ` by ${board.agreedBy}` : ''}${board.agreedOn ? ` on ${board.agreedOn}` : ''} · `
                : ''}
              {board.horizons.length} horizons · {Object.keys(board.milestones).length} possible
              futures
            </p>
          </section>
        )}
        {slide.kind === 'horizon' && (
          <section className="present__horizon" aria-labelledby="present-horizon-title">
            <h1 id="present-horizon-title">
              {board.horizons[slide.index]!.title}
              {board.horizons[slide.index]!.timeframe && (
                <span className="present__timeframe">
                  {' '}
                  {board.horizons[slide.index]!.timeframe}
                </span>
              )}
            </h1>
            <div className="present__cards">
              {(order.get(board.horizons[slide.index]!.id) ?? []).map((id) => {
                const milestone = board.milestones[id]!;
                const dots = votes?.get(id)?.total;
                return (
                  <div key={id} className={`card card--${milestone.type} present__card`}>
                    <MilestoneCardBody milestone={milestone} />
                    {dots && (
                      <span className="present__dots">
                        {dots} {dots === 1 ? 'dot' : 'dots'}
                      </span>
                    )}
                  </div>
                );
              })}
              {(order.get(board.horizons[slide.index]!.id) ?? []).length === 0 && (
                <p className="present__sub">Nothing here yet.</p>
              )}
            </div>
          </section>
        )}
        {slide.kind === 'board' && <BoardPoster board={board} />}
      </div>
    </div>
  );
}

/** How far the two sides' values meet, in one line the room can read. */
function ValuesLine({ board }: { board: Board }) {
  const summary = alignmentSummary(board.values);
  return (
    <p className="present__values">
      <strong>Values:</strong> {summary.shared} shared, {summary.differing}{' '}
      {summary.differing === 1 ? 'differs' : 'differ'}
      {summary.differences.length > 0 && ` (${summary.differences.map((v) => v.text).join(', ')})`}
    </p>
  );
}
