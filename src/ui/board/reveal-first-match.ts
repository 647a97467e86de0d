import { useEffect, useRef } from 'react';
import { filterToParams, isFiltering, type MilestoneFilter } from '../../domain/filter';
import { useFilter } from './filter-context';

/**
 * Brings a card into sight in every scroller around it, by the shortest way (a card already
 * in sight stays put); smoothly, unless the person's system asks for less motion.
 */
export function revealCard(node: Element): void {
  const reduce =
    typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  node.scrollIntoView({
    block: 'nearest',
    inline: 'nearest',
    behavior: reduce ? 'auto' : 'smooth',
  });
}

/** The cards a filter leaves lit: milestones on the board or ladder that are not dimmed. */
export const MATCHING_CARD = '[aria-roledescription="milestone"]:not(.card--dimmed)';

/**
 * Runs `reveal` when the filter changes, and when a view opens filtered, once the change has
 * been drawn: where a view brings its first match into sight. Not when the filter is
 * cleared, nor when only the board changes under an unchanged filter.
 */
export function useOnFilterChange(reveal: (filter: MilestoneFilter) => void): void {
  const filter = useFilter();
  const key = isFiltering(filter) ? filterToParams(filter).toString() : '';
  const latest = useRef({ reveal, filter });
  useEffect(() => {
    latest.current = { reveal, filter };
  });
  useEffect(() => {
    if (!key) return;
    const frame = requestAnimationFrame(() => latest.current.reveal(latest.current.filter));
    return () => cancelAnimationFrame(frame);
  }, [key]);
}
