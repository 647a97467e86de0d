// Saving as the person sees it: the status in the header, the banner when storage fails,
// boards repaired as they loaded, and the screen shown when saved boards cannot be read.
export { SaveStatus } from './save-status';
export { LoadErrorScreen, RepairedNotice, StorageBanner } from './late-parts';
