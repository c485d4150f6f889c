/**
 * The map as a picture for the printed page, with its scale bar. Kept out of ./map-image.ts, which
 * loads when first used, because printing cannot wait for a download (see below).
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { drawScaleBar, mapScaleBar, type ScaleLabel } from './scale-bar.ts';

/** At least twice the screen's pixels per CSS pixel, as the saved image: paper is sharper. */
const DENSITY = 2;

/**
 * The map as drawn now, as a PNG data URL, for the printed page (the WebGL canvas itself prints
 * blank: its drawing buffer is not kept). Drawn again at once, at `DENSITY` or the screen's if
 * higher, and read in the same task, before WebGL clears it; synchronous, because a `beforeprint`
 * listener must finish the page before the browser lays it out for paper.
 * @returns a `data:image/png` URL of the map's pixels and its scale bar, without frame
 * @example img.src = mapSnapshot(map, messages().tour.scaleAt);
 */
export function mapSnapshot(map: MapLibreMap, scaleAt: ScaleLabel): string {
  const ratio = map.getPixelRatio();
  const density = Math.max(ratio, DENSITY);
  map.setPixelRatio(density);
  try {
    map.redraw();
    const source = map.getCanvas();
    const copy = document.createElement('canvas');
    [copy.width, copy.height] = [source.width, source.height];
    const g = copy.getContext('2d');
    if (!g) return source.toDataURL('image/png');
    g.drawImage(source, 0, 0);
    const bar = mapScaleBar(map);
    drawScaleBar(g, bar, scaleAt(bar.distance, bar.latitude), copy.height, density);
    return copy.toDataURL('image/png');
  } finally {
    map.setPixelRatio(ratio);
  }
}
