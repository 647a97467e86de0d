import type { ReactNode } from 'react';
import { Dialog } from './dialog';

/**
 * A dialog that tells something and is closed with one button (OK, Done): its body, any
 * further actions, and the closing button last, as the primary one.
 */
export function NoticeDialog({
  title,
  description,
  wide,
  bodyClassName,
  children,
  actions,
  closeLabel = 'OK',
  onClose,
}: {
  title: string;
  description?: string;
  wide?: boolean;
  /** A class of the body's own, beside `dialog__body`. */
  bodyClassName?: string;
  children: ReactNode;
  /** Buttons before the closing one, e.g. Open board. */
  actions?: ReactNode;
  closeLabel?: string;
  onClose: () => void;
}) {
  return (
    <Dialog title={title} description={description} wide={wide} onClose={onClose}>
      <div className={bodyClassName ? `dialog__body ${bodyClassName}` : 'dialog__body'}>
        {children}
        <div className="dialog__actions">
          {actions}
          <button type="button" className="button button--primary" onClick={onClose}>
            {closeLabel}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
