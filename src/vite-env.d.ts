/**
 * The address of the geodata the build checked (scripts/validate-geodata-plugin.ts): a hashed JSON
 * asset beside the app in a build, a route of the dev server while editing. Load it with
 * `fetchGeodata` (src/data/fetch-geodata.ts).
 */
declare module 'virtual:geodata-url' {
  const url: string;
  export default url;
  /** Each translation of the data's texts, loaded when a reader chooses its language (src/data/translation-patch.ts). */
  export const translations: Record<import('./data/types.ts').TranslatedLanguage, string>;
  /**
   * West, south, east, north of every place and line in the build's data, so the first view is set
   * when the map is made, not moved when the data arrives; null on the dev server and for no data.
   */
  export const bounds: [west: number, south: number, east: number, north: number] | null;
  /**
   * The basemap towns the build's data layers name themselves (src/layers/towns-named.ts), so the
   * basemap's style leaves them out from the start; null on the dev server.
   */
  export const townsNamed: import('maplibre-gl').ExpressionSpecification | null;
}

/**
 * Where the offline basemap's vector tiles are (scripts/basemap-tiles-plugin.ts): a hashed folder of
 * the build, or a route of the dev server; `{z}/{x}/{y}.pbf` below it.
 */
declare module 'virtual:basemap-tiles' {
  /** The tiles' folder, relative to the page, ending in `/`. */
  export const folder: string;
  /** West, south, east, north of the basemap files: no tile exists outside. */
  export const bounds: [west: number, south: number, east: number, north: number];
}

/** MapLibre's worker module (src/map/map-worker.ts): its class, which sets a worker's scope up for MapLibre. */
declare module 'maplibre-gl/dist/maplibre-gl-worker.mjs' {
  /** The worker's side of MapLibre: sources, tiles and layout for the maps on the page. */
  export default class MapLibreWorker {
    /** Sets `scope` up as MapLibre's worker, answering the map's messages. */
    constructor(scope: unknown);
  }
}
