/**
 * Popups follow the store's `selected`: clicking a feature selects it, closing the popup clears it,
 * and a selection made elsewhere (the list, the search, the address) opens it. Content is built from
 * the dataset under the current filters, not from the rendered feature, whose nested properties
 * MapLibre flattens. Hidden layers are never queried.
 */
import { Popup, type LngLatLike, type Map as MapLibreMap, type MapMouseEvent } from 'maplibre-gl';
import type { DatasetIndex } from '../data/dataset-index.ts';
import { CORRIDOR_LAYER_IDS } from '../layers/corridor-layer.ts';
import { PLACE_CIRCLE_LAYER_IDS } from '../layers/places-layer.ts';
import { STATION_LAYER_IDS } from '../layers/stations-layer.ts';
import { buildFeaturePopup, featureAnchor } from '../popups/feature-popup.ts';
import type { AppState } from '../state/app-state.ts';
import { filtersChanged } from '../state/filters.ts';
import type { Store } from '../state/store.ts';
import { keepPopupInView } from './keep-popup-in-view.ts';

/** Clickable layers, most specific first: a place wins over the line it sits on. */
export const CLICKABLE_LAYER_IDS = [...PLACE_CIRCLE_LAYER_IDS, STATION_LAYER_IDS.circle, CORRIDOR_LAYER_IDS.line];
/** Pixels of slack around a click, so small points and thin lines are easy to hit on a phone. */
const HIT_TOLERANCE = 8;
// closeOnClick is ours to handle: MapLibre's own would close a popup we reopen in the same click.
const POPUP_OPTIONS = {
  maxWidth: 'min(360px, calc(100vw - 24px))',
  focusAfterOpen: false,
  closeOnClick: false,
  className: 'feature-popup',
} as const;

export interface FeaturePopups {
  /** Selects a feature: pans or flies to it if asked, opens its popup, scrolls to an event. */
  select(featureId: string, options?: { fly?: boolean; eventId?: string }): void;
}

export function setupFeaturePopups(
  map: MapLibreMap,
  store: Store<AppState>,
  currentIndex: () => DatasetIndex,
): FeaturePopups {
  const popup = new Popup(POPUP_OPTIONS);
  let clickedAt: LngLatLike | undefined;
  let focusEventId: string | undefined;

  const contentFor = (id: string) => buildFeaturePopup(id, currentIndex());

  const show = (id: string | null, moveFocus: boolean) => {
    const found = id === null ? undefined : contentFor(id);
    if (!found) {
      if (popup.isOpen()) popup.remove();
      return;
    }
    popup.setDOMContent(found.content).setLngLat(clickedAt ?? found.anchor);
    if (!popup.isOpen()) popup.addTo(map);
    // While the map flies to the feature, panning would cut the flight short; fit at its end.
    if (map.isMoving()) map.once('moveend', () => popup.isOpen() && keepPopupInView(map, popup));
    else keepPopupInView(map, popup);
    const event = focusEventId
      ? found.content.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(focusEventId)}"]`)
      : null;
    event?.classList.add('event-focused');
    event?.scrollIntoView({ block: 'nearest' });
    // Focus only after panning, and without scrolling: the map container hides overflow, and a
    // focus-scroll there would shift the whole map out of place.
    if (moveFocus) found.content.querySelector<HTMLElement>('.popup-title')?.focus({ preventScroll: true });
  };

  popup.on('close', () => {
    clickedAt = undefined;
    if (store.get().selected !== null) store.set({ selected: null });
  });

  store.subscribe((state, previous) => {
    if (state.selected !== previous.selected || (filtersChanged(state, previous) && state.selected !== null)) {
      show(state.selected, state.selected !== previous.selected);
    }
  });

  const visibleClickableLayers = (): string[] =>
    CLICKABLE_LAYER_IDS.filter((id) => map.getLayer(id) && map.getLayoutProperty(id, 'visibility') !== 'none');

  const featureIdAt = (event: MapMouseEvent): string | undefined => {
    const { x, y } = event.point;
    const box: [[number, number], [number, number]] = [
      [x - HIT_TOLERANCE, y - HIT_TOLERANCE],
      [x + HIT_TOLERANCE, y + HIT_TOLERANCE],
    ];
    const layers = visibleClickableLayers();
    const hits = layers.length ? map.queryRenderedFeatures(box, { layers }) : [];
    // Places before stations before the line; among those, the point nearest the click.
    const rank = (layerId: string): number =>
      layerId === CORRIDOR_LAYER_IDS.line ? 2 : layerId === STATION_LAYER_IDS.circle ? 1 : 0;
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
    focusEventId = undefined;
    const isLine = id !== undefined && currentIndex().dataset.corridor.features.some((f) => f.properties.id === id);
    clickedAt = isLine ? event.lngLat : undefined;
    // Clicking the selected line elsewhere moves its popup; the store sees no change then.
    if (id !== undefined && id === store.get().selected) show(id, true);
    store.set({ selected: id ?? null });
  });
  map.on('mousemove', (event) => {
    map.getCanvas().style.cursor = featureIdAt(event) === undefined ? '' : 'pointer';
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && popup.isOpen()) {
      store.set({ selected: null });
      map.getCanvas().focus();
    }
  });

  if (store.get().selected !== null) show(store.get().selected, false);

  return {
    select(featureId, options = {}) {
      clickedAt = undefined;
      focusEventId = options.eventId;
      const anchor = featureAnchor(featureId, currentIndex());
      if (anchor && options.fly) map.flyTo({ center: anchor, zoom: Math.max(map.getZoom(), 6) });
      if (store.get().selected === featureId) show(featureId, true);
      else store.set({ selected: featureId });
    },
  };
}
