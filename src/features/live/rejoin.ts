import { useLiveStore } from './live-store';
import { rememberedSession } from './remembered';
import { goLive, sessionOf } from './session';

/** Takes a board back into the session it was in when the page closed, if it was in one. */
export function rejoin(boardId: string): void {
  if (useLiveStore.getState().views[boardId] || sessionOf(boardId)) return;
  const session = rememberedSession(boardId);
  if (session) goLive(boardId, session.invite, session.me);
}
