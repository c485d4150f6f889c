/**
 * A popup's content can be taller or wider than the space left below or beside its point, most of all
 * on a phone. Cap its height to the map and pan the map just enough that the whole popup is inside.
 */
import type { Map as MapLibreMap, Popup } from 'maplibre-gl';

/** Space kept between the popup and the map's edges, in px. */
const MARGIN = 10;

/** Caps the popup's height to the map's, so that it can always be read whole by scrolling it. */
export function capPopupHeight(map: MapLibreMap, popup: Popup): void {
  const content = popup.getElement().querySelector<HTMLElement>('.maplibregl-popup-content');
  const height = map.getContainer().getBoundingClientRect().height;
  // The tip and the gap to the point take ~20 px; the rest of the map's height is the popup's.
  if (content) content.style.maxHeight = `${Math.max(160, height - 2 * MARGIN - 24)}px`;
}

/** Caps the popup's height to the map and pans the map just enough to show the whole popup. */
export function keepPopupInView(map: MapLibreMap, popup: Popup): void {
  capPopupHeight(map, popup);
  const container = map.getContainer().getBoundingClientRect();
  const box = popup.getElement().getBoundingClientRect();
  // A popup the page hides (under the tour or a phone's event sheet) has no box to fit.
  if (box.width === 0 && box.height === 0) return;
  const dx = overflow(box.left, box.right, container.left + MARGIN, container.right - MARGIN);
  const dy = overflow(box.top, box.bottom, container.top + MARGIN, container.bottom - MARGIN);
  if (dx !== 0 || dy !== 0) map.panBy([dx, dy], { duration: 0 });
}

/** How far to move the view so [start, end] fits in [min, max]; the start wins when it cannot fit. */
function overflow(start: number, end: number, min: number, max: number): number {
  if (start < min) return start - min;
  if (end > max) return Math.min(end - max, start - min);
  return 0;
}
