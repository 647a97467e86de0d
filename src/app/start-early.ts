import { openBrowserStorage } from '../persistence/autosave';
import { preloadForPath } from './page-code';

/**
 * What the app can start before React's code has even run, imported first by main.tsx so
 * that it runs first: the read of saved boards (IndexedDB answers off the main thread) and
 * the fetch of this page's code. Both used to wait for React to be evaluated, about a tenth
 * of a second on a fast machine and more on a slow one, before a board could show.
 */
export const storage = openBrowserStorage();
export const firstRead = storage?.readAll();
preloadForPath(location.pathname);
