/** The printed page's lines that depend on the state: when it was printed, and the filters in words. */
import { formatDate, messages } from '../i18n/i18n.ts';
import type { Messages } from '../i18n/messages-en.ts';
import type { AppState } from '../state/app-state.ts';
import { themeWords } from '../panel/filter-words.ts';

/**
 * The date the page was printed, as the interface's language writes it, and the map's version.
 * @param date - YYYY-MM-DD
 * @example printedLine('2026-05-12', '0.1.0') // 'Printed 12 May 2026 · version 0.1.0'
 */
export function printedLine(date: string, version: string, words: Messages = messages()): string {
  return words.print.printed(formatDate(date), version);
}

/**
 * The years and themes shown, always both, in the interface's language (the source chosen, if any,
 * is in the summary line above it).
 * @example filtersLine({ years: [2010, 2026], themes: ['mining'] }) // 'Filters: years 2010–2026 · themes: mining'
 */
export function filtersLine(state: Pick<AppState, 'years' | 'themes'>, words: Messages = messages()): string {
  const { print } = words;
  return `${print.filters}${print.years(state.years[0], state.years[1])} · ${themeWords(state.themes, words)}`;
}
