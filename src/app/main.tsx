// First: starts reading saved boards and fetching this page's code while the rest loads.
import { firstRead, storage } from './start-early';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../ui/theme.css';
import { applyTheme, storedTheme } from '../ui/theme';
import { App } from './app';
import { useBoardsStore } from '../store/boards-store';
import { startPersistence } from '../persistence/autosave';
import { browserJournal } from '../persistence/unload-journal';
import { browserTabChannel } from '../persistence/tab-channel';
import { startStorageCare } from '../persistence/storage-care';

applyTheme(storedTheme());
startStorageCare(useBoardsStore);
startPersistence(useBoardsStore, storage, window, browserJournal(), browserTabChannel(), {
  firstRead,
}).catch((error: unknown) => {
  useBoardsStore.getState().failLoad(`Loading failed unexpectedly: ${String(error)}`);
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
