/** Popup content for the railway corridor and for its stations. */
import { create } from '../dom.ts';
import { createPopupShell } from './popup-shell.ts';
import type { DatasetIndex } from '../data/dataset-index.ts';
import type { CorridorFeature, StationFeature } from '../data/types.ts';
import { corridorLengthKm } from '../geo/corridor-length.ts';
import { buildEventList } from './event-list.ts';
import { buildPrecision } from './place-popup.ts';

const KM = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/** The railway's popup: what the line is, its drawn and published lengths, and its events. */
export function buildCorridorPopup(corridor: CorridorFeature, index: DatasetIndex): HTMLElement {
  const p = corridor.properties;
  const root = createPopupShell(p.id, p.name);
  if (p.altNames.length) create('p', 'popup-alt-names', root, `Also called ${p.altNames.join(', ')}`);
  const stations = index.dataset.stations.features;
  const ends = stations.length
    ? ` from ${stations[0]?.properties.name} to ${stations[stations.length - 1]?.properties.name}`
    : '';
  create('p', 'popup-kind', root, `Railway corridor${ends}, ${stations.length} stations`);
  create('p', 'popup-geometry-note', root, p.geometryNote);
  create(
    'p',
    'popup-length',
    root,
    `Drawn line: ${KM.format(corridorLengthKm(corridor))} km (straight segments between stations, computed with turf). Published length: ${KM.format(p.publishedLengthKm)} km.`,
  );
  buildEventList(index.eventsOf(p.id), 'Events on this line', root);
  return root;
}

/** A station's popup: its place on the line, its distance from Dakar, its precision and events. */
export function buildStationPopup(station: StationFeature, index: DatasetIndex): HTMLElement {
  const p = station.properties;
  const root = createPopupShell(p.id, p.name);
  const km =
    p.kmFromDakar === null
      ? 'distance from Dakar not given'
      : `${p.kmApprox ? 'about ' : ''}${KM.format(p.kmFromDakar)} km from Dakar by rail`;
  create('p', 'popup-kind', root, `Station ${p.order} on the Dakar–Bamako railway · ${p.country} · ${km}`);
  buildPrecision(p.precision, p.precisionNote, root);
  const events = index.eventsOf(p.id);
  if (events.length) buildEventList(events, 'Events here', root);
  else
    create('p', 'popup-empty', root, 'No event is tied to this station; the railway’s events are on the line itself.');
  return root;
}
