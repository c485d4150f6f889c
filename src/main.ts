/** Composition only: load the data, make the state, the map, its layers, popups and controls. */
import 'maplibre-gl/dist/maplibre-gl.css';
import './style.css';
import { indexDataset } from './data/dataset-index.ts';
import { GEODATA_TEXTS } from './data/geodata-texts.ts';
import { loadDataset } from './data/load-dataset.ts';
import { showDataErrors } from './data-errors.ts';
import { LayerToggleControl } from './controls/layer-toggle-control.ts';
import { dataBounds } from './geo/data-bounds.ts';
import { addCorridorLayer } from './layers/corridor-layer.ts';
import { addPlacesLayer } from './layers/places-layer.ts';
import { addStationsLayer } from './layers/stations-layer.ts';
import { createMap } from './map/create-map.ts';
import { dimInactiveFeatures } from './map/dimming.ts';
import { setupFeaturePopups } from './map/feature-popups.ts';
import { syncLayerVisibility } from './map/layer-visibility.ts';
import { layerToggleGroups } from './map/layer-toggles.ts';
import { syncViewWithStore } from './map/view-sync.ts';
import { useBundledWorker } from './map/worker-url.ts';
import { defaultState } from './state/app-state.ts';
import { featuresWithEvents, filterDataset, filtersChanged } from './state/filters.ts';
import { createStore } from './state/store.ts';
import { syncStateWithUrl } from './state/url-sync.ts';
import { stateFromHash } from './state/url-state.ts';

const container = document.getElementById('map');
if (!container) throw new Error('index.html must have an element with id="map"');

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

useBundledWorker();
const map = createMap(container, dataBounds([...dataset.places.features, ...dataset.corridor.features]), store.get().view);
// A debugging hook for the browser tests and curious users: the MapLibre map.
window.chinaMaliMap = map;

map.on('load', () => {
  addCorridorLayer(map, dataset.corridor);
  addStationsLayer(map, dataset.stations);
  addPlacesLayer(map, dataset.places);
  const groups = layerToggleGroups(dataset);
  map.addControl(new LayerToggleControl(groups, store), 'top-left');
  syncLayerVisibility(map, store, groups);
  syncViewWithStore(map, store);
  const dim = () => dimInactiveFeatures(map, featuresWithEvents(filtered.dataset.events));
  dim();
  store.subscribe((state, previous) => filtersChanged(state, previous) && dim());
  setupFeaturePopups(map, store, () => filtered);
});
