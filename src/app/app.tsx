import { useEffect, useState, type ComponentType } from 'react';
import { BrowserRouter, Link, Route, Routes } from 'react-router-dom';
import { paths } from '../config/paths';
import { useBoardsStore } from '../store/boards-store';
import { SaveStatus } from '../features/saving/save-status';
import { StorageBanner } from '../features/saving/storage-banner';
import { RepairedNotice } from '../features/saving/repaired-notice';
import { LoadErrorScreen } from '../features/saving/load-error-screen';
import { Toaster } from '../ui/toaster';
import { UpdatePrompt } from './update-prompt';
import { Icon } from '../ui/icon';
import { NotFound } from '../ui/not-found';
import './app.css';

/**
 * A page whose code loads on demand, without Suspense: revealing a suspended route costs
 * React's fallback throttle (about 300 ms), which would double the time to a board's first
 * paint. `preload` starts the fetch early, so the page is usually there when asked for.
 */
function lazyPage(load: () => Promise<ComponentType>, loadingText: string) {
  let loaded: ComponentType | undefined;
  let pending: Promise<ComponentType> | undefined;
  const preload = () => (pending ??= load().then((page) => (loaded = page)));
  function Page() {
    const [Loaded, setLoaded] = useState(() => loaded);
    useEffect(() => {
      if (!Loaded) void preload().then((page) => setLoaded(() => page));
    }, [Loaded]);
    return Loaded ? <Loaded /> : <Loading text={loadingText} />;
  }
  return { Page, preload };
}

// Each page brings its own code: the board drag and drop, a shared board the decompressor,
// the list its import and backup tools; none needs the others'.
const board = lazyPage(
  () => import('../features/board/board-page').then((m) => m.BoardPage),
  'Opening the board…',
);
const shared = lazyPage(
  () => import('../features/board/shared-board-page').then((m) => m.SharedBoardPage),
  'Opening the shared board…',
);
const list = lazyPage(
  () =>
    import('../features/boards-list/boards-list-page').then(({ BoardsListPage }) => {
      const ListPage = () => <BoardsListPage onIntentToOpen={preloadBoardPage} />;
      return ListPage;
    }),
  'Opening your boards…',
);

/** Every page's code, loaded: for tests that render a page at once. */
export const loadAllPages = () => Promise.all([board.preload(), shared.preload(), list.preload()]);

/** Starts fetching the board's code early: when a board is asked for, or about to be. */
export const preloadBoardPage = () => void board.preload();

export function preloadForPath(pathname: string): void {
  if (pathname.startsWith('/boards/')) void board.preload();
  else if (pathname === paths.shared.path) void shared.preload();
  else void list.preload();
}

function Loading({ text }: { text: string }) {
  return (
    <main className="center-screen" id="main" aria-busy="true">
      <p className="loading">{text}</p>
    </main>
  );
}

function Routed() {
  const status = useBoardsStore((s) => s.status);
  if (status === 'loading') return <Loading text="Opening your boards…" />;
  if (status === 'error') return <LoadErrorScreen />;
  return (
    <Routes>
      <Route path={paths.boards.path} element={<list.Page />} />
      <Route path={paths.board.path} element={<board.Page />} />
      <Route path={paths.shared.path} element={<shared.Page />} />
      <Route path={paths.notFound.path} element={<NotFound />} />
    </Routes>
  );
}

/** Everything inside the router; tests render it in a MemoryRouter. */
export function AppShell() {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <Link to={paths.boards.getHref()} className="app-header__brand">
          <Icon name="board" />
          Partner Horizons
        </Link>
        <SaveStatus />
      </header>
      <StorageBanner />
      <RepairedNotice />
      <Routed />
      <Toaster />
      <UpdatePrompt />
    </>
  );
}

export function App() {
  return (
    <BrowserRouter>
      <AppShell />
    </BrowserRouter>
  );
}
