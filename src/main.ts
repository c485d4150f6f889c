/** Composition only: load the data, make the map, add layers, popups and controls. */
import 'maplibre-gl/dist/maplibre-gl.css';
import './style.css';
import { indexDataset } from './data/dataset-index';
import { GEODATA_TEXTS } from './data/geodata-texts';
import { loadDataset } from './data/load-dataset';
import { showDataErrors } from './data-errors';
import { LayerToggleControl } from './controls/layer-toggle-control';
import { dataBounds } from './geo/data-bounds';
import { addCorridorLayer } from './layers/corridor-layer';
import { addPlacesLayer } from './layers/places-layer';
import { addStationsLayer } from './layers/stations-layer';
import { createMap } from './map/create-map';
import { setupFeaturePopups } from './map/feature-popups';
import { layerToggleGroups } from './map/layer-toggles';
import { useBundledWorker } from './map/worker-url';

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
