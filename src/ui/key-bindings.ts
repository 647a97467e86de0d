import { useEffect, useRef } from 'react';

/** Whether a key press is meant for a text field, where the browser's own keys belong. */
export function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Whether a modal layer (a dialog, or the presentation) is open above the page. */
export function isModalOpen(): boolean {
  return Boolean(document.querySelector('dialog[open], [aria-modal="true"]'));
}

/** Whether Ctrl's shortcuts are ⌘'s here. */
export const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** A page-wide shortcut: what it says to screen readers and in a tooltip, and which keys. */
export interface KeyBinding {
  /** For `aria-keyshortcuts`, e.g. "Control+Z". */
  aria: string;
  /** For a tooltip, e.g. "Ctrl+Z" or "⌘Z". */
  hint: string;
  matches: (event: KeyboardEvent) => boolean;
}

/** Ctrl (⌘ on a Mac) with a letter, with or without Shift. */
export function modKey(letter: string, { shift = false, alsoY = false } = {}): KeyBinding {
  const upper = letter.toUpperCase();
  return {
    aria: `${isMac ? 'Meta' : 'Control'}+${shift ? 'Shift+' : ''}${upper}`,
    hint: `${isMac ? '⌘' : 'Ctrl+'}${shift ? 'Shift+' : ''}${upper}`,
    matches: (event) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return false;
      const key = event.key.toLowerCase();
      return (key === letter && event.shiftKey === shift) || (alsoY && key === 'y');
    },
  };
}

export const UNDO_KEYS = modKey('z');
/** Ctrl/Cmd+Shift+Z, and Ctrl+Y as many people expect. */
export const REDO_KEYS = modKey('z', { shift: true, alsoY: true });
/** "?", as on many sites, for the list of keyboard shortcuts; Shift is part of typing it. */
export const HELP_KEYS: KeyBinding = {
  aria: '?',
  hint: '?',
  matches: (event) => event.key === '?' && !event.ctrlKey && !event.metaKey && !event.altKey,
};

/**
 * Page-wide shortcuts, except inside a text field or an open dialog, where the browser's
 * own keys (its text undo) belong.
 */
export function useKeyBindings(bindings: readonly { keys: KeyBinding; run: () => void }[]): void {
  const current = useRef(bindings);
  useEffect(() => {
    current.current = bindings;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (isTextField(event.target) || isModalOpen()) return;
      const hit = current.current.find((b) => b.keys.matches(event));
      if (!hit) return;
      event.preventDefault();
      hit.run();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
