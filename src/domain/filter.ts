import {
  MILESTONE_STATUSES,
  MILESTONE_TYPES,
  type MilestoneStatus,
  type MilestoneType,
} from './ladder';
import type { Board, Milestone } from './schema';

/**
 * What a team narrows a board down to in a workshop. Kept in the page's address, so a
 * link reproduces the same view.
 */
/** The type filter's choice for milestones nobody has placed on the ladder yet. */
export const TYPE_UNSET = 'unset';

export interface MilestoneFilter {
  text: string;
  type: MilestoneType | typeof TYPE_UNSET | '';
  status: MilestoneStatus | '';
  owner: string;
  tag: string;
  minConfidence: number;
  maxConfidence: number;
  /** Hide what does not match, instead of dimming it. */
  hide: boolean;
}

export const NO_FILTER: MilestoneFilter = {
  text: '',
  type: '',
  status: '',
  owner: '',
  tag: '',
  minConfidence: 0,
  maxConfidence: 100,
  hide: false,
};

const percent = (value: string | null, fallback: number) => {
  const n = Number(value);
  return value !== null && value !== '' && Number.isFinite(n)
    ? Math.min(100, Math.max(0, Math.round(n)))
    : fallback;
};

export function parseFilter(params: URLSearchParams): MilestoneFilter {
  const type = params.get('type') ?? '';
  const status = params.get('status') ?? '';
  const min = percent(params.get('min'), 0);
  const max = percent(params.get('max'), 100);
  return {
    text: params.get('q') ?? '',
    type:
      type === TYPE_UNSET || (MILESTONE_TYPES as readonly string[]).includes(type)
        ? (type as MilestoneFilter['type'])
        : '',
    status: (MILESTONE_STATUSES as readonly string[]).includes(status)
      ? (status as MilestoneStatus)
      : '',
    owner: params.get('owner') ?? '',
    tag: params.get('tag') ?? '',
    minConfidence: Math.min(min, max),
    maxConfidence: Math.max(min, max),
    hide: params.get('show') === 'matching',
  };
}

/** The filter as query parameters: only what differs from no filter, in a stable order. */
export function filterToParams(filter: MilestoneFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.text) params.set('q', filter.text);
  if (filter.type) params.set('type', filter.type);
  if (filter.status) params.set('status', filter.status);
  if (filter.owner) params.set('owner', filter.owner);
  if (filter.tag) params.set('tag', filter.tag);
  if (filter.minConfidence > 0) params.set('min', String(filter.minConfidence));
  if (filter.maxConfidence < 100) params.set('max', String(filter.maxConfidence));
  if (filter.hide) params.set('show', 'matching');
  return params;
}

export function isFiltering(filter: MilestoneFilter): boolean {
  const { hide: _hide, ...rest } = filter;
  const { hide: _none, ...none } = NO_FILTER;
  return JSON.stringify(rest) !== JSON.stringify(none);
}

/**
 * How many of the filter's choices besides its words are set: the count on the button that
 * opens them.
 */
export function choicesSet(filter: MilestoneFilter): number {
  return [
    filter.type,
    filter.status,
    filter.owner,
    filter.tag,
    filter.minConfidence > 0 || filter.maxConfidence < 100,
    filter.hide,
  ].filter(Boolean).length;
}

const fold = (text: string) => text.toLocaleLowerCase();

export function matchesFilter(m: Milestone, filter: MilestoneFilter): boolean {
  if (filter.type && (m.type ?? TYPE_UNSET) !== filter.type) return false;
  if (filter.status && m.status !== filter.status) return false;
  if (filter.owner && fold(m.owner) !== fold(filter.owner)) return false;
  if (filter.tag && !m.tags.some((t) => fold(t) === fold(filter.tag))) return false;
  // A confidence nobody gave is within no narrowed range: only the full range takes it.
  const fullRange = filter.minConfidence === 0 && filter.maxConfidence === 100;
  if (
    m.confidence === undefined
      ? !fullRange
      : m.confidence < filter.minConfidence || m.confidence > filter.maxConfidence
  )
    return false;
  const words = fold(filter.text).split(/\s+/).filter(Boolean);
  if (words.length) {
    const haystack = fold([m.title, m.notes, m.owner, m.customType ?? '', ...m.tags].join(' '));
    if (!words.every((w) => haystack.includes(w))) return false;
  }
  return true;
}

/** Whether a card is dimmed: a filter is on and the card does not match it. */
export const isDimmed = (m: Milestone, filter: MilestoneFilter) =>
  isFiltering(filter) && !matchesFilter(m, filter);

/**
 * The first of `ids`, in their order, that the filter picks out: the card a view brings into
 * sight when the filter changes. None while nothing is filtered.
 */
export function firstMatch(
  board: Board,
  ids: readonly string[],
  filter: MilestoneFilter,
): string | undefined {
  if (!isFiltering(filter)) return undefined;
  return ids.find((id) => {
    const m = board.milestones[id];
    return m !== undefined && matchesFilter(m, filter);
  });
}

/** Whether non-matching cards are taken off the board rather than dimmed. */
export const hidesOthers = (filter: MilestoneFilter) => filter.hide && isFiltering(filter);

/** The ids a horizon shows: all of them, or under a hiding filter only the matching ones. */
export function shownIds(
  board: Board,
  ids: readonly string[],
  filter: MilestoneFilter,
): readonly string[] {
  return hidesOthers(filter)
    ? ids.filter((id) => matchesFilter(board.milestones[id]!, filter))
    : ids;
}

/**
 * Where a card dropped among the shown cards goes among all of a horizon's cards: right
 * after the shown card before it, or before the shown card after it.
 */
export function indexAmongAll(
  all: readonly string[],
  shown: readonly string[],
  id: string,
): number {
  const others = all.filter((other) => other !== id);
  const at = shown.indexOf(id);
  const before = shown[at - 1];
  if (before !== undefined && others.includes(before)) return others.indexOf(before) + 1;
  const after = shown[at + 1];
  if (after !== undefined && others.includes(after)) return others.indexOf(after);
  return others.length;
}
