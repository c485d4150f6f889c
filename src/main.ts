/** Composition only: load the data, make the state, the panel, the map, its layers, popups and controls. */
import 'maplibre-gl/dist/maplibre-gl.css';
import './style.css';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { indexDataset } from './data/dataset-index.ts';
import { GEODATA_TEXTS } from './data/geodata-texts.ts';
import { loadDataset } from './data/load-dataset.ts';
import { showDataErrors } from './data-errors.ts';
import { BasemapControl } from './controls/basemap-control.ts';
import { LayerToggleControl } from './controls/layer-toggle-control.ts';
import { dataBounds } from './geo/data-bounds.ts';
import { addCorridorLayer } from './layers/corridor-layer.ts';
import { addPlacesLayer } from './layers/places-layer.ts';
import { addStationsLayer } from './layers/stations-layer.ts';
import { createMap } from './map/create-map.ts';
import { dimInactiveFeatures } from './map/dimming.ts';
import { eventsInView } from './map/events-in-view.ts';
import { hideDuplicateTowns } from './map/hide-duplicate-towns.ts';
import { setupFeaturePopups, type FeaturePopups } from './map/feature-popups.ts';
import { syncLayerVisibility } from './map/layer-visibility.ts';
import { layerToggleGroups } from './map/layer-toggles.ts';
import { syncOnlineBasemap } from './map/online-basemap-sync.ts';
import { syncViewWithStore } from './map/view-sync.ts';
import { useBundledWorker } from './map/worker-url.ts';
import { showNoMapNotice } from './no-map-notice.ts';
import { createNotice } from './notice.ts';
import { setupPanel } from './panel/panel.ts';
import type { PanelContext } from './panel/panel-context.ts';
import { setupPlaceDetail } from './panel/place-detail.ts';
import { defaultState } from './state/app-state.ts';
import { featuresWithEvents, filterDataset, filtersChanged } from './state/filters.ts';
import { createStore } from './state/store.ts';
import { syncStateWithUrl } from './state/url-sync.ts';
import { stateFromHash } from './state/url-state.ts';

const container = document.getElementById('map');
const panel = document.getElementById('panel');
if (!container || !panel) throw new Error('index.html must have elements with id="map" and id="panel"');

const check = loadDataset(GEODATA_TEXTS);
if (!check.ok) showDataErrors(check.errors, document.body);
const { dataset } = check;

const defaults = defaultState();
const store = createStore(stateFromHash(location.hash, defaults));
syncStateWithUrl(store, defaults);
/** The dataset under the current filters, recomputed only when a filter changes. */
let filtered = indexDataset(filterDataset(dataset, store.get()));
store.subscribe((state, previous) => {
  if (filtersChanged(state, previous)) filtered = indexDataset(filterDataset(dataset, state));
});

let map: MapLibreMap | undefined;
let popups: FeaturePopups | undefined;
const panelContext: PanelContext = {
  store,
  dataset,
  filtered: () => filtered,
  select: (id, options = {}) => (popups ? popups.select(id, { ...options, fly: true }) : store.set({ selected: id })),
  hasMap: () => map !== undefined,
  eventsInView: () => (map ? eventsInView(map, filtered.dataset) : filtered.dataset.events),
};
setupPanel(panel, panelContext, __APP_VERSION__);

try {
  useBundledWorker();
  map = createMap(container, dataBounds([...dataset.places.features, ...dataset.corridor.features]), store.get().view);
} catch (error) {
  // No WebGL 2: say so, and show the place chosen in the panel where the map would be.
  showNoMapNotice(container, error);
  setupPlaceDetail(container, panelContext);
}

map?.on('load', () => {
  if (!map) return;
  // A debugging hook for the browser tests and curious users: the MapLibre map.
  window.chinaMaliMap = map;
  addCorridorLayer(map, dataset.corridor);
  addStationsLayer(map, dataset.stations);
  addPlacesLayer(map, dataset.places);
  hideDuplicateTowns(map, dataset);
  const groups = layerToggleGroups(dataset);
  map.addControl(new LayerToggleControl(groups, store), 'top-left');
  syncLayerVisibility(map, store, groups);
  syncViewWithStore(map, store);
  const dim = () => map && dimInactiveFeatures(map, featuresWithEvents(filtered.dataset.events));
  dim();
  store.subscribe((state, previous) => filtersChanged(state, previous) && dim());
  popups = setupFeaturePopups(map, store, () => filtered);
  // Online basemaps, opt in: the offline basemap stays the default and shows through any failure.
  map.addControl(new BasemapControl(store), 'top-right');
  syncOnlineBasemap(map, store, createNotice(map.getContainer()).show);
});
