/** What the page says when the browser cannot draw the map: plainly, and where to find the data. */
import { create } from './dom.ts';

/** Replaces the map with a note saying why it cannot be drawn, and the technical detail. */
export function showNoMapNotice(container: HTMLElement, error: unknown): void {
  container.setAttribute('aria-busy', 'false');
  container.classList.add('map-unavailable');
  const notice = create('div', 'no-map-notice', container);
  notice.setAttribute('role', 'note');
  create('h2', undefined, notice, 'The map cannot be drawn in this browser');
  create(
    'p',
    undefined,
    notice,
    'It needs WebGL 2, which this browser or device does not provide or has switched off. Every place, event and source is still listed in the panel: choose a place there to read its events and sources here.',
  );
  const detail = error instanceof Error ? error.message : String(error);
  create('p', 'no-map-detail', notice, `Technical detail: ${detail}`);
}
