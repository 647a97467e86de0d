import { lazyComponent } from '../../ui/lazy';

/**
 * Pathways (issue 17): links between milestones, drawn as arrows on the horizons and the
 * ladder, with a path view and warnings in each milestone's editor.
 */

/** The arrows, the link handle and the L key's picker over a board's cards. */
export { PathsLayer } from './paths-entry';

/** The editor's Path section: loads with the editor. */
export const MilestonePath = lazyComponent(() =>
  import('./milestone-path').then((m) => m.MilestonePath),
);

export { PathsToggle, usePathsShown } from './paths-toggle';
