// Exchange: reading what comes in from outside (a share link, a board file) in a worker, off
// the main thread. Used by the sharing and boards-list features; it imports only the domain.
export { decodeLinkInWorker, parseFileInWorker } from './read-in-worker';
