import { useCallback, useEffect, useState, type RefObject } from 'react';
import { slideKeyAction, stepSlide } from '../../domain/slides';
import { useLatest } from '../../ui/use-latest';

/** How much of a screenful one press scrolls: a line or two of what was seen stays in view. */
const SCROLL_PART = 0.85;

/**
 * The slide shown, and the keys that move through `count` slides (see `slideKeyAction`):
 * a slide longer than the stage scrolls a screenful at a time before the next one comes.
 */
export function useSlideKeys(
  count: number,
  stage: RefObject<HTMLElement | null>,
  onClose: () => void,
  /** Called when the person moves to another slide themselves (keys or buttons). */
  onStep?: () => void,
) {
  const [at, setAt] = useState(0);
  const onCloseRef = useLatest(onClose);
  const onStepRef = useLatest(onStep);

  // Keys anywhere while presenting: a button that just became disabled drops focus to the
  // page, and the presenter must still be able to move on or leave.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const box = stage.current;
      const overflow = {
        below: Boolean(box && box.scrollTop + box.clientHeight < box.scrollHeight - 1),
        above: Boolean(box && box.scrollTop > 1),
      };
      const action = slideKeyAction(event.key, event.shiftKey, overflow);
      if (!action) return;
      event.preventDefault();
      if (action.kind === 'close') onCloseRef.current();
      else if (action.kind === 'step') {
        onStepRef.current?.();
        setAt((i) => stepSlide(i, action.delta, count));
      } else if (box) box.scrollTop += action.direction * box.clientHeight * SCROLL_PART;
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [count, stage, onCloseRef, onStepRef]);

  const go = (delta: number) => {
    onStep?.();
    setAt((i) => stepSlide(i, delta, count));
  };
  /** Shows slide `index` (someone else's lead), within the slides there are. */
  const show = useCallback(
    (index: number) => setAt(Math.max(0, Math.min(index, count - 1))),
    [count],
  );
  return { at: Math.min(at, count - 1), go, show };
}
