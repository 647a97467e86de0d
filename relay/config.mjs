// The relay's settings, read from the environment. Every bad value stops the relay with a
// message that names the variable, what it holds and what it should hold.
import path from 'node:path';

/**
 * @typedef {object} RelayConfig
 * @property {number} port        TCP port (0 picks a free one)
 * @property {string} host        interface to listen on; loopback unless exposed on purpose
 * @property {string[]} origins   allowed values of the WebSocket `Origin` header
 * @property {string} dataDir     folder holding the SQLite file (created if missing)
 * @property {number} maxBytes    largest encoded document (Yjs state) a room may hold
 * @property {{ host: string, port: number } | null} [redis]  Redis that several relays share
 * @property {{ connectionsPerMinute: number, banMinutes: number }} [throttle]  per address
 */

export const DEFAULTS = Object.freeze({
  port: 1234,
  host: '127.0.0.1',
  origins: ['http://localhost:5173', 'http://127.0.0.1:5173'],
  dataDir: './relay-data',
  maxBytes: 5 * 1024 * 1024,
  // A whole office behind one address joins at once: 20 laptops, each reconnecting now and
  // then, stay well under it; a script hammering the relay does not.
  connectionsPerMinute: 60,
});

export class ConfigError extends Error {
  name = 'ConfigError';
}

/**
 * @param {string} name
 * @param {string} raw
 * @param {number} min
 * @param {number} max
 */
function integer(name, raw, min, max) {
  const value = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || value < min || value > max) {
    throw new ConfigError(`${name}="${raw}": expected a whole number from ${min} to ${max}`);
  }
  return value;
}

/** @param {string} raw */
function origins(raw) {
  const list = raw
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (list.length === 0) {
    throw new ConfigError(
      'PH_RELAY_ORIGINS is empty: list at least one origin, e.g. https://ph.example.org',
    );
  }
  for (const origin of list) {
    let parsed;
    try {
      parsed = new URL(origin);
    } catch {
      parsed = undefined;
    }
    if (!parsed || parsed.origin !== origin) {
      throw new ConfigError(
        `PH_RELAY_ORIGINS: "${origin}" is not an origin; write scheme://host[:port] with no path or trailing slash`,
      );
    }
  }
  return list;
}

/**
 * Where the Redis that several relays share is: redis://host:port (port 6379 if left out).
 * @param {string} raw
 */
function redisAddress(raw) {
  let url;
  try {
    url = new URL(raw.trim());
  } catch {
    url = undefined;
  }
  if (!url || url.protocol !== 'redis:' || !url.hostname || url.pathname.replace('/', '') !== '') {
    throw new ConfigError(
      `PH_RELAY_REDIS="${raw}": expected redis://host[:port], e.g. redis://127.0.0.1:6379`,
    );
  }
  return { host: url.hostname, port: url.port ? Number(url.port) : 6379 };
}

/**
 * Reads the relay's configuration from `env` (process.env by default).
 * @param {Record<string, string | undefined>} [env]
 * @returns {RelayConfig}
 */
export function loadConfig(env = process.env) {
  /** @param {string} name */
  const get = (name) => {
    const value = env[name];
    return value === undefined || value.trim() === '' ? undefined : value;
  };
  const port = get('PH_RELAY_PORT');
  const host = get('PH_RELAY_HOST');
  const allowed = get('PH_RELAY_ORIGINS');
  const data = get('PH_RELAY_DATA');
  const maxBytes = get('PH_RELAY_MAX_BYTES');
  const redis = get('PH_RELAY_REDIS');
  const rate = get('PH_RELAY_CONNECTIONS_PER_MINUTE');
  return {
    throttle: {
      connectionsPerMinute:
        rate === undefined
          ? DEFAULTS.connectionsPerMinute
          : integer('PH_RELAY_CONNECTIONS_PER_MINUTE', rate, 1, 100_000),
      banMinutes: 5,
    },
    redis: redis === undefined ? null : redisAddress(redis),
    port: port === undefined ? DEFAULTS.port : integer('PH_RELAY_PORT', port, 0, 65535),
    host: host?.trim() ?? DEFAULTS.host,
    origins: allowed === undefined ? [...DEFAULTS.origins] : origins(allowed),
    dataDir: path.resolve(data ?? DEFAULTS.dataDir),
    maxBytes:
      maxBytes === undefined
        ? DEFAULTS.maxBytes
        : integer('PH_RELAY_MAX_BYTES', maxBytes, 1024, 1024 * 1024 * 1024),
  };
}
