import { describe, expect, it } from 'vitest';
import {
  allowedByPolicy,
  checkRelayAddress,
  configuredRelays,
  reachRelay,
  relayOrigin,
} from './relay-address';

describe('relay addresses', () => {
  it('reads what people type: a bare host is wss, https is the same server', () => {
    expect(checkRelayAddress('relay.example.org', 'https:')).toEqual({
      ok: true,
      url: 'wss://relay.example.org',
    });
    expect(checkRelayAddress(' https://relay.example.org/live/ ', 'https:')).toEqual({
      ok: true,
      url: 'wss://relay.example.org/live/',
    });
    expect(checkRelayAddress('ws://127.0.0.1:1234', 'https:')).toEqual({
      ok: true,
      url: 'ws://127.0.0.1:1234',
    });
    expect(checkRelayAddress('http://relay.lan:1234', 'http:')).toEqual({
      ok: true,
      url: 'ws://relay.lan:1234',
    });
  });

  it('turns away what cannot be a relay, saying what one looks like', () => {
    for (const text of ['', '   ', 'ftp://x.org', 'wss://', 'mailto:a@b.c']) {
      const checked = checkRelayAddress(text, 'https:');
      expect(checked.ok).toBe(false);
      if (!checked.ok) expect(checked.reason).toMatch(/relay/);
    }
    expect(checkRelayAddress('wss://relay.example.org/?room=1', 'https:').ok).toBe(false);
    expect(checkRelayAddress('wss://ana:pw@relay.example.org', 'https:').ok).toBe(false);
  });

  it('asks for wss from a secure page, except on this machine', () => {
    const checked = checkRelayAddress('ws://relay.example.org', 'https:');
    expect(checked).toEqual({
      ok: false,
      reason: expect.stringContaining('wss://relay.example.org') as string,
    });
    expect(checkRelayAddress('ws://localhost:1234', 'https:').ok).toBe(true);
  });

  it('lists the relays a build names, first the one offered', () => {
    expect(configuredRelays(undefined)).toEqual([]);
    expect(configuredRelays(' wss://a.org , ws://127.0.0.1:1,')).toEqual([
      'wss://a.org',
      'ws://127.0.0.1:1',
    ]);
    expect(relayOrigin('wss://a.org/live')).toBe('wss://a.org');
  });
});

describe('whether the page may reach a relay', () => {
  const page = 'https://ph.example.org';
  it('allows any relay without a policy (the dev server) or without connect-src', () => {
    expect(allowedByPolicy('wss://x.org', null, page)).toBe(true);
    expect(allowedByPolicy('wss://x.org', "default-src 'self'", page)).toBe(true);
  });

  it('allows only the relays the policy names, by scheme, host and port', () => {
    const policy =
      "default-src 'self'; connect-src 'self' wss://relay.example.org ws://127.0.0.1:4340";
    expect(allowedByPolicy('wss://relay.example.org/live', policy, page)).toBe(true);
    expect(allowedByPolicy('ws://127.0.0.1:4340', policy, page)).toBe(true);
    expect(allowedByPolicy('ws://127.0.0.1:4341', policy, page)).toBe(false);
    expect(allowedByPolicy('ws://relay.example.org', policy, page)).toBe(false);
    expect(allowedByPolicy('wss://evil.example.org', policy, page)).toBe(false);
  });

  it("takes 'self' as the page's own host, securely from a secure page", () => {
    const policy = "connect-src 'self'";
    expect(allowedByPolicy('wss://ph.example.org/relay', policy, page)).toBe(true);
    expect(allowedByPolicy('ws://ph.example.org/relay', policy, page)).toBe(false);
    expect(allowedByPolicy('ws://localhost:5173', policy, 'http://localhost:5173')).toBe(true);
    expect(allowedByPolicy('wss://other.org', policy, page)).toBe(false);
  });
});

describe('reaching a relay from a page', () => {
  const page = {
    protocol: 'https:',
    origin: 'https://ph.example.org',
    policy: "default-src 'self'; connect-src 'self' wss://relay.example.org",
  };

  it('gives the relay’s URL when the address is good and the page may reach it', () => {
    expect(reachRelay('relay.example.org', page, ['wss://relay.example.org'])).toEqual({
      url: 'wss://relay.example.org',
    });
  });

  it('says what an address looks like, or which relays this build reaches and how to add one', () => {
    expect(reachRelay('', page, [])).toEqual({
      problem: expect.stringMatching(/^Enter/) as string,
    });
    expect(reachRelay('wss://other.org', page, ['wss://relay.example.org'])).toEqual({
      problem:
        'This copy of Partner Horizons may only reach wss://relay.example.org. To use wss://other.org, whoever set it up adds it to VITE_PH_RELAY and builds it again.',
    });
    expect(reachRelay('wss://other.org', page, [])).toEqual({
      problem: expect.stringContaining('may only reach its own server') as string,
    });
  });
});
