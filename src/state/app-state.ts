/** What the user is looking at: the view, the selection, the filters, the layers and the basemap. */
import { THEMES, type Language, type Theme } from '../data/types.ts';
import { languageFromBrowser } from '../i18n/i18n.ts';

export const BASEMAPS = ['offline', 'streets', 'satellite'] as const;
export type BasemapId = (typeof BASEMAPS)[number];

export interface MapView {
  zoom: number;
  lat: number;
  lng: number;
  bearing: number;
  pitch: number;
}

export interface AppState {
  /** null until the map has a view: the first view then fits the data. */
  view: MapView | null;
  /** Id of the place, station or corridor whose popup is open. */
  selected: string | null;
  /** Id of the event the reader chose, shown first in the popup. */
  event: string | null;
  /** Where on the map the reader pointed to choose `selected`; null when chosen elsewhere. */
  selectedAt: [lng: number, lat: number] | null;
  /**
   * Counts the reader's choices, so choosing the same place again still brings it back into view.
   * Not kept in the address.
   */
  reveal: number;
  /** Inclusive year range of events shown. */
  years: [from: number, to: number];
  /** Themes shown; an event shows when it has at least one of them. */
  themes: Theme[];
  /** Keys of the layer toggles that are switched off. */
  hiddenLayers: string[];
  /** Id of the source whose events the list and map are narrowed to. */
  source: string | null;
  basemap: BasemapId;
  /** The guided tour's step, from 1; null when the tour is not running. */
  story: number | null;
  /** True in an embedded view (`&embed`): the map, the timeline and popups, without the panel. */
  embed: boolean;
  /** The interface's language; data texts (titles, summaries, quotes) stay as written. */
  lang: Language;
}

/** The first year the data can hold: diplomatic relations began in 1960. */
export const FIRST_YEAR = 1960;

/**
 * The state of a fresh visit: everything shown, nothing selected, the offline basemap.
 * @example defaultState(new Date('2026-11-23')).years // [1960, 2026]
 */
export function defaultState(
  today: Date = new Date(),
  preferred: readonly string[] = typeof navigator === 'undefined' ? [] : navigator.languages,
): AppState {
  return {
    view: null,
    selected: null,
    event: null,
    selectedAt: null,
    reveal: 0,
    years: [FIRST_YEAR, today.getUTCFullYear()],
    themes: [...THEMES],
    hiddenLayers: [],
    source: null,
    basemap: 'offline',
    story: null,
    embed: false,
    lang: languageFromBrowser(preferred),
  };
}
