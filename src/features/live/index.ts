// Live session: one board edited by several people at once from their own laptops, through
// the team's relay (issue 15). What loads with every board is small: whether it may be live
// (live-boards.ts) and the slots that fetch the rest (live-slot.tsx). The live client (Yjs,
// the relay's client), the badge and the dialogs load when a session starts, is rejoined, or
// the Live dialog opens.

/** The join page's code: the route that opens an invite link. */
export const loadJoinPage = () => import('./join-page').then((m) => m.JoinPage);

export { LiveDialog, LiveStatus } from './live-slot';
