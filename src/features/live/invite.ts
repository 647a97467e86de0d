import { nanoid } from 'nanoid';

/**
 * What joining a live session takes: the relay, the room and its secret. The room and the
 * secret are random (nanoid's 64 symbols: 24 and 32 of them are 144 and 192 bits) and travel
 * only in the link's #fragment, which a browser never sends to any server.
 */
export interface Invite {
  relay: string;
  room: string;
  secret: string;
}

/** What the relay accepts for a room or a secret (relay/server.mjs, TOKEN_PATTERN). */
const TOKEN = /^[A-Za-z0-9_-]{22,128}$/;

export const newInvite = (relay: string): Invite => ({
  relay,
  room: nanoid(24),
  secret: nanoid(32),
});

/** The link that joins the session: `<origin>/join#room=…&key=…&relay=…`. */
export function inviteLink(origin: string, invite: Invite): string {
  const fragment = new URLSearchParams({
    room: invite.room,
    key: invite.secret,
    relay: invite.relay,
  });
  return `${origin}/join#${fragment.toString()}`;
}

export type InviteRead = { ok: true; invite: Invite } | { ok: false; reason: string };

/** The invite a link's #fragment holds; a cut-off or altered link says so. */
export function readInvite(fragment: string): InviteRead {
  const params = new URLSearchParams(fragment.replace(/^#/, ''));
  const room = params.get('room') ?? '';
  const secret = params.get('key') ?? '';
  const relay = params.get('relay') ?? '';
  if (!TOKEN.test(room) || !TOKEN.test(secret) || !/^wss?:\/\/[^\s]+$/.test(relay))
    return {
      ok: false,
      reason:
        'This invite link is incomplete: part of it may have been cut off when it was copied. Ask whoever invited you to send it again.',
    };
  return { ok: true, invite: { relay, room, secret } };
}
