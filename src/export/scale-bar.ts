/**
 * The scale bar drawn on the saved image and the printed map, which leave the screen's scale control
 * behind. Chosen by MapLibre's own rule (its ScaleControl, metric), so paper and screen agree; and
 * labelled with the latitude it holds at, since a Web Mercator map's scale changes with latitude
 * (by about 9% between Mali's south, at 10° N, and its north, at 25° N).
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

/** The bar's label in the reader's language, from its distance and latitude ("300 km at 15° N"). */
export type ScaleLabel = (distance: string, latitude: string) => string;

/** The bar's longest length, in CSS pixels: MapLibre's ScaleControl default. */
export const SCALE_BAR_MAX_WIDTH = 100;

export interface ScaleBar {
  /** The bar's length in CSS pixels. */
  width: number;
  /** What it stands for, e.g. "300 km", and the latitude where that holds, e.g. "15° N". */
  distance: string;
  latitude: string;
}

/**
 * A round distance at most `value`: 1, 2, 3 or 5 times a power of ten (MapLibre's `getRoundNum`).
 * @example roundDistance(437.2) // 300
 */
export function roundDistance(value: number): number {
  const pow10 = 10 ** (String(Math.floor(value)).length - 1);
  const d = value / pow10;
  if (d >= 10) return pow10 * 10;
  if (d >= 5) return pow10 * 5;
  if (d >= 3) return pow10 * 3;
  if (d >= 2) return pow10 * 2;
  if (d >= 1) return pow10;
  // Under a unit: rounded to its first significant digit.
  const multiplier = 10 ** Math.ceil(-Math.log10(d));
  return (pow10 * Math.round(d * multiplier)) / multiplier;
}

/**
 * The bar for `metres` measured across `width` CSS pixels at `latitude`.
 * @example scaleBarFor(437_200, 100, 15.2) // { width: 68.6…, distance: '300 km', latitude: '15° N' }
 */
export function scaleBarFor(metres: number, width: number, latitude: number): ScaleBar {
  const [across, unit] = metres >= 1000 ? [metres / 1000, 'km'] : [metres, 'm'];
  const distance = roundDistance(across);
  const degrees = Math.round(Math.abs(latitude));
  return {
    width: (width * distance) / across,
    distance: `${distance}\u00a0${unit}`,
    latitude: degrees === 0 ? '0°' : `${degrees}°\u00a0${latitude > 0 ? 'N' : 'S'}`,
  };
}

/** The bar for the map as it is now, measured across its middle as MapLibre's control measures it. */
export function mapScaleBar(map: MapLibreMap): ScaleBar {
  const { width, height } = map.getContainer().getBoundingClientRect();
  const left = map.unproject([width / 2 - SCALE_BAR_MAX_WIDTH / 2, height / 2]);
  const right = map.unproject([width / 2 + SCALE_BAR_MAX_WIDTH / 2, height / 2]);
  const across = Math.min(SCALE_BAR_MAX_WIDTH, Math.round(map.project(right).x - map.project(left).x), width);
  return scaleBarFor(left.distanceTo(right), across, map.getCenter().lat);
}

/**
 * Draws the bar at the bottom left of a picture of the map drawn at `density` pixels per CSS pixel,
 * whose foot is at `bottom`: a black line with end ticks on a pale box, its label to the right.
 */
export function drawScaleBar(
  g: CanvasRenderingContext2D,
  bar: ScaleBar,
  label: string,
  bottom: number,
  density: number,
): void {
  const px = (n: number) => Math.round(n * density);
  const length = px(bar.width);
  const [x, y] = [px(10), bottom - px(12)];
  g.save();
  g.font = `${px(11)}px 'Noto Sans', sans-serif`;
  g.textBaseline = 'middle';
  const textWidth = Math.ceil(g.measureText(label).width);
  g.fillStyle = 'rgba(255, 255, 255, 0.85)';
  g.fillRect(x - px(4), y - px(10), length + textWidth + px(14), px(16));
  g.fillStyle = '#000000';
  g.fillRect(x, y, length, px(2));
  g.fillRect(x, y - px(5), px(2), px(7));
  g.fillRect(x + length - px(2), y - px(5), px(2), px(7));
  g.fillStyle = '#1f1f1f';
  g.fillText(label, x + length + px(6), y - px(1));
  g.restore();
}
