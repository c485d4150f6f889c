/** What the timeline draws and the view the app hands it; timeline.ts re-exports both. */
import type { DateBasis, DatePrecision, EventScope, Theme } from '../data/types.ts';

/** The fields of a MapEvent the timeline needs. */
export interface TimelineEvent {
  id: string;
  title: string;
  date: string;
  datePrecision: DatePrecision;
  dateBasis: DateBasis;
  themes: Theme[];
  scope: EventScope;
}

/** Everything the timeline shows that the app owns; `update` compares each field by identity. */
export interface TimelineView {
  events: readonly TimelineEvent[];
  selectedId: string | null;
  /** The chosen window, in whole years, both included. */
  years: [number, number];
  /** A line under the legend, e.g. saying that only some events are drawn; none when absent. */
  note?: string;
}
