import { create } from 'zustand';

export interface Toast {
  id: number;
  message: string;
  action?: { label: string; run: () => void };
}

interface ToastState {
  toasts: Toast[];
  show(message: string, action?: Toast['action']): number;
  dismiss(id: number): void;
}

let nextId = 1;
/** How long a toast stays; long enough to reach its Undo button from the back of a room. */
export const TOAST_MS = 8000;

export const useToasts = create<ToastState>()((set, get) => ({
  toasts: [],
  show(message, action) {
    const id = nextId++;
    set({ toasts: [...get().toasts.slice(-2), { id, message, action }] });
    setTimeout(() => get().dismiss(id), TOAST_MS);
    return id;
  },
  dismiss(id) {
    set({ toasts: get().toasts.filter((t) => t.id !== id) });
  },
}));

export const showToast = (message: string, action?: Toast['action']) =>
  useToasts.getState().show(message, action);
