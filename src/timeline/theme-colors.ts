/**
 * One colour per theme for the timeline's marks. Paul Tol's "muted" qualitative scheme: nine colours
 * chosen to stay distinct for the common colour-vision deficiencies (P. Tol, "Colour Schemes",
 * SRON/EPS/TN/09-002, 2021, fig. 4). Some are light, so every mark also gets a dark edge: the colour
 * is a second cue, never the only one. The app is to move this table into src/theme.ts.
 */
import type { Theme } from '../data/types.ts';

export const THEME_COLORS: Record<Theme, string> = {
  diplomacy: '#332288', // indigo
  peacekeeping: '#88ccee', // cyan, near the UN's blue
  security: '#cc6677', // rose
  defence: '#882255', // wine
  mining: '#ddcc77', // sand
  infrastructure: '#44aa99', // teal
  finance: '#117733', // green
  trade: '#999933', // olive
  governance: '#aa4499', // purple
};

/** Colour for a mark with no theme. */
export const NO_THEME_COLOR = '#dddddd';

/**
 * The colour of an event's first theme.
 * @example themeColor(['mining', 'finance']) // '#ddcc77'
 */
export function themeColor(themes: readonly Theme[]): string {
  const [first] = themes;
  return first === undefined ? NO_THEME_COLOR : THEME_COLORS[first];
}
