import { useBoardsStore } from '../../store/boards-store';
import { CenterScreen } from '../../ui/center-screen';
import { lazyComponent } from '../../ui/lazy';

// What saving shows only when something went wrong loads only then: the banner, the
// repaired-board notice and the error screen (with the export code they offer) stay out
// of every first visit. The store says at once whether they are needed.

const Banner = lazyComponent(() => import('./storage-banner').then((m) => m.StorageBanner));
const Notice = lazyComponent(() => import('./repaired-notice').then((m) => m.RepairedNotice));
const ErrorScreen = lazyComponent(
  () => import('./load-error-screen').then((m) => m.LoadErrorScreen),
  <CenterScreen busy>
    <p className="loading">Your saved boards cannot be opened here…</p>
  </CenterScreen>,
);

/** Stays on screen while changes are not reaching storage. */
export function StorageBanner() {
  const failing = useBoardsStore((s) => s.save.mode !== 'ok');
  return failing ? <Banner /> : null;
}

/** Boards that opened only after a repair, and what was done. */
export function RepairedNotice() {
  const repaired = useBoardsStore((s) => s.repaired.length > 0);
  return repaired ? <Notice /> : null;
}

/** Shown instead of the app when saved data could not be read. */
export const LoadErrorScreen = ErrorScreen;
