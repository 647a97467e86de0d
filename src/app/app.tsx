import { BrowserRouter, Route, Routes, useMatch } from 'react-router-dom';
import { paths, ROUTER_FUTURE } from '../config/paths';
import { useBoardsStore } from '../store/boards-store';
import { LoadErrorScreen, RepairedNotice, StorageBanner } from '../features/saving';
import { AppHeader } from './app-header';
import { Toaster } from '../ui/toaster';
import { UpdatePrompt } from './update-prompt';
import { NotFound } from '../ui/not-found';
import { CenterScreen } from '../ui/center-screen';
import { lazyComponent } from '../ui/lazy';
import {
  loadBoardPage,
  loadJoinPage,
  loadListPage,
  loadSharedPage,
  loadSnapshotPage,
  loadComparePage,
} from './page-code';
import './app.css';

// Each page brings its own code (page-code.ts).
// No Suspense: revealing a suspended route costs React's fallback throttle (about 300 ms),
// which would double the time to a board's first paint.
const BoardRoute = lazyComponent(
  () => loadBoardPage().then((m) => m.BoardPage),
  <Loading text="Opening the board…" />,
);
const SharedRoute = lazyComponent(
  () => loadSharedPage().then((m) => m.SharedBoardPage),
  <Loading text="Opening the shared board…" />,
);
const SnapshotRoute = lazyComponent(loadSnapshotPage, <Loading text="Opening the snapshot…" />);
const CompareRoute = lazyComponent(loadComparePage, <Loading text="Comparing…" />);
const JoinRoute = lazyComponent(loadJoinPage, <Loading text="Opening the invite…" />);
const ListRoute = lazyComponent(
  () =>
    loadListPage().then(({ BoardsListPage }) => {
      const ListPage = () => <BoardsListPage onIntentToOpen={preloadBoardPage} />;
      return ListPage;
    }),
  <Loading text="Opening your boards…" />,
);

/** Every page's code, loaded: for tests that render a page at once. */
export const loadAllPages = () =>
  Promise.all([
    BoardRoute.load(),
    SharedRoute.load(),
    SnapshotRoute.load(),
    CompareRoute.load(),
    ListRoute.load(),
    JoinRoute.load(),
  ]);

/** Starts fetching the board's code early: when a board is asked for, or about to be. */
export const preloadBoardPage = () => BoardRoute.preload();

function Loading({ text }: { text: string }) {
  return (
    <CenterScreen busy>
      <p className="loading">{text}</p>
    </CenterScreen>
  );
}

function Routed() {
  const status = useBoardsStore((s) => s.status);
  if (status === 'loading') return <Loading text="Opening your boards…" />;
  if (status === 'error') return <LoadErrorScreen />;
  return (
    <Routes>
      <Route path={paths.boards.path} element={<ListRoute />} />
      <Route path={paths.board.path} element={<BoardRoute />} />
      <Route path={paths.snapshot.path} element={<SnapshotRoute />} />
      <Route path={paths.compare.path} element={<CompareRoute />} />
      <Route path={paths.shared.path} element={<SharedRoute />} />
      <Route path={paths.join.path} element={<JoinRoute />} />
      <Route path={paths.notFound.path} element={<NotFound />} />
    </Routes>
  );
}

/** Everything inside the router; tests render it in a MemoryRouter. */
export function AppShell() {
  const onBoard = useMatch(paths.board.path) !== null;
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      {/* A board draws this bar itself, with its name and tools inside. */}
      {!onBoard && <AppHeader />}
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
    <BrowserRouter future={ROUTER_FUTURE}>
      <AppShell />
    </BrowserRouter>
  );
}
