import type { ComponentProps } from 'react';
import { lazyComponent } from '../../ui/lazy';
import { useBoardTimer } from './timer-store';

const LazyTimerWidget = lazyComponent(() => import('./workshop-timer').then((m) => m.TimerWidget));

/** The running timebox in the board's bar: its code loads once a timebox runs. */
export function TimerWidget(props: ComponentProps<typeof LazyTimerWidget>) {
  return useBoardTimer(props.boardId) ? <LazyTimerWidget {...props} /> : null;
}
