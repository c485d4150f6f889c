/** Search over place names (with other spellings), actors, and event text. Pure. */
import type { Dataset } from '../data/types.ts';

export interface SearchResult {
  kind: 'place' | 'event' | 'actor';
  /** What the reader sees. */
  label: string;
  /** Feature to select. */
  featureId: string;
  /** Event to bring into view in the popup, for event and actor matches. */
  eventId?: string;
}

/** Folds case and accents, so "falea" finds Faléa and "goita" finds Goïta. */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Finds places first, then actors, then events whose title or summary contain every word typed.
 * @example searchDataset(dataset, 'narena')[0] // { kind: 'place', label: 'Naréna', featureId: 'narena' }
 */
export function searchDataset(dataset: Dataset, query: string, limit = 8): SearchResult[] {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  if (!words.length) return [];
  const matches = (...texts: string[]) => {
    const haystack = foldForSearch(texts.join(' '));
    return words.every((word) => haystack.includes(word));
  };
  const features = [...dataset.places.features, ...dataset.stations.features, ...dataset.corridor.features];
  const nameOf = new Map(features.map((f) => [f.properties.id, f.properties.name]));
  const places: SearchResult[] = features
    .filter((f) => matches(f.properties.name, ...f.properties.altNames))
    .map((f) => ({ kind: 'place', label: f.properties.name, featureId: f.properties.id }));
  const actors: SearchResult[] = [];
  const events: SearchResult[] = [];
  for (const event of dataset.events) {
    const featureId = event.places[0];
    if (featureId === undefined) continue;
    const where = nameOf.get(featureId) ?? featureId;
    const actor = event.actors.find((a) => matches(a));
    if (actor)
      actors.push({ kind: 'actor', label: `${actor}: ${event.title} (${where})`, featureId, eventId: event.id });
    else if (matches(event.title, event.summary))
      events.push({ kind: 'event', label: `${event.title} (${where})`, featureId, eventId: event.id });
  }
  return [...places, ...actors, ...events].slice(0, limit);
}
