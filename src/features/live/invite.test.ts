import { describe, expect, it } from 'vitest';
import { inviteLink, newInvite, readInvite } from './invite';

describe('invites', () => {
  it('makes a room and a secret of at least 128 bits each, new every time', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const { room, secret } = newInvite('wss://relay.example.org');
      // 64 symbols carry 6 bits each: 22 of them already make 132 bits.
      expect(room).toMatch(/^[A-Za-z0-9_-]{24}$/);
      expect(secret).toMatch(/^[A-Za-z0-9_-]{32}$/);
      expect(seen.has(room) || seen.has(secret)).toBe(false);
      seen.add(room).add(secret);
    }
  });

  it('puts the secret in the fragment only, and reads the link back', () => {
    const invite = newInvite('wss://relay.example.org/live');
    const link = inviteLink('https://ph.example.org', invite);
    const url = new URL(link);
    expect(url.pathname).toBe('/join');
    expect(url.search).toBe('');
    expect(link.split('#')[0]).not.toContain(invite.secret);
    expect(readInvite(url.hash)).toEqual({ ok: true, invite });
  });

  it('says a cut-off or altered link is incomplete', () => {
    const link = inviteLink('https://ph.example.org', newInvite('wss://relay.example.org'));
    const hash = new URL(link).hash;
    for (const broken of [
      '',
      hash.replace(/&relay=.*/, ''),
      hash.replace(/key=[^&]+/, 'key=short'),
      hash.replace(/room=[^&]+/, 'room=has spaces in it and more'),
      hash.replace(/relay=[^&]+/, 'relay=https%3A%2F%2Fx.org'),
    ]) {
      const read = readInvite(broken);
      expect(read.ok).toBe(false);
      if (!read.ok) expect(read.reason).toMatch(/Ask whoever invited you/);
    }
  });
});
