/**
 * A chosen place (or station, or the railway) on the printed page: its popup's description (kind,
 * how sure its location is, where it lies), then each of its events under the filters in full, with
 * every source and quoted passage, where the popup only lists their dates and titles as buttons.
 */
import type { DatasetIndex } from '../data/dataset-index.ts';
import { create } from '../dom.ts';
import { buildEventBody } from '../popups/event-body.ts';
import { buildFeaturePopup } from '../popups/feature-popup.ts';

/**
 * @returns the section, shown only in print; undefined for an unknown id
 * @example buildPrintPlace('gao', ctx.filtered())
 */
export function buildPrintPlace(featureId: string, index: DatasetIndex): HTMLElement | undefined {
  const popup = buildFeaturePopup(featureId, index)?.content;
  if (!popup) return undefined;
  // The map's own popup is open with the same ids: this copy for paper takes none.
  popup.removeAttribute('aria-labelledby');
  for (const element of popup.querySelectorAll('[id]')) element.removeAttribute('id');
  for (const element of popup.querySelectorAll('[tabindex]')) element.removeAttribute('tabindex');
  const list = popup.querySelector('.popup-events');
  list?.replaceChildren(
    ...index.eventsOf(featureId).map((event) => {
      const item = create('li', 'event print-event');
      buildEventBody(event, index, item, 'h4');
      return item;
    }),
  );
  const section = create('section', 'print-only print-place');
  section.append(popup);
  return section;
}
