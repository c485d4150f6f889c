/** What every part of the side panel needs: the store, the data, and a way to select a feature. */
import type { DatasetIndex } from '../data/dataset-index.ts';
import type { Dataset, MapEvent } from '../data/types.ts';
import type { AppState } from '../state/app-state.ts';
import type { Store } from '../state/store.ts';

export interface PanelContext {
  store: Store<AppState>;
  /** All the data, unfiltered. */
  dataset: Dataset;
  /** The data under the current filters, indexed once per filter change. */
  filtered(): DatasetIndex;
  /** Selects a place, station or the corridor: on the map, flies there and opens its popup. */
  select(featureId: string, options?: { eventId?: string }): void;
  /** False when there is no map (no WebGL): the panel then shows the selected place itself. */
  hasMap(): boolean;
  /** Events under the filters whose places are in the current view (all of them without a map). */
  eventsInView(): MapEvent[];
}
