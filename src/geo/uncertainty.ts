/** How far a point may be from the truth, by its UCDP/AidData precision code, and how to draw that. */
import type { PrecisionCode } from '../data/types.ts';

/**
 * The radius of a place's uncertainty halo, in km, or null where none is drawn.
 * Code 2 states its radius ("within about 25 km"). Codes 3 and 4 state only the division: the radii
 * here are the order of a Malian cercle and region, to show that the point is loose, not to map the
 * division. Code 1 is exact, and code 6 (the whole country) has its own symbol.
 */
export const UNCERTAINTY_RADIUS_KM: Record<PrecisionCode, number | null> = { 1: null, 2: 25, 3: 60, 4: 150, 6: null };

/** Metres one pixel covers at zoom 0 on the equator, for MapLibre's 512-pixel world. */
const METRES_PER_PIXEL_AT_ZOOM_0 = 78271.517;

/**
 * The radius in pixels at zoom 0 of a circle `km` wide at latitude `lat`; MapLibre doubles it at
 * each zoom level (see the halo layer's `['interpolate', ['exponential', 2], ['zoom'], …]`).
 * @example pixelsAtZoom0(25, 12) // ≈ 0.3266
 */
export function pixelsAtZoom0(km: number, lat: number): number {
  return (km * 1000) / (METRES_PER_PIXEL_AT_ZOOM_0 * Math.cos((lat * Math.PI) / 180));
}
