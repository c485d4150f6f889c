/** What every part of the side panel needs: the store, the data and what is derived from them. */
import type { DatasetIndex } from '../data/dataset-index.ts';
import type { Dataset, MapEvent } from '../data/types.ts';
import type { MapImageText } from '../export/map-image.ts';
import type { AppState } from '../state/app-state.ts';
import type { EventQuery } from '../state/event-query.ts';
import type { Store } from '../state/store.ts';

export interface PanelContext {
  store: Store<AppState>;
  /** All the data, unfiltered, its own words in the reader's language (src/data/localize.ts). */
  readonly dataset: Dataset;
  /**
   * The data as geodata/ holds it, English with every translation beside it: what downloads are made
   * of. A promise, since translations load when first needed (src/data/translations.ts).
   */
  writtenInFull(): Promise<Dataset>;
  /** The data under the current filters, in the reader's language, indexed once per change of either. */
  filtered(): DatasetIndex;
  /** Counts under the filters (themes, years, sources), from columns built once. */
  query: EventQuery;
  /** False when there is no map (no WebGL): the panel then shows the selected place itself. */
  hasMap(): boolean;
  /** Events under the filters whose places are in the current view (all of them without a map). */
  eventsInView(): MapEvent[];
  /** The map as a framed PNG (src/export/map-image.ts); null while there is no drawn map. */
  mapImage(text: MapImageText): Promise<Blob> | null;
}
