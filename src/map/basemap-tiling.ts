/**
 * How the offline basemap is cut into vector tiles: one tile set, one layer per Natural Earth file of
 * geodata/basemap/, made at build time (scripts/basemap-tiles.ts) and drawn by src/map/basemap-style.ts.
 * A first view then loads only the tiles it shows, simplified to its zoom (about 20 kB gzip on a
 * desktop, against 89 kB for the whole GeoJSON).
 */

/** The style's one basemap source. */
export const BASEMAP_SOURCE_ID = 'basemap';

/**
 * The deepest tiles made. At zoom 7 a tile's 4096 units are 0.0007° apart, and the tiler's simplifying
 * tolerance (3 units, 0.002°) matches the files' own (geodata/basemap/extract.mjs): nothing is lost,
 * and deeper views draw these tiles enlarged.
 */
export const BASEMAP_MAX_ZOOM = 7;

/**
 * The tile layers: which file each is cut from, and the first zoom at which the style reads it (a
 * layer is left out of shallower tiles, where nothing would draw it).
 */
export const BASEMAP_TILE_LAYERS = {
  countries: { file: 'countries.geojson', minzoom: 0 },
  country_labels: { file: 'country_labels.geojson', minzoom: 0 },
  lakes: { file: 'lakes.geojson', minzoom: 0 },
  rivers: { file: 'rivers.geojson', minzoom: 0 },
  river_labels: { file: 'river_labels.geojson', minzoom: 4 },
  places: { file: 'populated_places.geojson', minzoom: 0 },
  regions: { file: 'admin1_label_points.geojson', minzoom: 5 },
} as const;

export type BasemapTileLayer = keyof typeof BASEMAP_TILE_LAYERS;

/**
 * river_labels.geojson holds each river's line at three levels of detail (its `detail` property);
 * the style names rivers along the level whose zoom range holds the view, from `from` on.
 */
export const RIVER_LABEL_LEVELS = [
  { detail: 'low', from: 0 },
  { detail: 'medium', from: 6 },
  { detail: 'high', from: 8 },
] as const;

/**
 * The river label levels a tile of zoom `z` must hold: those drawn anywhere from z to z + 1, or
 * from z on at the deepest zoom, whose tiles are drawn enlarged at every deeper view.
 * @example riverLabelLevels(7) // ['medium', 'high']
 */
export function riverLabelLevels(z: number): string[] {
  const until = z >= BASEMAP_MAX_ZOOM ? Infinity : z + 1;
  return RIVER_LABEL_LEVELS.filter((level, i) => {
    const next = RIVER_LABEL_LEVELS[i + 1]?.from ?? Infinity;
    return level.from < until && next > z;
  }).map((level) => level.detail);
}
