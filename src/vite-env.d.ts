/// <reference types="vite/client" />

/** The app's version from package.json, set by Vite at build time. */
declare const __APP_VERSION__: string;

interface ImportMetaEnv {
  /** The live-session relay(s) this build may reach, comma-separated; the first is offered. */
  readonly VITE_PH_RELAY?: string;
}
