/** The one way to choose a place, station, the railway or an event: everything else follows the store. */
import type { AppState } from './app-state.ts';
import type { Store } from './store.ts';

export interface SelectOptions {
  /** The event to show first in the feature's popup. */
  eventId?: string | null;
  /** Where the reader clicked on the map; leave out when the choice came from the panel or a search. */
  at?: [lng: number, lat: number] | null;
}

/**
 * Selects a feature (or clears the selection with null). A choice made off the map has no `at`,
 * and the map then brings the feature into view.
 * @example select(store, 'gao', { eventId: 'gao-camp-attack-2016' })
 */
export function select(store: Store<AppState>, featureId: string | null, options: SelectOptions = {}): void {
  const { reveal } = store.get();
  store.set({
    selected: featureId,
    event: featureId === null ? null : (options.eventId ?? null),
    selectedAt: featureId === null ? null : (options.at ?? null),
    reveal: featureId === null ? reveal : reveal + 1,
  });
}

/** True when a change to the store is a new choice, or a repeated one, of feature or event. */
export function selectionChanged(state: AppState, previous: AppState): boolean {
  return state.selected !== previous.selected || state.event !== previous.event || state.reveal !== previous.reveal;
}
