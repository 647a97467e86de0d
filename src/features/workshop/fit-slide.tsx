import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { fittingScale } from '../../domain/slides';

/** How far a slide may shrink and still be read from the back of the room, and grow. */
export interface FitRange {
  min: number;
  max: number;
}

const px = (value: string) => Number.parseFloat(value) || 0;

/** The room inside the stage's padding. */
function roomOf(stage: HTMLElement) {
  const style = getComputedStyle(stage);
  return {
    width: stage.clientWidth - px(style.paddingLeft) - px(style.paddingRight),
    height: stage.clientHeight - px(style.paddingTop) - px(style.paddingBottom),
  };
}

/**
 * Scales a slide to fill its stage, the scrolling element it is put in: the largest scale in `range` at which it fits, laid out
 * at the width that, once scaled, is the stage's width, so a smaller scale also means wider
 * cards and fewer lines. When it does not fit even at the smallest legible scale it is shown
 * at its own size and the stage scrolls. Refits when the stage changes size (full screen,
 * a window resized, zoom) and when `content` changes. Give each slide its own key, so each
 * starts at its top.
 */
export function FitSlide({
  range,
  content,
  children,
}: {
  range: FitRange;
  content: unknown;
  children: ReactNode;
}) {
  const sizer = useRef<HTMLDivElement>(null);
  const body = useRef<HTMLDivElement>(null);
  const { min, max } = range;

  // Each slide starts at its top.
  useLayoutEffect(() => {
    const box = sizer.current?.parentElement;
    if (box) box.scrollTop = 0;
  }, []);

  useLayoutEffect(() => {
    const outer = sizer.current;
    const inner = body.current;
    const box = outer?.parentElement;
    if (!box || !outer || !inner) return;
    const fit = () => {
      const room = roomOf(box);
      const layOut = (scale: number) => {
        inner.style.width = `${room.width / scale}px`;
        return inner.offsetHeight * scale;
      };
      const scale = fittingScale(layOut, room.height, { min, max }) ?? 1;
      // The sizer takes the scaled size, so the stage scrolls exactly as far as there is to see.
      outer.style.height = `${layOut(scale)}px`;
      inner.style.transform = `scale(${scale})`;
    };
    fit();
    if (typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(fit);
    observer.observe(box);
    return () => observer.disconnect();
  }, [min, max, content]);

  return (
    <div ref={sizer} className="present__fit">
      <div ref={body} className="present__fit-body">
        {children}
      </div>
    </div>
  );
}
