/**
 * Ports of one end-to-end run: the app's (PH_PORT) and, beside it, the live-session relays
 * the tests start themselves. Runs side by side on one machine each take their own PH_PORT.
 */
export const APP_PORT = Number(process.env.PH_PORT ?? 4321);
export const RELAY_PORTS = [APP_PORT + 10, APP_PORT + 11] as const;
export const relayUrl = (port: number) => `ws://127.0.0.1:${port}`;
