/** Composition only: load the data, make the state, the panel, the map, its layers, popups and controls. */
import 'maplibre-gl/dist/maplibre-gl.css';
import './styles/page.css';
import './styles/layer-control.css';
import './styles/popup.css';
import './styles/panel.css';
import './styles/filters.css';
import './styles/lists.css';
import './styles/notices.css';
import './styles/reading-pane.css';
import './styles/tour.css';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { indexDataset } from './data/dataset-index.ts';
import type { Geodata, Theme } from './data/types.ts';
import { BasemapControl } from './controls/basemap-control.ts';
import { LayerToggleControl } from './controls/layer-toggle-control.ts';
import { TourControl } from './controls/tour-control.ts';
import { mapImage } from './export/map-image.ts';
import { dataBounds } from './geo/data-bounds.ts';
import { eventsInBounds } from './geo/events-in-bounds.ts';
import { DATA_LAYERS } from './layers/data-layers.ts';
import { loadData } from './load-data.ts';
import { createMap, fitToData, markReadyWhenIdle } from './map/create-map.ts';
import { syncDimming } from './map/dimming.ts';
import { setupFeaturePopups } from './map/feature-popups.ts';
import { hideDuplicateTowns } from './map/hide-duplicate-towns.ts';
import { layerToggleGroups, layerToggleKeys } from './map/layer-toggles.ts';
import { syncLayerVisibility } from './map/layer-visibility.ts';
import { syncOnlineBasemap } from './map/online-basemap-sync.ts';
import { syncViewWithStore } from './map/view-sync.ts';
import { useBundledWorker } from './map/worker-url.ts';
import { coveredBelow } from './map/covered-below.ts';
import { placeTimeline } from './timeline/place-timeline.ts';
import { syncTimeline } from './timeline/sync-timeline.ts';
import { setupEmbedMode } from './panel/embed-mode.ts';
import { showNoMapNotice } from './no-map-notice.ts';
import { createNotice } from './notice.ts';
import { setupPanel } from './panel/panel.ts';
import type { PanelContext } from './panel/panel-context.ts';
import { setupPlaceDetail } from './panel/place-detail.ts';
import { setupReadingPane } from './panel/reading-pane.ts';
import { defaultState } from './state/app-state.ts';
import { PHONE_QUERY } from './theme.ts';
import { featuresWithEvents, filterDataset } from './state/filters.ts';
import { createStore, memoizeLast } from './state/store.ts';
import { syncStateWithUrl } from './state/url-sync.ts';
import { stateFromHash } from './state/url-state.ts';

const container = document.getElementById('map');
const panel = document.getElementById('panel');
const readingPane = document.getElementById('reading-pane');
const timelineSlot = document.getElementById('timeline');
if (!container || !panel || !readingPane || !timelineSlot)
  throw new Error('index.html must have elements with ids "map", "panel", "reading-pane" and "timeline"');
/** The page's parts, checked once. */
const page = { map: container, panel, readingPane, timelineSlot };

const defaults = defaultState();
const store = createStore(stateFromHash(location.hash, defaults));
if (store.get().embed)
  setupEmbedMode(
    page.map,
    () => store.get(),
    (listener) => store.subscribe(listener),
  );

// The map and its basemap start at once; the data loads meanwhile.
let map: MapLibreMap | undefined;
let mapLoaded: Promise<unknown> | undefined;
let noMapError: unknown;
try {
  useBundledWorker();
  map = createMap(container, store.get().view);
  mapLoaded = map.once('load');
} catch (error) {
  noMapError = error;
}

void loadData(container).then(start);

function start(dataset: Geodata): void {
  const groups = layerToggleGroups(DATA_LAYERS, dataset);
  const layerKeys = layerToggleKeys(groups);
  store.set({ hiddenLayers: store.get().hiddenLayers.filter((key) => layerKeys.includes(key)) });
  syncStateWithUrl(store, defaults, { layerKeys });

  /** The dataset under the current filters, indexed once per change of the filters. */
  const filteredIndex = memoizeLast((years: [number, number], themes: Theme[], source: string | null) =>
    indexDataset(filterDataset(dataset, { years, themes, source })),
  );
  const filtered = () => {
    const { years, themes, source } = store.get();
    return filteredIndex(years, themes, source);
  };
  const bounds = dataBounds([...dataset.places.features, ...dataset.corridor.features]);
  const ctx: PanelContext = {
    store,
    dataset,
    filtered,
    hasMap: () => map !== undefined,
    eventsInView: () => {
      const view = map?.getBounds().toArray().flat() as [number, number, number, number] | undefined;
      return view ? eventsInBounds(filtered().dataset, view) : filtered().dataset.events;
    },
    mapImage: (text) => (map && window.chinaMaliMap ? mapImage(map, text) : null),
  };
  setupPanel(page.panel, ctx, __APP_VERSION__);
  setupReadingPane(page.readingPane, ctx);
  const timeline = document.createElement('div');
  syncTimeline(timeline, store, dataset, defaults.years[1]);
  placeTimeline(timeline, page.timelineSlot, page.panel.querySelector('.panel-body') ?? page.panel, PHONE_QUERY);

  if (!map) {
    // No WebGL 2: say so, and show the place chosen in the panel where the map would be.
    showNoMapNotice(page.map, noMapError);
    setupPlaceDetail(page.map, ctx);
    return;
  }
  const ready = map;
  const addData = () => {
    const openedAtView = store.get().view !== null;
    // A debugging hook for the browser tests and curious users: the MapLibre map.
    window.chinaMaliMap = ready;
    for (const layer of DATA_LAYERS) layer.add(ready, dataset);
    hideDuplicateTowns(ready, DATA_LAYERS, dataset);
    ready.addControl(new LayerToggleControl(groups, store), 'top-left');
    syncLayerVisibility(ready, store, groups);
    syncViewWithStore(ready, store);
    syncDimming(ready, DATA_LAYERS, dataset, store, () => featuresWithEvents(filtered().dataset.events));
    setupFeaturePopups(ready, store, DATA_LAYERS, filtered, () => coveredBelow(page.map, page.readingPane));
    // Online basemaps, opt in: the offline basemap stays the default and shows through any failure.
    ready.addControl(new BasemapControl(store), 'top-right');
    if (!openedAtView) fitToData(ready, bounds);
    // After the first view is fitted: a tour opened from a link then flies to its step from there.
    if (dataset.story) ready.addControl(new TourControl(dataset.story, dataset.events, store), 'top-left');
    const notice = createNotice(ready.getContainer());
    syncOnlineBasemap(ready, store, (message) => notice.show(message));
    markReadyWhenIdle(ready);
  };
  void mapLoaded?.then(addData);
}
void import('./pwa/register.ts').then(({ setupUpdates }) => setupUpdates(page.map));
