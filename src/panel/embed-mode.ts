/**
 * An embedded view (`&embed`): the map, the timeline and popups, without the header and the panel,
 * and a small link that opens the same view in the full map.
 */
import { create } from '../dom.ts';
import type { AppState } from '../state/app-state.ts';
import { messages } from '../i18n/i18n.ts';
import { linkToState } from '../state/url-state.ts';

/**
 * Turns the page into its embedded form and keeps the "Open full map" link on the current view.
 * @param subscribe - the store's subscribe, so the link follows the view
 * @returns the function that stops following the store
 */
export function setupEmbedMode(
  mapElement: HTMLElement,
  state: () => AppState,
  subscribe: (listener: () => void) => () => void,
): () => void {
  document.body.classList.add('embed-mode');
  const link = create('a', 'embed-open-full', mapElement, messages().tour.openFullMap);
  link.target = '_blank';
  link.rel = 'noopener';
  const update = () => (link.href = linkToState({ ...state(), embed: false }));
  update();
  return subscribe(update);
}
