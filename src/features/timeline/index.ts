// The board's timeline: snapshots saved at each workshop, opened read-only, restored or
// exported from there, compared with each other or with now; and the why a decision is
// offered. Its code loads when first used.
import { lazyComponent, lazyWhen } from '../../ui/lazy';
import { useBoardsStore } from '../../store/boards-store';
import { watchInputModality } from '../../ui/input-modality';

export const TimelineDialog = lazyComponent(() =>
  import('./timeline-dialog').then((m) => m.TimelineDialog),
);
/** The page of one snapshot, for the app's router: loaded when a snapshot is opened. */
export const loadSnapshotPage = () => import('./snapshot-page').then((m) => m.SnapshotPage);

/** Two moments of a board compared, for the app's router: loaded when a comparison opens. */
export const loadComparePage = () => import('./compare-page').then((m) => m.ComparePage);

// The why prompt takes the focus after a pointer's action, not a key's: it needs to know
// which came last from the moment a board opens.
watchInputModality();

/** The offer to note why a future moved: its code loads the first time a board asks. */
export const WhyPrompt = lazyWhen(
  () => import('./why-prompt').then((m) => m.WhyPrompt),
  ({ boardId }: { boardId: string }) => useBoardsStore((s) => s.askWhy?.boardId === boardId),
);
