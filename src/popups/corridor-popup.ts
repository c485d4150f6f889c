/** Popup content for the railway corridor and for its stations. */
import { create } from '../dom.ts';
import { createPopupShell } from './popup-shell.ts';
import type { DatasetIndex } from '../data/dataset-index.ts';
import type { CorridorFeature, StationFeature } from '../data/types.ts';
import { corridorLengthKm } from '../geo/corridor-length.ts';
import { formatNumber, markDataText, messages } from '../i18n/i18n.ts';
import { buildEventList } from './event-list.ts';
import { buildPrecision } from './place-popup.ts';

/** The railway's popup: what the line is, its drawn and published lengths, and its events. */
export function buildCorridorPopup(
  corridor: CorridorFeature,
  index: DatasetIndex,
  currentEvent: string | null = null,
): HTMLElement {
  const p = corridor.properties;
  const words = messages().popup;
  const root = createPopupShell(p.id, p.name);
  if (p.altNames.length) create('p', 'popup-alt-names', root, words.alsoCalled(p.altNames.join(', ')));
  const stations = index.dataset.stations.features;
  const [first, last] = [stations[0], stations[stations.length - 1]];
  create('p', 'popup-kind', root, words.corridor(stations.length, first?.properties.name, last?.properties.name));
  markDataText(create('p', 'popup-geometry-note', root, p.geometryNote));
  create(
    'p',
    'popup-length',
    root,
    words.lengths(formatNumber(Math.round(corridorLengthKm(corridor))), formatNumber(Math.round(p.publishedLengthKm))),
  );
  buildEventList(index.eventsOf(p.id), words.eventsOnLine, root, currentEvent);
  return root;
}

/** A station's popup: its place on the line, its distance from Dakar, its precision and events. */
export function buildStationPopup(
  station: StationFeature,
  index: DatasetIndex,
  currentEvent: string | null = null,
): HTMLElement {
  const p = station.properties;
  const words = messages().popup;
  const root = createPopupShell(p.id, p.name);
  const km =
    p.kmFromDakar === null ? words.noDistance : words.fromDakar(formatNumber(Math.round(p.kmFromDakar)), p.kmApprox);
  create('p', 'popup-kind', root, words.station(p.order, p.country, km));
  buildPrecision(p.precision, p.precisionNote, root);
  const events = index.eventsOf(p.id);
  if (events.length) buildEventList(events, words.eventsHere, root, currentEvent);
  else create('p', 'popup-empty', root, words.noStationEvent);
  return root;
}
