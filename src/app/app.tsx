import { lazy, Suspense } from 'react';
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
import './app.css';

// The board pulls in drag and drop; the boards list does not need to wait for it.
const BoardPage = lazy(() =>
  import('../features/board/board-page').then((m) => ({ default: m.BoardPage })),
);

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
    <Suspense fallback={<Loading text="Opening the board…" />}>
      <Routes>
        <Route path={paths.boards.path} element={<BoardsListPage />} />
        <Route path={paths.board.path} element={<BoardPage />} />
        <Route path={paths.notFound.path} element={<NotFound />} />
      </Routes>
    </Suspense>
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
