/** Every data layer of the map, bottom to top: the line under the stations under the places. */
import { corridorLayer } from './corridor-layer.ts';
import type { DataLayer } from './data-layer.ts';
import { placesLayer } from './places-layer.ts';
import { stationsLayer } from './stations-layer.ts';

export const DATA_LAYERS: readonly DataLayer[] = [corridorLayer, stationsLayer, placesLayer];
