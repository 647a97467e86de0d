import { useEffect, useRef } from 'react';

/** Whether a key press is meant for a text field, where the browser's own keys belong. */
export function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * Ctrl/Cmd+Z and Ctrl/Cmd+Shift+Z (and Ctrl+Y) anywhere on the page, except inside a text
 * field or an open dialog, where the browser's own text undo belongs.
 */
export function useUndoKeys(onUndo: () => void, onRedo?: () => void): void {
  const handlers = useRef({ onUndo, onRedo });
  useEffect(() => {
    handlers.current = { onUndo, onRedo };
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      if (isTextField(event.target) || isModalOpen()) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) {
        event.preventDefault();
        handlers.current.onUndo();
      } else if ((key === 'z' && event.shiftKey) || key === 'y') {
        if (!handlers.current.onRedo) return;
        event.preventDefault();
        handlers.current.onRedo();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

/** Whether a modal layer (a dialog, or the presentation) is open above the page. */
export function isModalOpen(): boolean {
  return Boolean(document.querySelector('dialog[open], [aria-modal="true"]'));
}
