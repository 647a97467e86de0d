import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../ui/theme.css';
import { applyTheme, storedTheme } from '../ui/theme';
import { App, preloadForPath } from './app';
import { useBoardsStore } from '../store/boards-store';
import { openBrowserStorage, startPersistence } from '../persistence/autosave';
import { browserJournal } from '../persistence/unload-journal';
import { browserTabChannel } from '../persistence/tab-channel';
import { startStorageCare } from '../persistence/storage-care';

applyTheme(storedTheme());
preloadForPath(location.pathname);
startStorageCare(useBoardsStore);
startPersistence(
  useBoardsStore,
  openBrowserStorage(),
  window,
  browserJournal(),
  browserTabChannel(),
).catch((error: unknown) => {
  useBoardsStore.getState().failLoad(`Loading failed unexpectedly: ${String(error)}`);
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
