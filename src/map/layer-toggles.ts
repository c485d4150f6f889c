/** The entries of the layer control: each data layer's toggles by group, then the basemap's. */
import type { Dataset } from '../data/types.ts';
import type { DataLayer, LayerToggleGroup } from '../layers/data-layer.ts';
import { messages } from '../i18n/i18n.ts';
import { BASEMAP_COLORS } from '../theme.ts';
import { BASEMAP_TOGGLE_LAYERS } from './basemap-style.ts';

/** The basemap's toggles, named in the current language. */
const basemapGroup = (): LayerToggleGroup => ({
  title: messages().layers.basemap,
  toggles: [
    {
      key: 'rivers',
      label: messages().layers.rivers,
      swatch: { shape: 'line', color: BASEMAP_COLORS.water },
      layerIds: BASEMAP_TOGGLE_LAYERS.rivers,
    },
    {
      key: 'towns',
      label: messages().layers.towns,
      swatch: { shape: 'circle', color: BASEMAP_COLORS.town },
      layerIds: BASEMAP_TOGGLE_LAYERS.towns,
    },
  ],
});

/**
 * Groups the layers' toggles by their `toggleGroup`, top layer's group first, then the basemap,
 * named in the current language (call again after a switch).
 * A new place kind in the data appears here by itself.
 * @example layerToggleGroups(DATA_LAYERS, dataset).map((g) => g.title) // ['Places', 'Railway', 'Basemap']
 */
export function layerToggleGroups(layers: readonly DataLayer[], dataset: Dataset): LayerToggleGroup[] {
  const groups = new Map<string, LayerToggleGroup>();
  for (const layer of [...layers].reverse()) {
    const group = groups.get(layer.toggleGroup) ?? {
      title: messages().layers[layer.toggleGroup],
      toggles: [],
      legend: [],
    };
    group.toggles.unshift(...layer.toggles(dataset));
    group.legend?.unshift(...(layer.legend?.(dataset) ?? []));
    groups.set(layer.toggleGroup, group);
  }
  return [...groups.values(), basemapGroup()];
}

/** Every toggle key there is, for reading `hide=` in the address. */
export function layerToggleKeys(groups: readonly LayerToggleGroup[]): string[] {
  return groups.flatMap((group) => group.toggles.map((toggle) => toggle.key));
}
