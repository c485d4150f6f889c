/**
 * Clicking a place, station or the corridor opens a popup built from the dataset (not from the
 * rendered feature, whose nested properties MapLibre flattens). Hidden layers are never queried.
 */
import { Popup, type LngLatLike, type Map as MapLibreMap, type MapMouseEvent } from 'maplibre-gl';
import type { DatasetIndex } from '../data/dataset-index.ts';
import { CORRIDOR_LAYER_IDS } from '../layers/corridor-layer.ts';
import { PLACE_CIRCLE_LAYER_IDS } from '../layers/places-layer.ts';
import { STATION_LAYER_IDS } from '../layers/stations-layer.ts';
import { buildCorridorPopup, buildStationPopup } from '../popups/corridor-popup.ts';
import { buildPlacePopup } from '../popups/place-popup.ts';
import { keepPopupInView } from './keep-popup-in-view.ts';

/** Clickable layers, most specific first: a place wins over the line it sits on. */
export const CLICKABLE_LAYER_IDS = [...PLACE_CIRCLE_LAYER_IDS, STATION_LAYER_IDS.circle, CORRIDOR_LAYER_IDS.line];
/** Pixels of slack around a click, so small points and thin lines are easy to hit on a phone. */
const HIT_TOLERANCE = 8;
// closeOnClick is ours to handle: MapLibre's own would close a popup we reopen in the same click.
const POPUP_OPTIONS = { maxWidth: 'min(360px, calc(100vw - 24px))', focusAfterOpen: false, closeOnClick: false, className: 'feature-popup' } as const;

export interface FeaturePopups {
  /** Opens the popup of a place, station or the corridor by id; false when no such feature. */
  open(featureId: string, at?: LngLatLike): boolean;
  close(): void;
}

export function setupFeaturePopups(map: MapLibreMap, index: DatasetIndex): FeaturePopups {
  const popup = new Popup(POPUP_OPTIONS);
  const { places, stations, corridor } = index.dataset;

  const contentFor = (id: string): { content: HTMLElement; anchor: LngLatLike } | undefined => {
    const place = places.features.find((f) => f.properties.id === id);
    if (place) return { content: buildPlacePopup(place, index), anchor: place.geometry.coordinates as [number, number] };
    const station = stations.features.find((f) => f.properties.id === id);
    if (station) return { content: buildStationPopup(station, index), anchor: station.geometry.coordinates as [number, number] };
    const line = corridor.features.find((f) => f.properties.id === id);
    if (line) return { content: buildCorridorPopup(line, index), anchor: line.geometry.coordinates[0] as [number, number] };
    return undefined;
  };

  const open = (featureId: string, at?: LngLatLike): boolean => {
    const found = contentFor(featureId);
    if (!found) return false;
    popup.setDOMContent(found.content).setLngLat(at ?? found.anchor).addTo(map);
    keepPopupInView(map, popup);
    // Focus only after panning, and without scrolling: the map container hides overflow, and a
    // focus-scroll there would shift the whole map out of place.
    found.content.querySelector<HTMLElement>('.popup-title')?.focus({ preventScroll: true });
    return true;
  };

  const visibleClickableLayers = (): string[] =>
    CLICKABLE_LAYER_IDS.filter((id) => map.getLayer(id) && map.getLayoutProperty(id, 'visibility') !== 'none');

  const featureIdAt = (event: MapMouseEvent): string | undefined => {
    const { x, y } = event.point;
    const box: [[number, number], [number, number]] = [[x - HIT_TOLERANCE, y - HIT_TOLERANCE], [x + HIT_TOLERANCE, y + HIT_TOLERANCE]];
    const layers = visibleClickableLayers();
    const hits = layers.length ? map.queryRenderedFeatures(box, { layers }) : [];
    // Places before stations before the line; among those, the point nearest the click.
    const rank = (layerId: string): number => (layerId === CORRIDOR_LAYER_IDS.line ? 2 : layerId === STATION_LAYER_IDS.circle ? 1 : 0);
    const distance = (feature: (typeof hits)[number]): number => {
      if (feature.geometry.type !== 'Point') return 0;
      const projected = map.project(feature.geometry.coordinates as [number, number]);
      return Math.hypot(projected.x - x, projected.y - y);
    };
    hits.sort((a, b) => rank(a.layer.id) - rank(b.layer.id) || distance(a) - distance(b));
    const id: unknown = hits[0]?.properties.id;
    return typeof id === 'string' ? id : undefined;
  };

  map.on('click', (event) => {
    const id = featureIdAt(event);
    if (id === undefined) {
      popup.remove();
      return;
    }
    const isLine = corridor.features.some((f) => f.properties.id === id);
    open(id, isLine ? event.lngLat : undefined);
  });
  map.on('mousemove', (event) => {
    map.getCanvas().style.cursor = featureIdAt(event) === undefined ? '' : 'pointer';
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && popup.isOpen()) {
      popup.remove();
      map.getCanvas().focus();
    }
  });

  return { open, close: () => popup.remove() };
}
