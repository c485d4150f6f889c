/** The filters in words, for a download's metadata and a citation: what the reader narrowed to. */
import { THEMES } from '../data/types.ts';
import type { Dataset } from '../data/types.ts';
import { defaultState, type AppState } from '../state/app-state.ts';

/**
 * @example filterWords({ ...state, years: [2010, 2026], themes: ['mining'] }, dataset) // 'Years 2010–2026; themes: mining'
 */
export function filterWords(state: Pick<AppState, 'years' | 'themes' | 'source'>, dataset: Dataset): string {
  const parts: string[] = [];
  const [first, last] = defaultState().years;
  if (state.years[0] !== first || state.years[1] !== last) parts.push(`Years ${state.years[0]}–${state.years[1]}`);
  if (state.themes.length !== THEMES.length) parts.push(`themes: ${state.themes.join(', ') || 'none'}`);
  const source = dataset.sources.find((s) => s.id === state.source);
  if (source) parts.push(`citing “${source.title}”`);
  return parts.length ? parts.join('; ') : 'All events';
}
