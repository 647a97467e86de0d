import { useLayoutEffect, type RefObject } from 'react';

/** Smaller than this, a card's words are no longer worth showing: the stage scrolls instead. */
const SMALLEST = 0.35;

/**
 * "Fit the whole board": shrinks what the stage holds (CSS zoom) until all of it is in view,
 * and again whenever the stage is resized or its content changes. The facilitator's view of
 * everything at once; every card stays a card, reachable and draggable.
 */
export function useFitZoom(stage: RefObject<HTMLElement | null>, on: boolean): void {
  useLayoutEffect(() => {
    const element = stage.current;
    if (!element || !on) return;
    let frame = 0;
    let content: HTMLElement | null = null;
    const resized = new ResizeObserver(() => schedule());
    const fit = () => {
      const next = element.firstElementChild as HTMLElement | null;
      // Cards measured after they mount grow the board without adding to the page.
      if (next !== content && next) resized.observe(next);
      content = next;
      if (!content) return;
      // Measured at full size, then shrunk, in one frame: nothing is painted in between.
      content.style.zoom = '1';
      const scale = Math.min(
        1,
        element.clientWidth / Math.max(1, content.scrollWidth),
        element.clientHeight / Math.max(1, content.scrollHeight),
      );
      content.style.zoom = String(Math.max(SMALLEST, Math.floor(scale * 1000) / 1000));
    };
    const schedule = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(fit);
    };
    resized.observe(element);
    // Cards added, moved or filtered away change what there is to fit.
    const changed = new MutationObserver(schedule);
    changed.observe(element, { childList: true, subtree: true });
    fit();
    return () => {
      cancelAnimationFrame(frame);
      resized.disconnect();
      changed.disconnect();
      if (content) content.style.zoom = '';
    };
  }, [stage, on]);
}
