/**
 * Where a live session's relay is: the address a person types (or the build names) made into
 * a WebSocket URL, and whether this copy of the app may reach it. Pure: the page (its
 * protocol, origin and policy) is passed in; `thisPage` reads it where the app runs.
 */

export type RelayCheck = { ok: true; url: string } | { ok: false; reason: string };

/**
 * The relays this build names (VITE_PH_RELAY: one address, or several separated by commas);
 * the first is the one offered. Its Content-Security-Policy lets the app reach these only.
 */
export function configuredRelays(raw: string | undefined): string[] {
  return (raw ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
}

const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/;

/**
 * Reads a relay address as people write it: `wss://relay.example.org`, `https://…` (the same
 * server), or a bare host, which means wss://. A page served over https can reach only a
 * secure relay (the browser blocks ws:// there), except on this machine.
 */
export function checkRelayAddress(text: string, pageProtocol: string): RelayCheck {
  const trimmed = text.trim();
  if (!trimmed)
    return {
      ok: false,
      reason: 'Enter the address of your team’s relay, e.g. wss://relay.example.org.',
    };
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `wss://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme.replace(/^http(s?):/i, 'ws$1:'));
  } catch {
    url = new URL('invalid:x');
  }
  if ((url.protocol !== 'ws:' && url.protocol !== 'wss:') || !url.hostname)
    return {
      ok: false,
      reason: `“${trimmed}” is not a relay address. It looks like wss://relay.example.org.`,
    };
  if (url.search || url.hash || url.username || url.password)
    return {
      ok: false,
      reason: 'A relay address has no ?, # or user name in it: enter only wss://host and its path.',
    };
  if (url.protocol === 'ws:' && pageProtocol === 'https:' && !LOOPBACK.test(url.hostname))
    return {
      ok: false,
      reason: `This page is secure, so the relay must be too: use wss://${url.host}${url.pathname === '/' ? '' : url.pathname}.`,
    };
  const path = url.pathname === '/' ? '' : url.pathname;
  return { ok: true, url: `${url.protocol}//${url.host}${path}` };
}

/**
 * Whether the page's Content-Security-Policy lets it open a WebSocket to `url`. No policy
 * (the dev server) allows it. Only what this app's policy uses is understood: 'self' and
 * scheme://host[:port] sources; anything else is taken as not allowing it.
 */
export function allowedByPolicy(url: string, policy: string | null, pageOrigin: string): boolean {
  if (policy === null) return true;
  const directive = policy
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .find(([name]) => name === 'connect-src');
  if (!directive) return true;
  const target = new URL(url);
  const page = new URL(pageOrigin);
  return directive.slice(1).some((source) => {
    if (source === "'self'")
      return target.host === page.host && (target.protocol === 'wss:' || page.protocol === 'http:');
    let allowed: URL;
    try {
      allowed = new URL(source);
    } catch {
      return false;
    }
    return allowed.protocol === target.protocol && allowed.host === target.host;
  });
}

/** The origin a relay URL goes in a Content-Security-Policy with. */
export const relayOrigin = (url: string) => {
  const { protocol, host } = new URL(url);
  return `${protocol}//${host}`;
};

/** What decides which relays a page may reach. */
export interface Page {
  protocol: string;
  origin: string;
  /** Its Content-Security-Policy, or null where it has none (the dev server). */
  policy: string | null;
}

/** The page the app runs in. */
export const thisPage = (): Page => ({
  protocol: location.protocol,
  origin: location.origin,
  policy:
    document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ??
    null,
});

/**
 * Whether the relay at `text` can be reached from `page`, and if not why, in words: what the
 * address should look like, or which relays this build may reach (`configured`) and how to
 * add another.
 */
export function reachRelay(
  text: string,
  page: Page,
  configured: readonly string[],
): { url: string } | { problem: string } {
  const checked = checkRelayAddress(text, page.protocol);
  if (!checked.ok) return { problem: checked.reason };
  if (!allowedByPolicy(checked.url, page.policy, page.origin))
    return {
      problem: `This copy of Partner Horizons may only reach ${
        configured.length ? configured.join(' or ') : 'its own server'
      }. To use ${checked.url}, whoever set it up adds it to VITE_PH_RELAY and builds it again.`,
    };
  return { url: checked.url };
}
