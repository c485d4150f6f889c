/** Composition only: load the data, make the map, add layers, popups and controls. */
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
import { setupFeaturePopups } from './map/feature-popups.ts';
import { layerToggleGroups } from './map/layer-toggles.ts';
import { useBundledWorker } from './map/worker-url.ts';

const container = document.getElementById('map');
if (!container) throw new Error('index.html must have an element with id="map"');

const check = loadDataset(GEODATA_TEXTS);
if (!check.ok) showDataErrors(check.errors, document.body);
const { dataset } = check;
const index = indexDataset(dataset);

useBundledWorker();
const map = createMap(container, dataBounds([...dataset.places.features, ...dataset.corridor.features]));
// A debugging hook for the browser tests and curious users: the MapLibre map.
window.chinaMaliMap = map;

map.on('load', () => {
  addCorridorLayer(map, dataset.corridor);
  addStationsLayer(map, dataset.stations);
  addPlacesLayer(map, dataset.places);
  map.addControl(new LayerToggleControl(layerToggleGroups(dataset)), 'top-left');
  setupFeaturePopups(map, index);
});
