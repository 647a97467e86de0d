import { z } from 'zod/mini';
import { readPersistent, writePersistent } from '../../ui/persistent-state';
import type { Invite } from './invite';
import { SESSIONS_KEY } from './live-boards';
import type { Me } from './live-store';

/**
 * Sessions to go back to: a board that was live when the page closed rejoins when it opens
 * again, until the person leaves. The secret is kept with it: it is the invite link itself,
 * kept in this browser like the board.
 */

const remembered = z.record(
  z.string(),
  z.object({
    relay: z.string(),
    room: z.string(),
    secret: z.string(),
    me: z.object({ name: z.string(), participantId: z.optional(z.string()) }),
  }),
);
export type RememberedSession = { invite: Invite; me: Me };

function readSessions(): z.infer<typeof remembered> {
  return (
    readPersistent(SESSIONS_KEY, (raw) => {
      const parsed = remembered.safeParse(JSON.parse(raw));
      return parsed.success ? parsed.data : undefined;
    }) ?? {}
  );
}

export function rememberedSession(boardId: string): RememberedSession | undefined {
  const entry = readSessions()[boardId];
  if (!entry) return undefined;
  const { me, ...invite } = entry;
  return { invite, me };
}

export function rememberSession(boardId: string, session: RememberedSession | undefined) {
  const sessions = readSessions();
  if (session) sessions[boardId] = { ...session.invite, me: session.me };
  else delete sessions[boardId];
  writePersistent(
    SESSIONS_KEY,
    Object.keys(sessions).length ? JSON.stringify(sessions) : undefined,
  );
}

/** The name this person last went by in a live session, offered first next time. */
const NAME_KEY = 'ph-live-name';
export const lastName = () => readPersistent(NAME_KEY, (raw) => raw) ?? '';
export const rememberName = (name: string) => writePersistent(NAME_KEY, name);

/** The relay address this person last entered, when the build names none. */
const RELAY_KEY = 'ph-live-relay';
export const lastRelay = () => readPersistent(RELAY_KEY, (raw) => raw);
export const rememberRelay = (url: string) => writePersistent(RELAY_KEY, url);
