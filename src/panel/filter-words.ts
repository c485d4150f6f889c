/**
 * The filters in words: what the reader narrowed to. In English for a download's metadata and a
 * citation (files keep the data's language, with French beside it); in the reader's language on a
 * saved image, whose other words are theirs.
 */
import { THEMES } from '../data/types.ts';
import type { Dataset, Theme } from '../data/types.ts';
import { messages } from '../i18n/i18n.ts';
import type { Messages } from '../i18n/messages-en.ts';
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

/**
 * The filters in the interface's language, for the saved image.
 * @example filterWordsShown({ ...state, years: [2010, 2026], themes: ['mining'] }, dataset, fr) // 'années 2010–2026 · thèmes : mines'
 */
export function filterWordsShown(
  state: Pick<AppState, 'years' | 'themes' | 'source'>,
  dataset: Dataset,
  words: Messages = messages(),
): string {
  const parts: string[] = [];
  const [first, last] = defaultState().years;
  if (state.years[0] !== first || state.years[1] !== last)
    parts.push(words.print.years(state.years[0], state.years[1]));
  if (state.themes.length !== THEMES.length) parts.push(themeWords(state.themes, words));
  const source = dataset.sources.find((s) => s.id === state.source);
  if (source) parts.push(words.tour.imageCiting(source.title));
  return parts.length ? parts.join(' · ') : words.tour.imageAllEvents;
}

/**
 * The themes chosen, named in the interface's language and in their order: all, none, or a list.
 * @example themeWords(['trade', 'mining'], en) // 'themes: mining, trade'
 */
export function themeWords(themes: readonly Theme[], words: Messages = messages()): string {
  const chosen = THEMES.filter((theme) => themes.includes(theme));
  if (chosen.length === THEMES.length) return words.print.allThemes;
  if (chosen.length === 0) return words.print.noThemes;
  return words.print.themes(chosen.map((theme) => words.panel.themeNames[theme]).join(', '));
}
