import { useEffect, useState } from 'react';
import { BrowserRouter, Link, Route, Routes } from 'react-router-dom';
import { paths } from '../config/paths';
import { useBoardsStore } from '../store/boards-store';
import { BoardsListPage } from '../features/boards-list/boards-list-page';
import { SaveStatus } from '../features/saving/save-status';
import { StorageBanner } from '../features/saving/storage-banner';
import { LoadErrorScreen } from '../features/saving/load-error-screen';
import { Toaster } from '../ui/toaster';
import { Icon } from '../ui/icon';
import { NotFound } from '../ui/not-found';
import type * as BoardPageModule from '../features/board/board-page';
import './app.css';

// The board pulls in drag and drop; the boards list does not need to wait for it.
let boardPageModule: typeof BoardPageModule | undefined;
const loadBoardPage = () =>
  import('../features/board/board-page').then((module) => (boardPageModule = module));

/**
 * Loads the board's code without Suspense: revealing a suspended route costs React's
 * fallback throttle (about 300 ms), which would double the time to a board's first paint.
 */
function BoardRoute({ shared = false }: { shared?: boolean }) {
  const [module, setModule] = useState(boardPageModule);
  useEffect(() => {
    if (!module) void loadBoardPage().then(setModule);
  }, [module]);
  if (!module) return <Loading text="Opening the board…" />;
  return shared ? <module.SharedBoardPage /> : <module.BoardPage />;
}

/** Starts fetching the board's code early: when a board is asked for, or about to be. */
export function preloadBoardPage(): void {
  if (!boardPageModule) void loadBoardPage();
}

export function preloadForPath(pathname: string): void {
  if (pathname.startsWith('/boards/') || pathname === paths.shared.path) preloadBoardPage();
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
      <Route
        path={paths.boards.path}
        element={<BoardsListPage onIntentToOpen={preloadBoardPage} />}
      />
      <Route path={paths.board.path} element={<BoardRoute />} />
      <Route path={paths.shared.path} element={<BoardRoute shared />} />
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
      <Routed />
      <Toaster />
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
