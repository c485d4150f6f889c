import type { Map as MapLibreMap } from 'maplibre-gl';

declare global {
  /** The version in package.json, set by vite.config.ts. */
  const __APP_VERSION__: string;

  interface Window {
    /** The map, exposed for browser tests and debugging. */
    chinaMaliMap?: MapLibreMap;
  }
}
