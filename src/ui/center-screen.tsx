import type { ReactNode } from 'react';
import './center-screen.css';

/**
 * A page that is one message in the middle of the screen: loading, not found, a link that
 * cannot be opened, saved data that cannot be read. With a title it is a panel: the
 * message, then what to do next in `actions`.
 */
export function CenterScreen({
  title,
  children,
  actions,
  busy,
}: {
  title?: string;
  children: ReactNode;
  actions?: ReactNode;
  busy?: boolean;
}) {
  return (
    <main className="center-screen" id="main" aria-busy={busy || undefined}>
      {title === undefined ? (
        children
      ) : (
        <div className="center-screen__panel">
          <h1>{title}</h1>
          {children}
          {actions && <div className="center-screen__actions">{actions}</div>}
        </div>
      )}
    </main>
  );
}
