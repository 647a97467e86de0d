// Live session: one board edited by several people at once from their own laptops, through
// the team's relay (issue 15). What loads with the board is small: whether it is live, and
// the buttons to open the rest. The live client (Yjs, the relay's client, the dialogs) loads
// when a session starts, is rejoined, or its dialog is about to open.
import { lazyComponent } from '../../ui/lazy';

export const LiveDialog = lazyComponent(() => import('./live-dialog').then((m) => m.LiveDialog));

/** The join page's code: the route that opens an invite link. */
export const loadJoinPage = () => import('./join-page').then((m) => m.JoinPage);

export { LiveStatus } from './live-status';
