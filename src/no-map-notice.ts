/** What the page says when the browser cannot draw the map: plainly, and where to find the data. */
import { create } from './dom.ts';
import { messages } from './i18n/i18n.ts';

/**
 * Replaces the map with a note saying why it cannot be drawn, and the technical detail.
 * @returns the function that removes the note
 */
export function showNoMapNotice(container: HTMLElement, error: unknown): () => void {
  const words = messages().notices;
  container.setAttribute('aria-busy', 'false');
  container.classList.add('map-unavailable');
  const notice = create('div', 'no-map-notice', container);
  notice.setAttribute('role', 'note');
  create('h2', undefined, notice, words.noMapHeading);
  create('p', undefined, notice, words.noMapText);
  const detail = error instanceof Error ? error.message : String(error);
  // The browser's own words, in English.
  const technical = create('p', 'no-map-detail', notice, words.technicalDetail(''));
  const detailText = create('span', undefined, technical, detail);
  detailText.lang = 'en';
  return () => notice.remove();
}
