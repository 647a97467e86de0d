import { useLayoutEffect, useRef, type RefObject } from 'react';
import { fitLayout, printableArea } from '../../../ui/board/print-layout';

/**
 * Adds `css` to the page while the print view is up: the page header, whose words are the
 * board's. The Content-Security-Policy refuses an inline <style>; a constructed sheet is not
 * inline markup, and the browser takes it.
 */
export function usePageStyle(css: string): void {
  useLayoutEffect(() => {
    if (!('adoptedStyleSheets' in document) || !('replaceSync' in CSSStyleSheet.prototype)) return;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, [css]);
}

/**
 * Fits the board in the returned ref's element on one page when `fit`: lays it out at a few
 * widths and zooms and keeps the largest zoom that fits (print-layout.ts, `fitLayout`). It
 * runs as the print view mounts, inside the beforeprint event, so the page is laid out with
 * that zoom. The print view is hidden on screen, and the screen is what beforeprint sees: it
 * is laid out unseen to be measured, with the sizes the print gives it (print-view.css sets
 * them for screen and print alike). `content` is what the sheet shows: measured again when
 * it changes.
 */
export function useFitToPage(fit: boolean, content: unknown): RefObject<HTMLDivElement> {
  const sheet = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const element = sheet.current;
    const view = element?.parentElement;
    if (!element || !view) return;
    element.style.width = '';
    element.style.zoom = '';
    delete element.dataset.scale;
    if (!fit) return;
    view.classList.add('print-only--measuring');
    const { width, scale } = fitLayout((at, zoom) => {
      element.style.width = `${at}px`;
      element.style.zoom = String(zoom);
      // The box as zoomed: what it takes of the page.
      return element.getBoundingClientRect().height;
    }, printableArea());
    element.style.width = `${width}px`;
    element.style.zoom = String(scale);
    element.dataset.scale = String(scale);
    view.classList.remove('print-only--measuring');
  }, [fit, content]);
  return sheet;
}
