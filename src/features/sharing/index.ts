// Sharing: every way a board leaves the browser (the Share dialog and its exports), and the
// read-only page a share link opens. Both are wanted now and then: whoever uses this feature
// loads it on demand (import('…/features/sharing')).
export { ShareDialog } from './share-dialog';
export { SharedBoardPage } from './shared-board-page';
