/** How much of the map's foot another element covers, for centring what is chosen where it shows. */

/**
 * Pixels of `map`'s bottom edge hidden under `cover` (0 when it is hidden or beside the map).
 * @example coveredBelow(mapElement, readingPane) // 506 on a phone with the event sheet open
 */
export function coveredBelow(map: HTMLElement, cover: HTMLElement): number {
  if (cover.hidden) return 0;
  const a = map.getBoundingClientRect();
  const b = cover.getBoundingClientRect();
  const overlapsAcross = b.left < a.right && b.right > a.left;
  return overlapsAcross && b.top < a.bottom && b.top > a.top ? a.bottom - b.top : 0;
}
