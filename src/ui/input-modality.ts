/**
 * Whether the person's last action on the page was a key or a pointer (mouse, pen, finger):
 * what a panel that appears after an action goes by to decide whether to take the focus. A
 * key press keeps the focus where the keyboard put it. Listens from the first call on.
 */
let last: 'keyboard' | 'pointer' = 'pointer';
let pressed = false;
let listening = false;

export function watchInputModality(): void {
  if (listening || typeof window === 'undefined') return;
  listening = true;
  window.addEventListener('keydown', () => (last = 'keyboard'), true);
  window.addEventListener(
    'pointerdown',
    () => {
      last = 'pointer';
      pressed = true;
    },
    true,
  );
  for (const type of ['pointerup', 'pointercancel'])
    window.addEventListener(type, () => (pressed = false), true);
}

export const lastInputWasKeyboard = (): boolean => last === 'keyboard';

/** Whether a mouse button, pen or finger is down now: the person is in the middle of something. */
export const pointerIsDown = (): boolean => pressed;
