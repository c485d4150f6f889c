/**
 * Holds the map's first `idle` until the data is on it. Before that first idle MapLibre places every
 * label in one pass, without fading; after it, new labels are placed a few milliseconds per frame and
 * faded in (an upstream choice, discussed in mapbox-gl-js issue 11283). When the basemap was ready
 * before a large dataset came, 10,000 places' labels then took seconds of frames to settle on
 * software WebGL. A GeoJSON source still loading its data keeps MapLibre from `load` and `idle`, so
 * this adds one, drawn by no layer, whose data (empty) comes when the hold is released.
 */
import { addProtocol, type AddProtocolAction, type Map as MapLibreMap } from 'maplibre-gl';

const HOLD_PROTOCOL = 'app-hold';
export const HOLD_SOURCE_ID = 'hold-first-idle';

/** The loader that answers, with an empty collection, once `released` has settled. */
export function holdLoader(released: Promise<void>): AddProtocolAction {
  return async () => {
    await released;
    return { data: { type: 'FeatureCollection', features: [] } };
  };
}

/**
 * Adds the holding source to `map` (its style loaded).
 * @returns the function that releases the hold and, once the source has loaded, removes it
 * @example const release = holdFirstIdle(map); … map.addLayer(…); release();
 */
export function holdFirstIdle(map: MapLibreMap): () => void {
  let release = () => {};
  addProtocol(HOLD_PROTOCOL, holdLoader(new Promise((resolve) => (release = resolve))));
  map.addSource(HOLD_SOURCE_ID, { type: 'geojson', data: `${HOLD_PROTOCOL}://data` });
  const removeOnceLoaded = (event: { sourceId?: string; isSourceLoaded?: boolean }) => {
    if (event.sourceId !== HOLD_SOURCE_ID || !event.isSourceLoaded) return;
    map.off('sourcedata', removeOnceLoaded);
    if (map.getSource(HOLD_SOURCE_ID)) map.removeSource(HOLD_SOURCE_ID);
  };
  return () => {
    map.on('sourcedata', removeOnceLoaded);
    release();
  };
}

/**
 * The hold as the page needs it: placed when the style is parsed if the data is still on its way,
 * released once the data is drawn or its download has failed (a failed download holds nothing).
 */
export function holdFirstIdleForData(): { styleLoaded: (map: MapLibreMap) => void; dataSettled: () => void } {
  let awaitingData = true;
  let release = () => {};
  return {
    styleLoaded: (map) => {
      if (awaitingData) release = holdFirstIdle(map);
    },
    dataSettled: () => {
      awaitingData = false;
      release();
    },
  };
}
