import { create } from 'zustand';

export interface Toast {
  id: number;
  message: string;
  action?: { label: string; run: () => void };
  /** Toasts of one key replace each other: five links made in a row leave one toast, whose
   * Undo is for the last (an older one's Undo would take back the newest step anyway). */
  key?: string;
}

interface ToastState {
  toasts: Toast[];
  show(message: string, action?: Toast['action'], key?: string): number;
  dismiss(id: number): void;
}

let nextId = 1;
/** How long a toast stays; long enough to reach its Undo button from the back of a room. */
export const TOAST_MS = 8000;

export const useToasts = create<ToastState>()((set, get) => ({
  toasts: [],
  show(message, action, key) {
    const id = nextId++;
    const others = get().toasts.filter((t) => key === undefined || t.key !== key);
    set({ toasts: [...others.slice(-2), { id, message, action, key }] });
    setTimeout(() => get().dismiss(id), TOAST_MS);
    return id;
  },
  dismiss(id) {
    set({ toasts: get().toasts.filter((t) => t.id !== id) });
  },
}));

export const showToast = (message: string, action?: Toast['action'], key?: string) =>
  useToasts.getState().show(message, action, key);
