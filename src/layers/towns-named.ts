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
 * @example townsNamedByData(DATA_LAYERS, dataset) // ['any', false, ['in', ['get', 'name'], ['literal', ['Bamako', …]]], …]
 */
export function townsNamedByData(layers: readonly DataLayer[], dataset: Dataset): ExpressionSpecification {
  const name: ExpressionSpecification = ['get', 'name'];
  return [
    'any',
    false,
    ...layers
      .filter((layer) => layer.names(dataset).length > 0)
      .map((layer): ExpressionSpecification => {
        const named: ExpressionSpecification = ['in', name, ['literal', layer.names(dataset)]];
        return layer.minZoom > 0 ? ['all', ['>=', ['zoom'], layer.minZoom], named] : named;
      }),
  ];
}
