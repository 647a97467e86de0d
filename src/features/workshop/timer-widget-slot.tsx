import { lazyWhen } from '../../ui/lazy';
import { useBoardTimer } from './timer-store';

/** The running timebox in the board's bar: its code loads once a timebox runs. */
export const TimerWidget = lazyWhen(
  () => import('./workshop-timer').then((m) => m.TimerWidget),
  ({ boardId }) => useBoardTimer(boardId) !== null,
);
