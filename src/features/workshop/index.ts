// Workshop tools: the vision and its values, voting, the timebox, presenting, the balance
// meter and the filter bar.
import { lazyComponent } from '../../ui/lazy';

export { VisionPanel } from './vision-panel';
export { FilterBar } from './filter-bar';
export { BalanceMeter } from './balance-meter';
export { VotingBar } from './voting-bar-slot';
export { TimerWidget } from './timer-widget-slot';
export { useVotingState } from './voting-state';

// What a workshop opens now and then loads on first use (or as the pointer nears the button
// that opens it), keeping the board's first load within its budget.
export const PresentDialog = lazyComponent(() =>
  import('./present-board').then((m) => m.PresentBoard),
);
export const ValuesDialog = lazyComponent(() =>
  import('./values-dialog').then((m) => m.ValuesDialog),
);
export const TimerDialog = lazyComponent(() => import('./timer-dialog').then((m) => m.TimerDialog));
export const VotingDialog = lazyComponent(() => import('./voting').then((m) => m.VotingDialog));
export const RankingDialog = lazyComponent(() => import('./voting').then((m) => m.RankingDialog));
