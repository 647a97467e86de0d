// The board's timeline: snapshots saved at each workshop, opened read-only, restored or
// exported from there. Its code loads when first opened.
import { lazyComponent } from '../../ui/lazy';

export const TimelineDialog = lazyComponent(() =>
  import('./timeline-dialog').then((m) => m.TimelineDialog),
);
/** The page of one snapshot, for the app's router: loaded when a snapshot is opened. */
export const loadSnapshotPage = () => import('./snapshot-page').then((m) => m.SnapshotPage);
