import type { ComponentType, ReactNode } from 'react';
import type { Audience } from '../../domain/audience';
import type { Board } from '../../domain/schema';
import { Icon, type IconName } from '../../ui/icon';

/**
 * What an export needs: the board as its audience may see it (domain/audience.ts), who that
 * is, a way to close the dialog first, and its own entry.
 */
export interface ExportContext {
  board: Board;
  audience: Audience;
  onClose: () => void;
  entry: BoardExport;
}

/**
 * One way a board leaves the browser: a title, a line on who it is for, and its button. The
 * Share dialog lists these in order; a new export is one more entry here.
 */
export interface BoardExport {
  id: string;
  title: string;
  description: string;
  /** Its row: an `ExportItem` with the button and any state it keeps (a link once made). */
  Item: ComponentType<ExportContext>;
}

/** One row of the Share dialog: what the export is, anything it made, and its button. */
export function ExportItem({
  entry,
  detail,
  children,
}: {
  entry: BoardExport;
  detail?: ReactNode;
  children: ReactNode;
}) {
  const headingId = `share-${entry.id}`;
  return (
    <section className={`share__item share__item--${entry.id}`} aria-labelledby={headingId}>
      <div>
        <h3 id={headingId}>{entry.title}</h3>
        <p>{entry.description}</p>
        {detail}
      </div>
      {children}
    </section>
  );
}

export function ActionButton({
  icon,
  label,
  onClick,
  disabled,
}: {
  icon: IconName;
  label: string;
  onClick: () => void;
  disabled?: boolean;
}) {
  return (
    <button type="button" className="button" onClick={onClick} disabled={disabled}>
      <Icon name={icon} /> {label}
    </button>
  );
}
