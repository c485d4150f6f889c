/**
 * The map as a picture with its scale bar, for the printed page and the saved image. Kept out of
 * ./map-image.ts, which loads when first used, because printing cannot wait for a download.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { drawScaleBar, mapScaleBar, type ScaleLabel } from './scale-bar.ts';

/** Pixels per CSS pixel of a picture of the map (at least): twice the screen's, as paper is sharper. */
export const PICTURE_DENSITY = 2;

/**
 * A copy of the map's canvas, drawn at `density`, with the scale bar at its foot: for the saved
 * image and the printed page. Take it in the task the map was drawn in (WebGL clears it after).
 * @returns null where the browser has no 2D canvas
 */
export function pictureWithScaleBar(map: MapLibreMap, density: number, scaleAt: ScaleLabel): HTMLCanvasElement | null {
  const source = map.getCanvas();
  const copy = document.createElement('canvas');
  [copy.width, copy.height] = [source.width, source.height];
  const g = copy.getContext('2d');
  if (!g) return null;
  g.drawImage(source, 0, 0);
  const bar = mapScaleBar(map);
  drawScaleBar(g, bar, scaleAt(bar.distance, bar.latitude), copy.height, density);
  return copy;
}

/**
 * The map as drawn now, as a PNG data URL, for the printed page (the WebGL canvas itself prints
 * blank: its drawing buffer is not kept). Drawn again at once, at `PICTURE_DENSITY` or the screen's
 * if higher, and read in the same task, before WebGL clears it; synchronous, because a `beforeprint`
 * listener must finish the page before the browser lays it out for paper.
 * @returns a `data:image/png` URL of the map's pixels and its scale bar, without frame
 * @example img.src = mapSnapshot(map, messages().tour.scaleAt);
 */
export function mapSnapshot(map: MapLibreMap, scaleAt: ScaleLabel): string {
  const ratio = map.getPixelRatio();
  const density = Math.max(ratio, PICTURE_DENSITY);
  map.setPixelRatio(density);
  try {
    map.redraw();
    return (pictureWithScaleBar(map, density, scaleAt) ?? map.getCanvas()).toDataURL('image/png');
  } finally {
    map.setPixelRatio(ratio);
  }
}
