import { paths } from '../config/paths';

/**
 * Each page's code, fetched once, on first need: the board its drag and drop, a shared board
 * the decompressor, the list its import and backup tools; none needs the others'. Kept apart
 * from the components that show them (app.tsx) so that start-early.ts can ask for a page's
 * code before React's own code has run.
 */
const once = <T>(load: () => Promise<T>) => {
  let pending: Promise<T> | undefined;
  return () => (pending ??= load());
};

export const loadBoardPage = once(() => import('./routes/board/board-page'));
export const loadSharedPage = once(() => import('../features/sharing'));
export const loadListPage = once(() => import('../features/boards-list'));
export const loadSnapshotPage = once(() =>
  import('../features/timeline').then((m) => m.loadSnapshotPage()),
);
export const loadComparePage = once(() =>
  import('../features/timeline').then((m) => m.loadComparePage()),
);
export const loadJoinPage = once(() => import('../features/live').then((m) => m.loadJoinPage()));

/** Starts fetching the code of the page at `pathname`; a failure shows when it is shown. */
export function preloadForPath(pathname: string): void {
  const load = /^\/boards\/[^/]+\/snapshots\//.test(pathname)
    ? loadSnapshotPage
    : /^\/boards\/[^/]+\/compare$/.test(pathname)
      ? loadComparePage
      : pathname.startsWith('/boards/')
        ? loadBoardPage
        : pathname === paths.shared.path
          ? loadSharedPage
          : pathname === paths.join.path
            ? loadJoinPage
            : loadListPage;
  load().catch(() => undefined);
}
