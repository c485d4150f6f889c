import type { Map as MapLibreMap } from 'maplibre-gl';

declare global {
  interface Window {
    /** The map, exposed for browser tests and debugging. */
    chinaMaliMap?: MapLibreMap;
  }
}
