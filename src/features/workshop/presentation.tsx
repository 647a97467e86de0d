import { useEffect, useRef, useState, type RefObject } from 'react';
import { slideTitle, slidesOf, stepSlide } from '../../domain/slides';
import type { Board } from '../../domain/schema';
import { Icon } from '../../ui/icon';
import { BoardPoster } from '../../ui/board/board-poster';
import { HorizonSlide, VisionSlide } from './presentation-slides';
import './presentation.css';

/** Takes the focus, and the page full screen while presenting; leaving full screen leaves. */
function usePresenting(ref: RefObject<HTMLDivElement | null>, onClose: () => void) {
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
  }, [ref, onClose]);
}

/**
 * The slide shown, and the keys that move through `count` slides: arrows, Page Up/Down,
 * Space, Home and End; Escape leaves.
 */
function useSlideKeys(count: number, onClose: () => void) {
  const [at, setAt] = useState(0);
  // Keys anywhere while presenting: a button that just became disabled drops focus to the
  // page, and the presenter must still be able to move on or leave.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const step = (delta: number) => {
        event.preventDefault();
        setAt((i) => stepSlide(i, delta, count));
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
  const go = (delta: number) => setAt((i) => stepSlide(i, delta, count));
  return { at, go };
}

/** The presenter's bar: whose board, which slide, and the buttons to move or stop. */
function PresenterBar({
  name,
  where,
  at,
  count,
  go,
  onClose,
}: {
  name: string;
  where: string;
  at: number;
  count: number;
  go: (delta: number) => void;
  onClose: () => void;
}) {
  return (
    <header className="present__bar">
      <span className="present__partner">{name}</span>
      <span className="present__where" aria-live="polite">
        {where} · {at + 1} of {count}
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
          disabled={at === count - 1}
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
  );
}

/**
 * Presenting to the room: full screen and large type, the vision first, then one horizon at
 * a time, then the whole board. Arrow keys, Page Up/Down, Space or the buttons move; Escape
 * leaves.
 */
export function Presentation({ board, onClose }: { board: Board; onClose: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  const slides = slidesOf(board);
  usePresenting(ref, onClose);
  const { at, go } = useSlideKeys(slides.length, onClose);
  const slide = slides[Math.min(at, slides.length - 1)]!;
  const name = board.partner.name || board.title;

  return (
    <div
      ref={ref}
      className="present"
      role="dialog"
      aria-modal="true"
      aria-label={`Presenting ${name}`}
      tabIndex={-1}
    >
      <PresenterBar
        name={name}
        where={slideTitle(board, slide)}
        at={at}
        count={slides.length}
        go={go}
        onClose={onClose}
      />
      <div className="present__stage">
        {slide.kind === 'vision' && <VisionSlide board={board} />}
        {slide.kind === 'horizon' && <HorizonSlide board={board} index={slide.index} />}
        {slide.kind === 'board' && <BoardPoster board={board} />}
      </div>
    </div>
  );
}
