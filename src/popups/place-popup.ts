/** Popup content for a place: what it is, how sure its location is, and its events with sources. */
import { create } from '../dom.ts';
import { createPopupShell } from './popup-shell.ts';
import type { DatasetIndex } from '../data/dataset-index.ts';
import { PRECISION_MEANINGS, PRECISION_SCHEME } from '../data/precision.ts';
import type { PlaceFeature, PrecisionCode } from '../data/types.ts';
import { relativeLabel, relativePosition } from '../geo/relative-position.ts';
import { PLACE_KIND_STYLES } from '../theme.ts';
import { buildEventList } from './event-list.ts';

/** The place every other is measured from, as the documents do ("100 kilometers southwest of Bamako"). */
export const REFERENCE_PLACE_ID = 'bamako';

/**
 * A place's popup: its names, kind, how sure its location is, where it lies from Bamako, and its
 * events. A country-level record (Mali as a whole) has no location to speak of, only its events.
 */
export function buildPlacePopup(place: PlaceFeature, index: DatasetIndex): HTMLElement {
  const p = place.properties;
  const root = createPopupShell(p.id, p.name);
  const countryLevel = p.kind === 'country';
  if (p.altNames.length && !countryLevel) create('p', 'popup-alt-names', root, `Also written ${p.altNames.join(', ')}`);
  create(
    'p',
    'popup-kind',
    root,
    countryLevel ? PLACE_KIND_STYLES[p.kind].label : `${PLACE_KIND_STYLES[p.kind].label} · ${p.region}, ${p.country}`,
  );
  buildPrecision(p.precision, p.precisionNote, root);
  const reference = index.dataset.places.features.find((f) => f.properties.id === REFERENCE_PLACE_ID);
  if (reference && reference.properties.id !== p.id && !countryLevel) {
    const position = relativePosition(reference.geometry.coordinates, place.geometry.coordinates);
    create('p', 'popup-distance', root, `${relativeLabel(position, reference.properties.name)} (straight line)`);
  }
  const events = index.eventsOf(p.id);
  // Validation keeps national events at the country-level place and local ones elsewhere.
  buildEventList(events, countryLevel ? 'Events concerning Mali as a whole' : 'Events here', root);
  return root;
}

/** "Location: near (UCDP/AidData … code 2): within about 25 km … — what the point rests on." */
export function buildPrecision(code: PrecisionCode, note: string, parent: HTMLElement): HTMLElement {
  const { label, meaning } = PRECISION_MEANINGS[code];
  const paragraph = create('p', `popup-precision precision-${code}`, parent);
  create('strong', undefined, paragraph, `Location ${label}`);
  paragraph.append(` (${PRECISION_SCHEME} ${code}). ${meaning} ${note}`);
  return paragraph;
}
