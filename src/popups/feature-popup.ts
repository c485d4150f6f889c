/** The popup content for any feature id, and the point it belongs at. */
import type { DatasetIndex } from '../data/dataset-index.ts';
import { buildCorridorPopup, buildStationPopup } from './corridor-popup.ts';
import { buildPlacePopup } from './place-popup.ts';

export interface FeaturePopup {
  content: HTMLElement;
  /** The feature's point; for the corridor, its middle station. */
  anchor: [number, number];
}

/** The feature of any kind with this id, with what builds its popup and where the popup belongs. */
function findFeature(
  id: string,
  index: DatasetIndex,
  currentEvent: string | null = null,
): { build: () => HTMLElement; anchor: [number, number] } | undefined {
  const { places, stations, corridor } = index.dataset;
  const place = places.features.find((f) => f.properties.id === id);
  if (place)
    return {
      build: () => buildPlacePopup(place, index, currentEvent),
      anchor: place.geometry.coordinates as [number, number],
    };
  const station = stations.features.find((f) => f.properties.id === id);
  if (station)
    return {
      build: () => buildStationPopup(station, index, currentEvent),
      anchor: station.geometry.coordinates as [number, number],
    };
  const line = corridor.features.find((f) => f.properties.id === id);
  if (!line) return undefined;
  const middle = line.geometry.coordinates[Math.floor(line.geometry.coordinates.length / 2)];
  return { build: () => buildCorridorPopup(line, index, currentEvent), anchor: middle as [number, number] };
}

/** Where a feature's popup belongs, without building it; undefined when there is no such feature. */
export function featureAnchor(id: string, index: DatasetIndex): [number, number] | undefined {
  return findFeature(id, index)?.anchor;
}

/**
 * The popup of any place, station or line, and its anchor; undefined for an unknown id. Its event
 * list always holds `currentEvent` (the one in the reading pane), however long the list.
 */
export function buildFeaturePopup(
  id: string,
  index: DatasetIndex,
  currentEvent: string | null = null,
): FeaturePopup | undefined {
  const found = findFeature(id, index, currentEvent);
  return found && { content: found.build(), anchor: found.anchor };
}
