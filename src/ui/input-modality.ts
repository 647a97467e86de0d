/**
 * Whether the person's last action on the page was a key or a pointer (mouse, pen, finger):
 * what a panel that appears after an action goes by to decide whether to take the focus. A
 * key press keeps the focus where the keyboard put it. Listens from the first call on.
 */
let last: 'keyboard' | 'pointer' = 'pointer';
let listening = false;

export function watchInputModality(): void {
  if (listening || typeof window === 'undefined') return;
  listening = true;
  window.addEventListener('keydown', () => (last = 'keyboard'), true);
  window.addEventListener('pointerdown', () => (last = 'pointer'), true);
}

export const lastInputWasKeyboard = (): boolean => last === 'keyboard';
