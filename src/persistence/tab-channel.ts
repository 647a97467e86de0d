/**
 * News between tabs of the app: after each save a tab says which boards it wrote (and at
 * which revision) or deleted, so the others read them in within a moment.
 */
export interface TabMessage {
  kind: 'saved';
  /** The format version the sender writes; a newer one tells older tabs to stop writing. */
  schema: number;
  revs: Record<string, number>;
  deleted: string[];
}

export interface TabChannel {
  post(message: TabMessage): void;
  /** Starts listening; returns how to stop. */
  listen(handler: (message: TabMessage) => void): () => void;
}

const CHANNEL_NAME = 'partner-horizons';

function isTabMessage(value: unknown): value is TabMessage {
  const m = value as Partial<TabMessage> | null;
  return (
    !!m &&
    m.kind === 'saved' &&
    typeof m.schema === 'number' &&
    typeof m.revs === 'object' &&
    m.revs !== null &&
    Object.values(m.revs).every((rev) => typeof rev === 'number') &&
    Array.isArray(m.deleted) &&
    m.deleted.every((id) => typeof id === 'string')
  );
}

/** A BroadcastChannel, or null where the browser has none (each tab then finds out at write time). */
export function browserTabChannel(name = CHANNEL_NAME): TabChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  const channel = new BroadcastChannel(name);
  return {
    post: (message) => channel.postMessage(message),
    listen(handler) {
      const onMessage = (event: MessageEvent) => {
        if (isTabMessage(event.data)) handler(event.data);
      };
      channel.addEventListener('message', onMessage);
      return () => channel.removeEventListener('message', onMessage);
    },
  };
}
