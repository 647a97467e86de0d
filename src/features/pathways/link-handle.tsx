import { useLayoutEffect, useState, type PointerEvent, type RefObject } from 'react';
import { routeArrow, type Box } from '../../domain/path-geometry';
import { useBoardsStore } from '../../store/boards-store';
import { showToast } from '../../ui/toast-store';
import { createLink } from './link-actions';
import { pointIn, reader } from './measure';
import { PathArrows } from '../../ui/board/path-arrows';

const DRAWING = new Set(['new']);

/** The card under a point on the screen, if any: its milestone id. */
function cardAt(x: number, y: number): string | undefined {
  const element = document.elementFromPoint(x, y);
  return element?.closest('[data-milestone-id]')?.getAttribute('data-milestone-id') ?? undefined;
}

/** Where a card is in the layer, kept up to date as its column scrolls. */
function useCardBox(container: RefObject<HTMLElement | null>, from: string): Box | undefined {
  const [box, setBox] = useState<Box | undefined>();
  useLayoutEffect(() => {
    const element = container.current;
    if (!element) return;
    let frame = 0;
    const read = () => {
      const card = element.querySelector(`[data-milestone-id="${from}"]`);
      setBox(card ? reader(element)(card) : undefined);
    };
    // On a scroll, once a frame, with the arrows: not in the scroll event itself, where
    // reading a box forces the layout the virtualised list has just changed.
    const measure = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(read);
    };
    read();
    element.addEventListener('scroll', measure, { capture: true, passive: true });
    return () => {
      cancelAnimationFrame(frame);
      element.removeEventListener('scroll', measure, { capture: true });
    };
  }, [container, from]);
  return box;
}

/**
 * The round handle at the right edge of the card under the pointer: drag from it onto
 * another card to say this one leads to that one; click it (or press Enter on it) to choose
 * from a list instead. An arrow follows the pointer while it is dragged.
 */
export function LinkHandle({
  boardId,
  from,
  container,
  onPick,
}: {
  boardId: string;
  from: string;
  container: RefObject<HTMLElement | null>;
  onPick: () => void;
}) {
  const title = useBoardsStore((s) => s.boards[boardId]?.milestones[from]?.title ?? '');
  const box = useCardBox(container, from);
  const [pointer, setPointer] = useState<{ x: number; y: number } | null>(null);
  if (!box) return null;

  const at = (event: PointerEvent) => pointIn(container.current!, event.clientX, event.clientY);
  const drop = (event: PointerEvent) => {
    const target = cardAt(event.clientX, event.clientY);
    setPointer(null);
    if (!target || target === from) return;
    const outcome = createLink(boardId, { from, to: target, kind: 'leads-to' });
    if (!outcome.ok) showToast(outcome.message);
  };
  const tip = pointer && { x: pointer.x, y: pointer.y, width: 0, height: 0 };
  return (
    <>
      {tip && (
        <PathArrows
          className="paths--drawing"
          arrows={[{ id: 'new', kind: 'leads-to', ...routeArrow(box, tip) }]}
          lit={DRAWING}
        />
      )}
      <button
        type="button"
        className={`link-handle${pointer ? ' link-handle--dragging' : ''}`}
        style={{ left: box.x + box.width, top: box.y + box.height / 2 }}
        aria-label={`Link “${title}” to another milestone`}
        title="Drag onto another milestone to link them, or click to choose one"
        onPointerDown={(event) => {
          if (event.button !== 0) return;
          event.preventDefault();
          event.stopPropagation();
          event.currentTarget.setPointerCapture(event.pointerId);
          setPointer(at(event));
        }}
        onPointerMove={(event) => pointer && setPointer(at(event))}
        onPointerUp={(event) => {
          if (!pointer) return;
          const end = at(event);
          if (Math.hypot(end.x - box.x - box.width, end.y - box.y - box.height / 2) < 8) {
            setPointer(null);
            onPick();
          } else drop(event);
        }}
        onPointerCancel={() => setPointer(null)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') setPointer(null);
        }}
        onClick={(event) => {
          // A pointer's click is handled on its way up; this is Enter or Space.
          if (event.detail === 0) onPick();
        }}
      >
        <span aria-hidden="true" className="link-handle__dot" />
      </button>
    </>
  );
}
