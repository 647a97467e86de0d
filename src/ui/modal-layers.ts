import { useSyncExternalStore } from 'react';

/**
 * The modal <dialog>s open now, the topmost last. A modal dialog makes everything outside
 * it inert — unclickable, and hidden from screen readers — even a popover shown above it
 * (so Chromium does), so whatever must stay seen, heard and clickable over a dialog, such
 * as a toast, is rendered inside the topmost one.
 */
let layers: readonly HTMLDialogElement[] = [];
const listeners = new Set<() => void>();

function setLayers(next: readonly HTMLDialogElement[]) {
  layers = next;
  for (const listener of listeners) listener();
}

/**
 * Opens `dialog` as a modal layer and returns what closes it again. `onDismiss` is called
 * when the person leaves it with Escape, or the browser closes it on its own (Chromium
 * closes a dialog without a "cancel" event when Escape is pressed twice without a click
 * between).
 */
export function openModalLayer(dialog: HTMLDialogElement, onDismiss: () => void): () => void {
  let closing = false;
  const onCancel = (event: Event) => {
    event.preventDefault();
    onDismiss();
  };
  const onClosed = () => {
    if (!closing) onDismiss();
  };
  if (typeof dialog.showModal === 'function') dialog.showModal();
  else dialog.setAttribute('open', ''); // jsdom
  dialog.addEventListener('cancel', onCancel);
  dialog.addEventListener('close', onClosed);
  setLayers([...layers, dialog]);
  return () => {
    closing = true;
    dialog.removeEventListener('cancel', onCancel);
    dialog.removeEventListener('close', onClosed);
    if (typeof dialog.close === 'function' && dialog.open) dialog.close();
    setLayers(layers.filter((layer) => layer !== dialog));
  };
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
const topLayer = () => layers.at(-1) ?? null;

/** The topmost open modal dialog, or null when none is open. */
export function useTopModalLayer(): HTMLDialogElement | null {
  return useSyncExternalStore(subscribe, topLayer, () => null);
}
