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
 * Sets `dimmed` on every feature of every layer, given the ids that have events under the filters.
 * @example dimInactiveFeatures(map, DATA_LAYERS, dataset, new Set(['gao']))
 */
export function dimInactiveFeatures(
  map: MapLibreMap,
  layers: readonly DataLayer[],
  dataset: Dataset,
  active: ReadonlySet<string>,
): void {
  for (const layer of layers) {
    for (const id of layer.featureIds(dataset))
      map.setFeatureState({ source: layer.sourceId, id }, { dimmed: layer.isDimmed(id, active, dataset) });
  }
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
  dimInactiveFeatures(map, layers, dataset, activeIds());
  return store.subscribe(
    (state, previous) => filtersChanged(state, previous) && dimInactiveFeatures(map, layers, dataset, activeIds()),
  );
}
