import { useEffect, useState, type RefObject } from 'react';
import type { Horizon } from '../../domain/schema';
import './horizon-tabs.css';

/** Which horizon fills the row now: the one whose left edge is nearest the scroll position. */
function horizonInView(row: HTMLElement): string | undefined {
  const columns = [...row.querySelectorAll<HTMLElement>(':scope > [data-horizon-id]')];
  let best: HTMLElement | undefined;
  for (const column of columns) {
    const distance = Math.abs(column.offsetLeft - row.offsetLeft - row.scrollLeft);
    if (!best || distance < Math.abs(best.offsetLeft - row.offsetLeft - row.scrollLeft))
      best = column;
  }
  return best?.dataset.horizonId;
}

/**
 * On a phone one horizon fills the screen: these buttons say which one, and move to another
 * (so do a swipe and the arrow keys here). Hidden by CSS where the horizons sit side by side.
 */
export function HorizonTabs({
  horizons,
  row,
}: {
  horizons: readonly Horizon[];
  row: RefObject<HTMLElement | null>;
}) {
  const [current, setCurrent] = useState<string | undefined>(horizons[0]?.id);
  useEffect(() => {
    const element = row.current;
    if (!element) return;
    let frame = 0;
    const onScroll = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setCurrent(horizonInView(element)));
    };
    element.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      element.removeEventListener('scroll', onScroll);
    };
  }, [row]);

  const show = (id: string) => {
    setCurrent(id);
    row.current
      ?.querySelector(`[data-horizon-id="${CSS.escape(id)}"]`)
      ?.scrollIntoView({ block: 'nearest', inline: 'start' });
  };
  const step = (from: number, by: number) => {
    const next = horizons[(from + by + horizons.length) % horizons.length];
    if (!next) return;
    show(next.id);
    document.getElementById(`horizon-tab-${next.id}`)?.focus();
  };

  return (
    <nav className="horizon-tabs" aria-label="Horizons">
      {horizons.map((horizon, index) => (
        <button
          key={horizon.id}
          id={`horizon-tab-${horizon.id}`}
          type="button"
          className="horizon-tabs__tab"
          aria-current={horizon.id === current ? 'true' : undefined}
          onClick={() => show(horizon.id)}
          onKeyDown={(event) => {
            if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
              event.preventDefault();
              step(index, event.key === 'ArrowRight' ? 1 : -1);
            }
          }}
        >
          {horizon.title}
        </button>
      ))}
    </nav>
  );
}
