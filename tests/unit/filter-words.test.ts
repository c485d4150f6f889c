// The filters in words: English for files and citations; the reader's language on a saved image.
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/data/types.ts';
import { en } from '../../src/i18n/messages-en.ts';
import { fr } from '../../src/i18n/messages-fr.ts';
import { filterWords, filterWordsShown } from '../../src/panel/filter-words.ts';
import { defaultState, type AppState } from '../../src/state/app-state.ts';

const dataset = { sources: [{ id: 'report', title: 'A report' }] } as unknown as Dataset;
const narrowed: AppState = { ...defaultState(), years: [2010, 2026], themes: ['mining'], source: 'report' };

describe('filterWordsShown', () => {
  it('says every filter in French for a French reader, with French typography', () => {
    expect(filterWordsShown(narrowed, dataset, fr)).toBe(
      'années 2010–2026 · thèmes\u00a0: mines · citant «\u00a0A report\u00a0»',
    );
  });

  it('says them in English for an English reader, naming the themes (not their ids) in their order', () => {
    const { security, mining } = en.panel.themeNames;
    expect(filterWordsShown({ ...narrowed, themes: ['mining', 'security'] }, dataset, en)).toBe(
      `years 2010–2026 · themes: ${security}, ${mining} · citing “A report”`,
    );
  });

  it('says when nothing is narrowed, and when no theme is left', () => {
    expect(filterWordsShown(defaultState(), dataset, fr)).toBe('tous les événements');
    expect(filterWordsShown({ ...defaultState(), themes: [] }, dataset, fr)).toBe('aucun thème');
  });

  it('leaves the files’ English words as they were', () => {
    expect(filterWords(narrowed, dataset)).toBe('Years 2010–2026; themes: mining; citing “A report”');
  });
});
