// The ladder: the board's milestones by kind of partnership (rows) and horizon (columns).
export { LadderView } from './ladder-view';
