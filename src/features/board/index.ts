// The board feature: the horizons canvas with its drag and drop, and the editors of what
// sits on it (milestones, horizons).
import { lazyComponent } from '../../ui/lazy';

export { BoardCanvas } from './board-canvas';
export { deleteMilestoneWithUndo } from './delete-milestone';
export { ExamplesNotice } from './examples-notice-slot';

// The editor loads on first use, or as soon as someone reaches for the board (see
// preloadEditors): a first visit fetches only what draws the board.
export const MilestoneDialog = lazyComponent(() =>
  import('./milestone-dialog').then((m) => m.MilestoneDialog),
);

/** Fetches the editors' code once someone starts working on the board. */
export const preloadEditors = () => MilestoneDialog.preload();

// Horizons change now and then: their dialogs load on first use.
export const NewHorizonDialog = lazyComponent(() =>
  import('./horizon-dialogs').then((m) => m.NewHorizonDialog),
);
export const EditHorizonDialog = lazyComponent(() =>
  import('./horizon-dialogs').then((m) => m.EditHorizonDialog),
);
