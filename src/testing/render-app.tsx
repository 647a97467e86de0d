import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { ROUTER_FUTURE } from '../config/paths';
import { AppShell, loadAllPages } from '../app/app';
import { useBoardsStore } from '../store/boards-store';
import { useToasts } from '../ui/toast-store';
import type { Board } from '../domain/schema';

/** Resets the app's store to a loaded state holding `boards`. */
export function resetStore(boards: Board[] = []) {
  useBoardsStore.setState(useBoardsStore.getInitialState(), true);
  useBoardsStore.getState().hydrate(boards);
  useToasts.setState({ toasts: [] });
}

/** Loads every page's code, so a page renders at once; call in beforeAll. */
export const preloadPages = () => loadAllPages().then(() => undefined);

/** Renders the whole app at `route`, as a person would meet it. */
export function renderApp(route = '/', boards: Board[] = []) {
  resetStore(boards);
  const user = userEvent.setup();
  const view = render(
    <MemoryRouter initialEntries={[route]} future={ROUTER_FUTURE}>
      <AppShell />
    </MemoryRouter>,
  );
  return { user, ...view };
}
