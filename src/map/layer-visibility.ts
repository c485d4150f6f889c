/** Applies the store's hidden layer toggles to the map's style layers. */
import type { ExpressionSpecification, FilterSpecification, Map as MapLibreMap } from 'maplibre-gl';
import type { LayerToggle, LayerToggleGroup } from '../layers/data-layer.ts';
import type { AppState } from '../state/app-state.ts';
import type { Store } from '../state/store.ts';

/**
 * A layer's filter with the features of the hidden toggles taken out.
 * @example narrowedFilter(undefined, [['==', ['get', 'kind'], 'town']]) // ['all', ['!', ['==', ['get', 'kind'], 'town']]]
 */
export function narrowedFilter(
  own: FilterSpecification | undefined,
  hidden: readonly ExpressionSpecification[],
): FilterSpecification | null {
  if (!hidden.length) return own ?? null;
  const kept = hidden.map((features): FilterSpecification => ['!', features]);
  return ['all', ...(own ? [own] : []), ...kept] as FilterSpecification;
}

/**
 * Hides the style layers of every toggle switched off in the store, now and on every change. A
 * toggle with `features` hides those features from its layers by filter instead.
 * @returns the function that stops following the store
 */
export function syncLayerVisibility(
  map: MapLibreMap,
  store: Store<AppState>,
  groups: readonly LayerToggleGroup[],
): () => void {
  const toggles = groups.flatMap((group) => group.toggles);
  const togglesOf = (id: string): LayerToggle[] => toggles.filter((toggle) => toggle.layerIds.includes(id));
  const layerIds = [...new Set(toggles.flatMap((toggle) => toggle.layerIds))];
  // Each filtered layer's own filter, as its style gave it, before any toggle narrowed it.
  const ownFilters = new Map(
    layerIds
      .filter((id) => map.getLayer(id) && togglesOf(id).some((toggle) => toggle.features))
      .map((id) => [id, map.getFilter(id) ?? undefined]),
  );
  const setFilters = new Map<string, string>();

  const apply = ({ hiddenLayers }: Readonly<AppState>) => {
    for (const id of layerIds) {
      if (!map.getLayer(id)) continue;
      const hiding = togglesOf(id).filter((toggle) => hiddenLayers.includes(toggle.key));
      const visibility = hiding.some((toggle) => !toggle.features) ? 'none' : 'visible';
      // A layer never given a visibility reads undefined: setting 'visible' on it would still make
      // MapLibre lay out its source's tiles again, the basemap's included.
      const current = (map.getLayoutProperty(id, 'visibility') as string | undefined) ?? 'visible';
      if (current !== visibility) map.setLayoutProperty(id, 'visibility', visibility);
      if (!ownFilters.has(id)) continue;
      const filter = narrowedFilter(
        ownFilters.get(id),
        hiding.flatMap((toggle) => (toggle.features ? [toggle.features] : [])),
      );
      const key = JSON.stringify(filter);
      if ((setFilters.get(id) ?? JSON.stringify(ownFilters.get(id) ?? null)) === key) continue;
      setFilters.set(id, key);
      map.setFilter(id, filter);
    }
  };
  apply(store.get());
  return store.subscribe((state, previous) => state.hiddenLayers !== previous.hiddenLayers && apply(state));
}
