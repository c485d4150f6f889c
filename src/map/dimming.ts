/**
 * Places and the corridor with no event under the current filters are dimmed, not removed, so the
 * reader still sees where things are and that the filters hide them. Each layer paints itself from
 * its features' `dimmed` feature-state; this only sets that state, so no style is rebuilt.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Dataset } from '../data/types.ts';
import type { DataLayer } from '../layers/data-layer.ts';
import type { AppState } from '../state/app-state.ts';
import { filtersChanged } from '../state/filters.ts';
import type { Store } from '../state/store.ts';

/**
 * Sets `dimmed` on the features of every layer, given the ids that have events under the filters.
 * Only features whose state changed since `shown` are set (each call makes MapLibre update the
 * feature's tiles), so a one-year step at 10,000 places touches the few that changed. A feature
 * never given a state is drawn undimmed, so the first call sets only the dimmed ones.
 * @param shown - the state each feature was last given, by layer source and id; updated here
 * @example dimInactiveFeatures(map, DATA_LAYERS, dataset, new Set(['gao']), new Map())
 */
export function dimInactiveFeatures(
  map: MapLibreMap,
  layers: readonly DataLayer[],
  dataset: Dataset,
  active: ReadonlySet<string>,
  shown: Map<string, boolean>,
): void {
  for (const layer of layers) {
    for (const { id, key } of featuresOf(layer, dataset)) {
      const dimmed = layer.isDimmed(id, active, dataset);
      if ((shown.get(key) ?? false) === dimmed) continue;
      shown.set(key, dimmed);
      map.setFeatureState({ source: layer.sourceId, id }, { dimmed });
    }
  }
}

/** A feature of a layer, with its key in `shown` (source and id). */
interface KeyedFeature {
  id: string;
  key: string;
}

/** Each layer's features, per dataset: asked again at every filter step. */
const featuresByDataset = new WeakMap<Dataset, Map<DataLayer, KeyedFeature[]>>();

function featuresOf(layer: DataLayer, dataset: Dataset): KeyedFeature[] {
  let byLayer = featuresByDataset.get(dataset);
  if (!byLayer) featuresByDataset.set(dataset, (byLayer = new Map<DataLayer, KeyedFeature[]>()));
  let features = byLayer.get(layer);
  if (!features) {
    features = layer.featureIds(dataset).map((id) => ({ id, key: `${layer.sourceId}\u0000${id}` }));
    byLayer.set(layer, features);
  }
  return features;
}

/**
 * Dims now and after every change of the filters.
 * @param activeIds - the ids with events under the current filters
 * @returns the function that stops following the store
 */
export function syncDimming(
  map: MapLibreMap,
  layers: readonly DataLayer[],
  dataset: Dataset,
  store: Store<AppState>,
  activeIds: () => ReadonlySet<string>,
): () => void {
  const shown = new Map<string, boolean>();
  dimInactiveFeatures(map, layers, dataset, activeIds(), shown);
  return store.subscribe(
    (state, previous) =>
      filtersChanged(state, previous) && dimInactiveFeatures(map, layers, dataset, activeIds(), shown),
  );
}
