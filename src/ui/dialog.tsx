import { Icon } from './icon';
import { openModalLayer } from './modal-layers';
import { useLatest } from './use-latest';
import { useEffect, useId, useRef, type ReactNode } from 'react';
import './dialog.css';

/** Where focus goes when a dialog opens: a field marked autofocus, else its first field. */
const FIRST_FIELD = [
  'input:not([type="hidden"]):not([disabled]):not([readonly])',
  'select:not([disabled])',
  'textarea:not([disabled]):not([readonly])',
].join(', ');

interface DialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** Shown under the title; also the dialog's accessible description. */
  description?: string;
  wide?: boolean;
}

/**
 * A modal built on the native <dialog>: the browser traps focus, Escape closes it and the
 * rest of the page becomes inert. Focus returns to whatever opened it.
 */
export function Dialog({ title, onClose, children, description, wide }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();
  const onCloseRef = useLatest(onClose);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement as HTMLElement | null;
    const close = openModalLayer(dialog, () => onCloseRef.current());
    // showModal() focuses the first focusable element, the × in the header; React's autoFocus
    // ran earlier, while the dialog was still closed, and was lost. Typing belongs in the
    // dialog's first field.
    (
      dialog.querySelector<HTMLElement>('[data-autofocus]') ??
      dialog.querySelector<HTMLElement>(FIRST_FIELD)
    )?.focus();
    return () => {
      close();
      if (opener?.isConnected) opener.focus();
    };
  }, [onCloseRef]);

  return (
    <dialog
      ref={ref}
      className={wide ? 'dialog dialog--wide' : 'dialog'}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onKeyDown={(event) => {
        // jsdom and older browsers do not fire "cancel"; close on Escape ourselves.
        if (event.key === 'Escape' && typeof ref.current?.showModal !== 'function') onClose();
      }}
    >
      <div className="dialog__header">
        <h2 id={titleId} className="dialog__title">
          {title}
        </h2>
        <button type="button" className="icon-button" aria-label="Close" onClick={onClose}>
          <Icon name="close" />
        </button>
      </div>
      {description && (
        <p id={descriptionId} className="dialog__description">
          {description}
        </p>
      )}
      {children}
    </dialog>
  );
}
