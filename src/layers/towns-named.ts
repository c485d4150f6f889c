/**
 * Which of the basemap's towns the data layers name themselves (Bamako, Gao, Kayes…), so the
 * basemap can leave them out: drawn twice, the names crowd each other. Each layer's names count
 * from the zoom it is drawn at (below the stations' zoom, the basemap still names Kayes, Kita…).
 * Pure, so the build can work it out too (scripts/validate-geodata-plugin.ts).
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import type { Dataset } from '../data/types.ts';
import type { DataLayer } from './data-layer.ts';

/**
 * An expression true for a basemap feature whose `name` a data layer draws at the current zoom.
 * Given the basemap's own town names, it keeps only those, so it stays as small as the basemap
 * whatever the size of the data.
 * @example townsNamedByData(DATA_LAYERS, dataset) // ['any', false, ['in', ['get', 'name'], ['literal', ['Bamako', …]]], …]
 */
export function townsNamedByData(
  layers: readonly DataLayer[],
  dataset: Dataset,
  basemapTowns?: ReadonlySet<string>,
): ExpressionSpecification {
  const name: ExpressionSpecification = ['get', 'name'];
  const drawnTwice = (layer: DataLayer) =>
    basemapTowns ? layer.names(dataset).filter((town) => basemapTowns.has(town)) : layer.names(dataset);
  return [
    'any',
    false,
    ...layers.flatMap((layer): ExpressionSpecification[] => {
      const names = drawnTwice(layer);
      if (!names.length) return [];
      const named: ExpressionSpecification = ['in', name, ['literal', names]];
      return [layer.minZoom > 0 ? ['all', ['>=', ['zoom'], layer.minZoom], named] : named];
    }),
  ];
}
