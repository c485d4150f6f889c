/**
 * Places and the corridor with no event under the current filters are dimmed, not removed, so the
 * reader still sees where things are and that the filters hide them.
 */
import type { ExpressionSpecification, Map as MapLibreMap } from 'maplibre-gl';
import { PLACE_KINDS } from '../data/types.ts';
import { CORRIDOR_LAYER_IDS } from '../layers/corridor-layer.ts';
import { placeCircleLayerId, placeLabelLayerId } from '../layers/places-layer.ts';

const DIMMED = 0.25;

function opacityFor(activeIds: Set<string>): ExpressionSpecification {
  return ['case', ['in', ['get', 'id'], ['literal', [...activeIds]]], 1, DIMMED];
}

export function dimInactiveFeatures(map: MapLibreMap, activeIds: Set<string>): void {
  const opacity = opacityFor(activeIds);
  for (const kind of PLACE_KINDS) {
    map.setPaintProperty(placeCircleLayerId(kind), 'circle-opacity', opacity);
    map.setPaintProperty(placeCircleLayerId(kind), 'circle-stroke-opacity', opacity);
    map.setPaintProperty(placeLabelLayerId(kind), 'text-opacity', opacity);
  }
  map.setPaintProperty(CORRIDOR_LAYER_IDS.line, 'line-opacity', opacity);
  map.setPaintProperty(CORRIDOR_LAYER_IDS.label, 'text-opacity', opacity);
}
