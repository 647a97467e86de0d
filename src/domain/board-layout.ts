/**
 * How a board is shown, as the page's address says: the horizons or the ladder, and how the
 * ladder groups its rows. Loaded with every board (the address is read as it opens); the
 * ladder's own arithmetic (ladder-rows.ts) loads with the ladder.
 */

export const LADDER_GROUPINGS = ['type', 'owner', 'status'] as const;
export type LadderGrouping = (typeof LADDER_GROUPINGS)[number];

/** The view and grouping as query parameters, beside the filter's. */
export interface BoardLayout {
  view: 'horizons' | 'ladder';
  group: LadderGrouping;
}

export function parseLayout(params: URLSearchParams): BoardLayout {
  const group = params.get('group');
  return {
    view: params.get('view') === 'ladder' ? 'ladder' : 'horizons',
    group: (LADDER_GROUPINGS as readonly (string | null)[]).includes(group)
      ? (group as LadderGrouping)
      : 'type',
  };
}

export function layoutToParams(layout: BoardLayout, params = new URLSearchParams()) {
  if (layout.view === 'ladder') params.set('view', 'ladder');
  if (layout.group !== 'type') params.set('group', layout.group);
  return params;
}
