/** Map parts that carry words, as setups with an undo, so a language switch can set them up again. */
import type { ControlPosition, IControl, Map as MapLibreMap } from 'maplibre-gl';
import type { DataLayer } from '../layers/data-layer.ts';

/**
 * Adds the control `make` builds (its words in the current language) at `position`.
 * @returns the function that removes it
 * @example parts.add(() => addControlPart(map, () => new BasemapControl(store), 'top-right'))
 */
export function addControlPart(map: MapLibreMap, make: () => IControl, position: ControlPosition): () => void {
  const control = make();
  map.addControl(control, position);
  return () => map.removeControl(control);
}

/**
 * Rewrites the words the data layers draw on the map (the railway's label) in the current language.
 * @returns nothing to undo: the next call rewrites them
 */
export function relabelDataLayers(map: MapLibreMap, layers: readonly DataLayer[]): () => void {
  for (const layer of layers) layer.relabel?.(map);
  return () => undefined;
}
