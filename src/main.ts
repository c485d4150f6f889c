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
// Last: its rules for paper override the screen's, the phone layout's included.
import './styles/print.css';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { bounds as builtBounds, townsNamed as builtTownsNamed } from 'virtual:geodata-url';
import { localizer } from './data/localize.ts';
import type { Geodata, Language } from './data/types.ts';
import { BasemapControl } from './controls/basemap-control.ts';
import { LayerToggleControl } from './controls/layer-toggle-control.ts';
import { TourControl } from './controls/tour-control.ts';
import { mapSnapshot } from './export/map-snapshot.ts';
import { dataBounds } from './geo/data-bounds.ts';
import { eventsInBounds } from './geo/events-in-bounds.ts';
import { DATA_LAYERS } from './layers/data-layers.ts';
import { loadData } from './load-data.ts';
import { followTextsOfLanguage, requestTextsEarly } from './load-translations.ts';
import { watchBasemap } from './map/basemap-failure.ts';
import { addMapControls, createMap, fitToData, markReadyWhenIdle } from './map/create-map.ts';
import { syncDimming } from './map/dimming.ts';
import { setupFeaturePopups } from './map/feature-popups.ts';
import { hideDuplicateTowns } from './map/hide-duplicate-towns.ts';
import { holdFirstIdleForData } from './map/hold-first-idle.ts';
import { addControlPart, relabelDataLayers } from './map/language-parts.ts';
import { layerToggleGroups, layerToggleKeys } from './map/layer-toggles.ts';
import { syncLayerVisibility } from './map/layer-visibility.ts';
import { syncOnlineBasemap } from './map/online-basemap-sync.ts';
import { syncViewWithStore } from './map/view-sync.ts';
import { useBundledWorker } from './map/worker-url.ts';
import { coveredBelow } from './map/covered-below.ts';
import { placeTimeline } from './timeline/place-timeline.ts';
import { syncTimeline } from './timeline/sync-timeline.ts';
import { setupEmbedMode } from './panel/embed-mode.ts';
import { rerenderOnLanguage } from './i18n/rerender-on-language.ts';
import { setupLanguageSwitch } from './language-switch.ts';
import { showNoMapNotice } from './no-map-notice.ts';
import { applyPageTexts } from './page-texts.ts';
import { createNotice } from './notice.ts';
import { hasCatalogue, loadCatalogue, messages } from './i18n/i18n.ts';
import { afterSettled } from './pwa/when-settled.ts';
import { setupPanel } from './panel/panel.ts';
import type { PanelContext } from './panel/panel-context.ts';
import { setupPlaceDetail } from './panel/place-detail.ts';
import { setupReadingPane } from './panel/reading-pane.ts';
import { setupPrintView } from './print/print-view.ts';
import { defaultState } from './state/app-state.ts';
import { PHONE_QUERY } from './theme.ts';
import { createEventQuery, type EventQuery } from './state/event-query.ts';
import { combineUndo, createStore } from './state/store.ts';
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
// Downloads that need no words start first: the data and, for a reader in another language than
// English, its texts (src/data/translation-patch.ts), so that a page opened in French is built once.
const firstLanguage = store.get().lang;
const firstTexts = requestTextsEarly(firstLanguage);
// Until the data is drawn, or has failed to come, the map's first idle waits for it.
const firstIdle = holdFirstIdleForData();
const dataLoaded = Promise.all([
  loadData(container, { onFailure: firstIdle.dataSettled }),
  firstTexts?.patch.catch(() => undefined),
]);
// That language's words are a chunk of their own: in before anything shows words, the map's included.
if (!hasCatalogue(firstLanguage)) await loadCatalogue(firstLanguage).catch(() => undefined);

if (store.get().embed)
  setupEmbedMode(
    page.map,
    () => store.get(),
    (listener) => store.subscribe(listener),
  );
// Every part with words is added here, so a language switch sets it up again in the new language.
const language = rerenderOnLanguage(store);
language.add(() => applyPageTexts());
const header = document.querySelector<HTMLElement>('.site-header');
if (header) setupLanguageSwitch(header, store);

// The map and its basemap start at once; the data loads meanwhile.
let map: MapLibreMap | undefined;
let styleLoaded: Promise<unknown> | undefined;
/** Whether 'style.load' has come: the data then goes in at once, not a microtask later. */
let styleReady = false;
let noMapError: unknown;
/** Whether the data layers are on the map (an image before that would show the basemap alone). */
let dataDrawn = false;
try {
  useBundledWorker();
  const created = createMap(container, store.get().view, builtTownsNamed ?? undefined);
  watchBasemap(container, created);
  language.add(() => addMapControls(created));
  // Online basemaps, opt in: the offline basemap stays the default and shows through any failure.
  // Added now, so the first view is fitted clear of it.
  language.add(() => addControlPart(created, () => new BasemapControl(store), 'top-right'));
  // The build knows the data's box, so the first frame is drawn at the first view: fitting once the
  // data came moved a drawn map and had every basemap source laid out twice.
  if (!store.get().view) fitToData(created, builtBounds);
  map = created;
  // A debugging hook for the browser tests and curious users: the MapLibre map, from its creation.
  window.chinaMaliMap = created;
  // The data layers go in as soon as the style is parsed, not at 'load' (after the basemap's first
  // full render): their sources are then read and laid out with the basemap's, in one pass to idle.
  styleLoaded = map.once('style.load').then(() => {
    styleReady = true;
    firstIdle.styleLoaded(created);
  });
} catch (error) {
  noMapError = error;
}

void dataLoaded.then(([dataset]) => start(dataset));

async function start(dataset: Geodata): Promise<void> {
  const groups = layerToggleGroups(DATA_LAYERS, dataset);
  const layerKeys = layerToggleKeys(groups);
  store.set({ hiddenLayers: store.get().hiddenLayers.filter((key) => layerKeys.includes(key)) });
  syncStateWithUrl(store, defaults, { layerKeys });

  /** The data in the reader's language: every part with words reads it when it is set up. */
  let inLanguage = localizer(dataset);
  const shown = () => inLanguage(store.get().lang);
  /** Counts and the filtered index over the data in each language, columns built once per language. */
  const queries = new Map<Language, EventQuery>();
  let built = false;
  const onTexts = (written: Geodata) => {
    inLanguage = localizer(written);
    queries.clear();
    // A language chosen after the page was built: its texts replace the English ones shown meanwhile.
    if (built) language.rerender();
  };
  /** The map's one notice, shared by whatever the reader should know (two would sit on each other). */
  const notice = createNotice(page.map);
  const translations = await followTextsOfLanguage(dataset, store, firstTexts, onTexts, notice);
  const query = () => {
    const { lang } = store.get();
    let found = queries.get(lang);
    if (!found) queries.set(lang, (found = createEventQuery(inLanguage(lang))));
    return found;
  };
  const filtered = () => query().index(store.get());
  const ctx: PanelContext = {
    store,
    get dataset() {
      return shown();
    },
    writtenInFull: () => translations.inFull(),
    filtered,
    get query() {
      return query();
    },
    hasMap: () => map !== undefined,
    eventsInView: () => {
      const view = map?.getBounds().toArray().flat() as [number, number, number, number] | undefined;
      return view ? eventsInBounds(filtered().dataset, view) : filtered().dataset.events;
    },
    // Its code loads on the first save (the printed page's picture, needed at once, is apart).
    mapImage: (text) =>
      map && dataDrawn ? import('./export/map-image.ts').then((module) => map && module.mapImage(map, text)) : null,
  };
  if (map) drawData(map);
  // The map first: its worker lays the data out while the panel and timeline are built below.
  function drawData(ready: MapLibreMap): void {
    const addData = () => {
      const openedAtView = store.get().view !== null;
      dataDrawn = true;
      for (const layer of DATA_LAYERS) layer.add(ready, dataset);
      // On the dev server the towns the data names are not known before: a build's style has them
      // (the test on DEV leaves this out of a build).
      if (import.meta.env.DEV && !builtTownsNamed) hideDuplicateTowns(ready, DATA_LAYERS, dataset);
      language.add(() =>
        addControlPart(ready, () => new LayerToggleControl(layerToggleGroups(DATA_LAYERS, dataset), store), 'top-left'),
      );
      language.add(() => relabelDataLayers(ready, DATA_LAYERS));
      syncLayerVisibility(ready, store, groups);
      syncViewWithStore(ready, store);
      syncDimming(ready, DATA_LAYERS, dataset, store, () => query().activeFeatures(store.get()));
      // On the dev server the build's box is not known: fit now, from the data.
      if (import.meta.env.DEV && !openedAtView && !builtBounds)
        fitToData(ready, dataBounds([...dataset.places.features, ...dataset.corridor.features]));
      // Popups after the first view: a place chosen in a shared link opens over the fitted map.
      language.add((again) =>
        setupFeaturePopups(ready, store, DATA_LAYERS, filtered, () => coveredBelow(page.map, page.readingPane), again),
      );
      // After the first view is fitted: a tour opened from a link then flies to its step from there.
      if (dataset.story)
        language.add((again) => {
          const { story, events } = shown();
          return story
            ? addControlPart(ready, () => new TourControl(story, events, store, !again), 'top-left')
            : () => undefined;
        });
      syncOnlineBasemap(ready, store, (message) => notice.show(message));
      markReadyWhenIdle(ready);
      firstIdle.dataSettled();
    };
    if (styleReady) addData();
    else void styleLoaded?.then(addData);
  }

  language.add(() => setupPanel(page.panel, ctx, __APP_VERSION__));
  language.add(() => setupReadingPane(page.readingPane, ctx));
  language.add(() => {
    // After the panel: on phones the timeline sits in the panel's body.
    const timeline = document.createElement('div');
    const narrow = page.panel.querySelector<HTMLElement>('.panel-body') ?? page.panel;
    return combineUndo(
      syncTimeline(timeline, store, shown(), query(), defaults.years[1]),
      placeTimeline(timeline, page.timelineSlot, narrow, PHONE_QUERY),
      () => timeline.remove(),
    );
  });

  if (header)
    language.add(() =>
      setupPrintView({ header, map: page.map, readingPane: page.readingPane }, ctx, {
        version: __APP_VERSION__,
        snapshot: () => (map ? mapSnapshot(map, messages().tour.scaleAt) : null),
        legend: () => layerToggleGroups(DATA_LAYERS, dataset),
      }),
    );

  if (!map) {
    // No WebGL 2: say so, and show the place chosen in the panel where the map would be.
    language.add(() => showNoMapNotice(page.map, noMapError));
    language.add(() => setupPlaceDetail(page.map, ctx));
  }
  built = true;
}
// The offline copy is made once the map is drawn (or has said why it cannot be), not during its load.
afterSettled(page.map, () => void import('./pwa/register.ts').then(({ setupUpdates }) => setupUpdates(page.map)));
