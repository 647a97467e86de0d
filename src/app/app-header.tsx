import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { paths } from '../config/paths';
import { SaveStatus } from '../features/saving';
import { Icon } from '../ui/icon';
import { ThemeSwitch } from '../ui/theme-switch';
import './app.css';

/**
 * The bar at the top of every page: the way back to all boards and the word on saving. A
 * board puts its name and tools inside it, so the board keeps the screen's height.
 */
export function AppHeader({ children }: { children?: ReactNode }) {
  return (
    <header className={`app-header${children ? ' app-header--board' : ''}`}>
      <Link
        to={paths.boards.getHref()}
        className="app-header__brand"
        aria-label={children ? 'Partner Horizons: all boards' : undefined}
        title={children ? 'All boards' : undefined}
      >
        <Icon name="board" />
        <span className="app-header__name">Partner Horizons</span>
      </Link>
      {children}
      <span className="app-header__end">
        <ThemeSwitch />
        <SaveStatus />
      </span>
    </header>
  );
}
