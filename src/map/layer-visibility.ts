/** Applies the store's hidden layer toggles to the map's style layers. */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { LayerToggleGroup } from '../layers/data-layer.ts';
import type { AppState } from '../state/app-state.ts';
import type { Store } from '../state/store.ts';

/**
 * Hides the style layers of every toggle switched off in the store, now and on every change.
 * @returns the function that stops following the store
 */
export function syncLayerVisibility(
  map: MapLibreMap,
  store: Store<AppState>,
  groups: readonly LayerToggleGroup[],
): () => void {
  const toggles = groups.flatMap((group) => group.toggles);
  const apply = ({ hiddenLayers }: Readonly<AppState>) => {
    for (const toggle of toggles) {
      const visibility = hiddenLayers.includes(toggle.key) ? 'none' : 'visible';
      for (const id of toggle.layerIds) {
        if (map.getLayer(id) && map.getLayoutProperty(id, 'visibility') !== visibility)
          map.setLayoutProperty(id, 'visibility', visibility);
      }
    }
  };
  apply(store.get());
  return store.subscribe((state, previous) => state.hiddenLayers !== previous.hiddenLayers && apply(state));
}
