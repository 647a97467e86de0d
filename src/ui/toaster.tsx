import { createPortal } from 'react-dom';
import { Icon } from './icon';
import { useTopModalLayer } from './modal-layers';
import { useToasts } from './toast-store';
import './toaster.css';

/**
 * Where toasts appear. A polite live region: screen readers hear each message once.
 *
 * While a modal dialog is open the rest of the page is inert — neither seen above the
 * dialog, nor clickable, nor heard — so the toasts move into the topmost dialog, where
 * "Link copied" is read out and its Undo can be pressed. A popover in the top layer would be
 * seen but stay inert (Chromium), so it would be neither heard nor clickable.
 */
export function Toaster() {
  const layer = useTopModalLayer();
  const region = <ToastRegion />;
  return layer ? createPortal(region, layer) : region;
}

function ToastRegion() {
  const toasts = useToasts((s) => s.toasts);
  const dismiss = useToasts((s) => s.dismiss);
  return (
    <div className="toaster" role="status" aria-live="polite" aria-label="Notifications">
      {toasts.map((toast) => (
        <div key={toast.id} className="toast">
          <span>{toast.message}</span>
          {toast.action && (
            <button
              type="button"
              className="button button--on-dark"
              onClick={() => {
                toast.action!.run();
                dismiss(toast.id);
              }}
            >
              {toast.action.label}
            </button>
          )}
          <button
            type="button"
            className="icon-button icon-button--on-dark"
            aria-label="Dismiss"
            onClick={() => dismiss(toast.id)}
          >
            <Icon name="close" />
          </button>
        </div>
      ))}
    </div>
  );
}
