/** Which data feature a click or tap means: the most specific layer first, then the nearest point. */
import type { Map as MapLibreMap, PointLike } from 'maplibre-gl';
import type { DataLayer } from '../layers/data-layer.ts';

/** Pixels of slack around a click, so small points and thin lines are easy to hit on a phone. */
const HIT_TOLERANCE = 8;

/**
 * The id of the feature under `point` in a visible clickable layer, or undefined.
 * @example featureIdAt(map, DATA_LAYERS, event.point) // 'gao'
 */
export function featureIdAt(
  map: MapLibreMap,
  layers: readonly DataLayer[],
  point: { x: number; y: number },
): string | undefined {
  const priority = new Map(layers.flatMap((layer) => layer.clickableLayerIds.map((id) => [id, layer.clickPriority])));
  const visible = [...priority.keys()].filter(
    (id) => map.getLayer(id) && map.getLayoutProperty(id, 'visibility') !== 'none',
  );
  if (!visible.length) return undefined;
  const box: [PointLike, PointLike] = [
    [point.x - HIT_TOLERANCE, point.y - HIT_TOLERANCE],
    [point.x + HIT_TOLERANCE, point.y + HIT_TOLERANCE],
  ];
  const hits = map.queryRenderedFeatures(box, { layers: visible });
  const distance = (feature: (typeof hits)[number]): number => {
    if (feature.geometry.type !== 'Point') return 0;
    const projected = map.project(feature.geometry.coordinates as [number, number]);
    return Math.hypot(projected.x - point.x, projected.y - point.y);
  };
  const rank = (layerId: string) => priority.get(layerId) ?? Number.POSITIVE_INFINITY;
  hits.sort((a, b) => rank(a.layer.id) - rank(b.layer.id) || distance(a) - distance(b));
  const id: unknown = hits[0]?.properties.id;
  return typeof id === 'string' ? id : undefined;
}
