import { lazyComponent } from '../../ui/lazy';
import './ladder-view.css';

/**
 * The ladder view, fetched the first time someone switches to it: most workshops start on
 * the horizons, and the board's first load stays within its budget.
 */
export const LadderView = lazyComponent(
  () => import('./ladder-board').then((m) => m.default),
  <p className="ladder-loading" aria-busy="true">
    Laying out the ladder…
  </p>,
);
