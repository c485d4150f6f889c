/**
 * Popups follow the store's selection: clicking a feature selects it, closing the popup clears it,
 * and a selection made elsewhere (the list, the search, the address) opens it and brings it into
 * view. Content is built from the dataset under the current filters, not from the rendered feature,
 * whose nested properties MapLibre flattens. Hidden layers are never queried.
 */
import { Popup, type Map as MapLibreMap, type MapMouseEvent } from 'maplibre-gl';
import type { DatasetIndex } from '../data/dataset-index.ts';
import type { DataLayer } from '../layers/data-layer.ts';
import { handleEventButtons } from '../popups/event-list.ts';
import { buildFeaturePopup, featureAnchor } from '../popups/feature-popup.ts';
import type { AppState } from '../state/app-state.ts';
import { filtersChanged } from '../state/filters.ts';
import { select, selectionChanged } from '../state/selection.ts';
import type { Store } from '../state/store.ts';
import { featureIdAt } from './feature-at-point.ts';
import { capPopupHeight, keepPopupInView } from './keep-popup-in-view.ts';

// closeOnClick is ours to handle: MapLibre's own would close a popup we reopen in the same click.
const POPUP_OPTIONS = {
  maxWidth: 'min(320px, calc(100vw - 24px))',
  // Clear of the feature's own symbol, so the popup points at it without covering it.
  offset: 16,
  focusAfterOpen: false,
  closeOnClick: false,
  className: 'feature-popup',
} as const;
/** A feature chosen off the map is brought in at least this close. */
const REVEAL_ZOOM = 6;

/**
 * Opens, moves and closes the popup as the selection changes, and selects what the reader clicks.
 * @returns the function that removes the popup and every listener
 */
export function setupFeaturePopups(
  map: MapLibreMap,
  store: Store<AppState>,
  layers: readonly DataLayer[],
  currentIndex: () => DatasetIndex,
  /** Pixels at the map's foot hidden by something over it (the reading pane's sheet on a phone). */
  coveredBelow: () => number = () => 0,
  /** Set up again (another language): an open popup is not fitted into view, the map stays put. */
  again = false,
): () => void {
  const popup = new Popup(POPUP_OPTIONS);
  let closingOurselves = false;

  /** `fit`: when the popup opens or moves to another feature, not when its words change in place. */
  const show = (state: Readonly<AppState>, moveFocus: boolean, fit: boolean) => {
    const found = state.selected === null ? undefined : buildFeaturePopup(state.selected, currentIndex(), state.event);
    if (!found) {
      closingOurselves = true;
      if (popup.isOpen()) popup.remove();
      closingOurselves = false;
      return;
    }
    const featureId = state.selected;
    handleEventButtons(found.content, (eventId) =>
      select(store, featureId, { eventId, at: store.get().selectedAt ?? found.anchor }),
    );
    const isLine = currentIndex().dataset.corridor.features.some((f) => f.properties.id === state.selected);
    popup.setDOMContent(found.content).setLngLat(isLine && state.selectedAt ? state.selectedAt : found.anchor);
    if (!popup.isOpen()) popup.addTo(map);
    if (!fit) capPopupHeight(map, popup);
    // While the map flies to the feature, panning would cut the flight short; fit at its end.
    else if (map.isMoving()) map.once('moveend', () => popup.isOpen() && keepPopupInView(map, popup));
    else keepPopupInView(map, popup);
    const event = state.event
      ? found.content.querySelector<HTMLElement>(`.event[data-event-id="${CSS.escape(state.event)}"]`)
      : null;
    event?.classList.add('event-focused');
    event?.scrollIntoView({ block: 'nearest' });
    // Focus only after panning, and without scrolling: the map container hides overflow, and a
    // focus-scroll there would shift the whole map out of place.
    if (moveFocus) found.content.querySelector<HTMLElement>('.popup-title')?.focus({ preventScroll: true });
  };

  const reveal = (featureId: string) => {
    const anchor = featureAnchor(featureId, currentIndex());
    // Into the middle of what can be seen: above a sheet that covers the map's foot.
    const offset: [number, number] = [0, -coveredBelow() / 2];
    if (anchor) map.flyTo({ center: anchor, zoom: Math.max(map.getZoom(), REVEAL_ZOOM), offset });
  };

  popup.on('close', () => {
    if (!closingOurselves && store.get().selected !== null) select(store, null);
  });

  const unsubscribe = store.subscribe((state, previous) => {
    if (selectionChanged(state, previous)) {
      if (state.selected !== null && state.selectedAt === null) reveal(state.selected);
      // A chosen event takes the focus to the reading pane; a chosen place, to its popup.
      show(state, state.event === null, true);
    } else if (filtersChanged(state, previous) && state.selected !== null) show(state, false, false);
  });

  const onClick = (event: MapMouseEvent) => {
    const id = featureIdAt(map, layers, event.point);
    select(store, id ?? null, { at: [event.lngLat.lng, event.lngLat.lat] });
  };
  const onMove = (event: MapMouseEvent) => {
    map.getCanvas().style.cursor = featureIdAt(map, layers, event.point) === undefined ? '' : 'pointer';
  };
  const onKey = (event: KeyboardEvent) => {
    // Escape in a text field is the field's own (a search box clears itself).
    const field = event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement;
    if (event.key !== 'Escape' || field || !popup.isOpen()) return;
    select(store, null);
    map.getCanvas().focus();
  };
  map.on('click', onClick);
  map.on('mousemove', onMove);
  document.addEventListener('keydown', onKey);

  if (store.get().selected !== null) show(store.get(), false, !again);

  return () => {
    unsubscribe();
    map.off('click', onClick);
    map.off('mousemove', onMove);
    document.removeEventListener('keydown', onKey);
    closingOurselves = true;
    popup.remove();
  };
}
