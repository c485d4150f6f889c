/**
 * What a data layer tells the rest of the app about itself, so that src/map/ can add, toggle, dim
 * and query every layer without naming one (a layer is data, as in a MapLibre style).
 */
import type { ExpressionSpecification, Map as MapLibreMap } from 'maplibre-gl';
import type { Dataset } from '../data/types.ts';

export interface LayerToggle {
  /** Stable key, used in the address (`hide=`) and in element data. */
  key: string;
  label: string;
  swatch: { shape: 'circle' | 'ring' | 'line' | 'dashed-line'; color: string };
  /** The style layers the toggle shows and hides. */
  layerIds: readonly string[];
  /**
   * When given, the toggle hides only the features this filter matches from `layerIds` (one kind
   * of place from layers drawing every kind), not the style layers themselves.
   */
  features?: ExpressionSpecification;
}

/** A key to a symbol that is not a layer of its own, such as a place's uncertainty halo. */
export interface LegendEntry {
  label: string;
  swatch: { shape: 'halo'; color: string };
}

export interface LayerToggleGroup {
  title: string;
  toggles: LayerToggle[];
  /** Keys shown under the toggles. */
  legend?: LegendEntry[];
}

export interface DataLayer {
  /**
   * The GeoJSON source's id. Its features are keyed by `properties.id` (`promoteId`), so the map
   * can dim them through feature-state without rebuilding any expression.
   */
  sourceId: string;
  /** The style layers a click or tap may hit; empty when none is clickable. */
  clickableLayerIds: readonly string[];
  /** Lower wins when one click hits features of several layers: a place before the line under it. */
  clickPriority: number;
  /** Below this zoom the layer is not drawn. */
  minZoom: number;
  /** The group its toggles sit in, in the layer control; its title is the catalogue's `layers[toggleGroup]`. */
  toggleGroup: 'places' | 'railway';
  toggles(dataset: Dataset): LayerToggle[];
  /** Keys to its symbols beyond the toggles' swatches, if any. */
  legend?(dataset: Dataset): LegendEntry[];
  /** Names it draws on the map, so the basemap can leave them out from `minZoom` on. */
  names(dataset: Dataset): string[];
  /** The ids of the features it draws. */
  featureIds(dataset: Dataset): string[];
  /** True when feature `id` should be dimmed, given the ids that have events under the filters. */
  isDimmed(id: string, active: ReadonlySet<string>, dataset: Dataset): boolean;
  /** Adds its source and style layers to the map, with words in the current language. */
  add(map: MapLibreMap, dataset: Dataset): void;
  /** Rewrites the words it draws on the map in the current language, if it draws any of its own. */
  relabel?(map: MapLibreMap): void;
}

/**
 * The names a feature is known by, for the basemap's duplicate-label check.
 * @example namesOf([{ properties: { name: 'Faléa', altNames: ['Falea'] } }]) // ['Faléa', 'Falea']
 */
export function namesOf(features: readonly { properties: { name: string; altNames: string[] } }[]): string[] {
  return features.flatMap((f) => [f.properties.name, ...f.properties.altNames]);
}
