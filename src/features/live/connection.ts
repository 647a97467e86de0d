import * as Y from 'yjs';
import { HocuspocusProvider, WebSocketStatus } from '@hocuspocus/provider';
import { readBoard } from '../../domain/board-doc';
import type { Board } from '../../domain/schema';
import type { RestoreResult } from '../../domain/restore';
import type { Invite } from './invite';

/**
 * A connection to one live room through the relay (Hocuspocus's provider). Joining has two
 * steps, so a person can see whose board it is and choose who they are before the board comes
 * into their list: the connection reaches the room and reads it; `joinRoom` (session.ts)
 * binds it to the store.
 */

/** The close reason the relay gives a board past its size limit (relay/server.mjs). */
export const TOO_LARGE = 'board-too-large';

/** What a connection found in its room once it was in step with the relay. */
export type RoomContents =
  | { state: 'board'; board: Board }
  | { state: 'empty' }
  | { state: 'unreadable'; result: Extract<RestoreResult, { ok: false }> };

export type ConnectionEvent =
  | { type: 'synced'; contents: RoomContents }
  | { type: 'status'; connected: boolean }
  | { type: 'refused'; reason: string }
  | { type: 'too-large' };

export const MESSAGES = {
  refused:
    'The relay turned this invite link away: the session may have been started again with a new link. Ask whoever invited you for the current one.',
  tooLarge:
    'This board has grown past what your team’s relay holds, so the live session stopped. Your board is kept here with every change; whoever runs the relay can raise its limit (PH_RELAY_MAX_BYTES).',
} as const;

function contentsOf(doc: Y.Doc): RoomContents {
  const result = readBoard(doc);
  if (result.ok) return { state: 'board', board: result.board };
  return result.reason === 'no-board' ? { state: 'empty' } : { state: 'unreadable', result };
}

/**
 * A connection to one room. Until `join`, it only reads: nothing is written to the room and
 * nothing comes into the store.
 */
export class LiveConnection {
  readonly doc = new Y.Doc();
  readonly provider: HocuspocusProvider;
  private listeners = new Set<(event: ConnectionEvent) => void>();
  private synced = false;
  private closed = false;

  constructor(readonly invite: Invite) {
    this.provider = new HocuspocusProvider({
      url: invite.relay,
      name: invite.room,
      token: invite.secret,
      document: this.doc,
      onSynced: ({ state }) => {
        if (!state) return;
        this.synced = true;
        this.emit({ type: 'synced', contents: contentsOf(this.doc) });
      },
      onStatus: ({ status }) =>
        this.emit({ type: 'status', connected: status === WebSocketStatus.Connected }),
      onAuthenticationFailed: ({ reason }) => {
        this.emit({ type: 'refused', reason });
        this.close();
      },
      onClose: ({ event }) => {
        if (event.reason !== TOO_LARGE) return;
        this.emit({ type: 'too-large' });
        this.close();
      },
    });
    window.addEventListener('online', this.onOnline);
    window.addEventListener('offline', this.onOffline);
  }

  /** Hears what happens to the connection; gives the way to stop hearing it. */
  listen(listener: (event: ConnectionEvent) => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  /** What the room holds now; only meaningful once synced. */
  contents = () => contentsOf(this.doc);
  isSynced = () => this.synced;

  /** Stops talking to the relay; the doc stays readable until dropped. */
  close() {
    if (this.closed) return;
    this.closed = true;
    window.removeEventListener('online', this.onOnline);
    window.removeEventListener('offline', this.onOffline);
    this.provider.destroy();
  }

  /**
   * Back online (a laptop woken, a train out of a tunnel): try the relay now rather than at
   * the next retry, which after a long time offline is up to 30 s away.
   */
  private readonly onOnline = () => {
    if (!this.closed) this.provider.connect().catch(() => undefined);
  };

  /** Offline, as the laptop says: paused now, rather than when the silence times out (30 s). */
  private readonly onOffline = () => {
    if (!this.closed) this.provider.disconnect();
  };

  private emit(event: ConnectionEvent) {
    for (const listener of [...this.listeners]) listener(event);
  }
}
