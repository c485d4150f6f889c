/** The popup content for any feature id, and the point it belongs at. */
import type { DatasetIndex } from '../data/dataset-index.ts';
import { buildCorridorPopup, buildStationPopup } from './corridor-popup.ts';
import { buildPlacePopup } from './place-popup.ts';

export interface FeaturePopup {
  content: HTMLElement;
  /** The feature's point; for the corridor, its middle station. */
  anchor: [number, number];
}

export function buildFeaturePopup(id: string, index: DatasetIndex): FeaturePopup | undefined {
  const { places, stations, corridor } = index.dataset;
  const place = places.features.find((f) => f.properties.id === id);
  if (place) return { content: buildPlacePopup(place, index), anchor: place.geometry.coordinates as [number, number] };
  const station = stations.features.find((f) => f.properties.id === id);
  if (station)
    return { content: buildStationPopup(station, index), anchor: station.geometry.coordinates as [number, number] };
  const line = corridor.features.find((f) => f.properties.id === id);
  if (!line) return undefined;
  const middle = line.geometry.coordinates[Math.floor(line.geometry.coordinates.length / 2)];
  return { content: buildCorridorPopup(line, index), anchor: middle as [number, number] };
}
