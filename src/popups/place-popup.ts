/** Popup content for a place: what it is, how sure its location is, and its events with sources. */
import { create } from '../dom.ts';
import { createPopupShell } from './popup-shell.ts';
import type { DatasetIndex } from '../data/dataset-index.ts';
import type { PlaceFeature, PrecisionCode } from '../data/types.ts';
import { compassPoint } from '../geo/compass.ts';
import { relativePosition, roundedKm, type RelativePosition } from '../geo/relative-position.ts';
import { formatNumber, markDataText, markOriginalText, messages, placeName } from '../i18n/i18n.ts';
import { buildEventList } from './event-list.ts';

/** The place every other is measured from, as the documents do ("100 kilometers southwest of Bamako"). */
export const REFERENCE_PLACE_ID = 'bamako';

/**
 * A place's popup: its names, kind, how sure its location is, where it lies from Bamako, and its
 * events. A country-level record (Mali as a whole) has no location to speak of, only its events.
 * `currentEvent`, the one in the reading pane, is always in the list.
 */
export function buildPlacePopup(
  place: PlaceFeature,
  index: DatasetIndex,
  currentEvent: string | null = null,
): HTMLElement {
  const p = place.properties;
  const words = messages().popup;
  const root = createPopupShell(p.id, placeName(p));
  const countryLevel = p.kind === 'country';
  if (p.altNames.length && !countryLevel)
    create('p', 'popup-alt-names', root, words.alsoWritten(p.altNames.join(', ')));
  const kind = create('p', 'popup-kind', root, messages().placeKinds[p.kind].label);
  if (!countryLevel)
    kind.append(' · ', markOriginalText(create('span', undefined, undefined, `${p.region}, ${p.country}`)));
  buildPrecision(p.precision, p.precisionNote, root);
  const reference = index.dataset.places.features.find((f) => f.properties.id === REFERENCE_PLACE_ID);
  if (reference && reference.properties.id !== p.id && !countryLevel) {
    const position = relativePosition(reference.geometry.coordinates, place.geometry.coordinates);
    create('p', 'popup-distance', root, words.straightLine(fromReference(position, reference.properties.name)));
  }
  const events = index.eventsOf(p.id);
  // Validation keeps national events at the country-level place and local ones elsewhere.
  buildEventList(events, countryLevel ? words.eventsNational : words.eventsHere, root, currentEvent);
  return root;
}

/** "Location: near (UCDP/AidData … code 2): within about 25 km … — what the point rests on." */
export function buildPrecision(code: PrecisionCode, note: string, parent: HTMLElement): HTMLElement {
  const { label, meaning } = messages().precision[code];
  const paragraph = create('p', `popup-precision precision-${code}`, parent);
  create('strong', undefined, paragraph, messages().popup.location(label));
  paragraph.append(` (${messages().popup.scheme} ${code}). ${meaning} `);
  markDataText(create('span', 'popup-precision-note', paragraph, note));
  return paragraph;
}

/** "about 100 km SW of Bamako", in the current language. */
function fromReference(position: RelativePosition, name: string): string {
  const words = messages().popup;
  if (position.km < 1) return words.inPlace(name);
  return words.fromPlace(formatNumber(roundedKm(position.km)), words.compass[compassPoint(position.bearing)], name);
}
