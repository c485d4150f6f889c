/** Look-ups over a validated Dataset: events of a feature in date order, sources by id. */
import { dateBounds } from './dates.ts';
import type { Dataset, MapEvent, Source } from './types.ts';

export interface DatasetIndex {
  dataset: Dataset;
  sourceById: Map<string, Source>;
  /** Events of a place, station or corridor, oldest first. */
  eventsOf(featureId: string): MapEvent[];
  /** Every event, oldest first (for stepping through time). */
  chronological: MapEvent[];
}

/** Sort key: the earliest day an event's date can mean, then its latest. */
function chronological(a: MapEvent, b: MapEvent): number {
  const x = dateBounds(a.date);
  const y = dateBounds(b.date);
  return (
    (x?.start ?? '').localeCompare(y?.start ?? '') ||
    (x?.end ?? '').localeCompare(y?.end ?? '') ||
    a.id.localeCompare(b.id)
  );
}

/**
 * Indexes a dataset once: its events in date order, per feature and in all, and sources by id.
 * @example indexDataset(dataset).eventsOf('gao')[0]?.id // the oldest event at Gao
 */
export function indexDataset(dataset: Dataset): DatasetIndex {
  const byFeature = new Map<string, MapEvent[]>();
  const sorted = [...dataset.events].sort(chronological);
  for (const event of sorted) {
    for (const id of event.places) {
      const list = byFeature.get(id);
      if (list) list.push(event);
      else byFeature.set(id, [event]);
    }
  }
  return {
    dataset,
    sourceById: new Map(dataset.sources.map((source) => [source.id, source])),
    eventsOf: (featureId) => byFeature.get(featureId) ?? [],
    chronological: sorted,
  };
}
