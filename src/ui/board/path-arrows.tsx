import { memo } from 'react';
import type { Link } from '../../domain/schema';
import './path-arrows.css';

/** One arrow of a pathway, routed already (path-geometry.ts). */
export interface ArrowShape {
  id: string;
  kind: Link['kind'];
  d: string;
  head: string;
}

/**
 * The arrows of a board's pathways, as one SVG laid over the cards' container: "leads to"
 * solid with a filled head, "depends on" dashed with an open one, in colours of their own.
 * Decorative: each card says its links in words.
 */
export function PathArrows({
  arrows,
  lit,
  className = '',
}: {
  arrows: readonly ArrowShape[];
  /** The links of a path lit up: the others fade. */
  lit?: ReadonlySet<string>;
  className?: string;
}) {
  return (
    <svg
      className={`paths paths-plane ${className}`}
      aria-hidden="true"
      data-lit={lit ? '' : undefined}
    >
      <Arrows arrows={arrows} lit={lit} />
    </svg>
  );
}

/** The arrows themselves: not drawn again when only the plane's class changes. */
const Arrows = memo(function Arrows({
  arrows,
  lit,
}: {
  arrows: readonly ArrowShape[];
  lit?: ReadonlySet<string>;
}) {
  return arrows.map((arrow) => (
    <g
      key={arrow.id}
      className={`path path--${arrow.kind}${lit?.has(arrow.id) ? ' path--lit' : ''}`}
    >
      <path d={arrow.d} />
      <polygon points={arrow.head} />
    </g>
  ));
});
