// A Node client of the relay, as a browser's would be: a Y.Doc joined to a room through a
// Hocuspocus provider, presenting the app's origin (the relay checks it) and the room's
// secret. The relay's tests and the live bench (scripts/bench/live.mjs) both use it.
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';

/**
 * Joins `room` at `url` with `secret`, sending `origin` as a browser on the app would.
 * `maxAttempts` bounds reconnecting (0: without end, as the app does).
 * @param {{ url: string, room: string, secret: string, origin: string, maxAttempts?: number }} options
 */
export function connectClient({ url, room, secret, origin, maxAttempts = 0 }) {
  class FromApp extends WebSocket {
    /** @param {string} address @param {string | string[]} [protocols] */
    constructor(address, protocols) {
      super(address, protocols, { origin });
    }
  }
  const doc = new Y.Doc();
  const socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: FromApp, maxAttempts });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: room,
    token: secret,
    document: doc,
  });
  // A provider handed its socket does not join through it until attached.
  provider.attach();
  return {
    doc,
    provider,
    destroy() {
      provider.destroy();
      socket.destroy();
      doc.destroy();
    },
  };
}
