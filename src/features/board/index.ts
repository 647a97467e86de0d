// The board feature: the horizons canvas with its drag and drop, and the editors of what
// sits on it (milestones, horizons).
import { lazyComponent } from '../../ui/lazy';

export { BoardCanvas } from './board-canvas';
export { MilestoneDialog } from './milestone-dialog';
export { deleteMilestoneWithUndo } from './delete-milestone';

// Horizons change now and then: their dialogs load on first use.
export const NewHorizonDialog = lazyComponent(() =>
  import('./horizon-dialogs').then((m) => m.NewHorizonDialog),
);
export const EditHorizonDialog = lazyComponent(() =>
  import('./horizon-dialogs').then((m) => m.EditHorizonDialog),
);
