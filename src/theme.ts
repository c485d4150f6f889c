/** Colours, sizes and type used by the map and the page, in one place. */
import type { PlaceKind } from './data/types.ts';

export const FONT_FAMILY = 'Noto Sans';

export const BASEMAP_COLORS = {
  background: '#dfe7ea', // sea and the world beyond the extract
  land: '#f3efe6',
  mali: '#fbf3d9',
  border: '#9a8f7d',
  maliBorder: '#6b5d45',
  water: '#9cc3d5',
  waterLabel: '#2f6680',
  town: '#4a4a4a',
  countryLabel: '#5e554a',
  regionLabel: '#8a7f70',
  halo: '#ffffff',
} as const;

/** One colour per place kind; chosen to stay apart for common colour-vision deficiencies. */
export const PLACE_COLORS: Record<PlaceKind, string> = {
  country: '#6b5d45',
  capital: '#b2182b',
  city: '#2166ac',
  town: '#4393c3',
  'mining-site': '#8c510a',
  'exploration-site': '#bf812d',
  'incident-site': '#542788',
};

export const CORRIDOR_COLOR = '#1b7837';
export const STATION_COLOR = '#1b7837';
