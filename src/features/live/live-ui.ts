// What the board shows of live sessions beyond the bar's slot, fetched together: the badge
// (and rejoining, and following a presenter) and the Live dialog.
export { LiveStatus } from './live-status';
export { LiveDialog } from './live-dialog';
