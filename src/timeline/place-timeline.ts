/**
 * Where the timeline sits: under the map on wider screens, and at the top of the panel's sheet on
 * phones, where under the map it would take a third of a small screen.
 */

/**
 * Moves `timeline` between `wide` and `narrow` as the screen crosses `query`.
 * @returns the function that stops following the screen
 * @example placeTimeline(timelineElement, slotUnderMap, panelBody, '(max-width: 700px)')
 */
export function placeTimeline(
  timeline: HTMLElement,
  wide: HTMLElement,
  narrow: HTMLElement,
  query: string,
): () => void {
  const media = window.matchMedia(query);
  const place = () => {
    if (media.matches) narrow.prepend(timeline);
    else wide.append(timeline);
  };
  place();
  media.addEventListener('change', place);
  return () => media.removeEventListener('change', place);
}
