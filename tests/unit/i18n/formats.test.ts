import { beforeAll, describe, expect, it } from 'vitest';
import { formatDate as englishDate } from '../../../src/data/dates.ts';
import {
  formatDate,
  formatMoney,
  formatNumber,
  languageFromBrowser,
  messages,
  setLanguage,
  loadCatalogue,
} from '../../../src/i18n/i18n.ts';
import { defaultState } from '../../../src/state/app-state.ts';
import { hashFromState, stateFromHash } from '../../../src/state/url-state.ts';

// Intl's French groups thousands with a narrow no-break space (U+202F).
const NNBSP = '\u202f';

// French words are a chunk of their own, loaded on first use (src/i18n/i18n.ts).
beforeAll(() => loadCatalogue('fr'));

describe('dates', () => {
  it('writes partial dates in French, no more precise than the data', () => {
    expect(formatDate('2025-05-12', 'fr')).toBe('12 mai 2025');
    expect(formatDate('2025-05-01', 'fr')).toBe('1er mai 2025');
    expect(formatDate('2016-05', 'fr')).toBe('mai 2016');
    expect(formatDate('2016', 'fr')).toBe('2016');
    expect(formatDate('1979/2002', 'fr')).toBe('1979–2002');
    expect(formatDate('2012-09/2013-01', 'fr')).toBe('septembre 2012–janvier 2013');
  });

  it('writes English exactly as before', () => {
    for (const date of ['2012-09-25', '2016-05', '2016', '1979/2002', '2025-05-01', '2013-02/2013-11'])
      expect(formatDate(date, 'en')).toBe(englishDate(date));
  });

  it('leaves text that is not a date as it is', () => {
    expect(formatDate('soon', 'fr')).toBe('soon');
  });

  it('writes every month at every precision as Intl does', () => {
    const locales = { en: 'en-GB', fr: 'fr-FR' } as const;
    const asIntl = (lang: 'en' | 'fr', at: number, options: Intl.DateTimeFormatOptions) =>
      new Intl.DateTimeFormat(locales[lang], { ...options, timeZone: 'UTC' })
        .format(at)
        .replace(/^1 /, lang === 'fr' ? '1er ' : '1 ');
    for (const lang of ['en', 'fr'] as const)
      for (let month = 1; month <= 12; month++) {
        const mm = String(month).padStart(2, '0');
        for (const day of [1, 2, 9, 10, 28]) {
          const at = Date.UTC(2019, month - 1, day);
          const text = `2019-${mm}-${String(day).padStart(2, '0')}`;
          expect(formatDate(text, lang)).toBe(asIntl(lang, at, { day: 'numeric', month: 'long', year: 'numeric' }));
        }
        expect(formatDate(`2019-${mm}`, lang)).toBe(
          asIntl(lang, Date.UTC(2019, month - 1), { month: 'long', year: 'numeric' }),
        );
      }
    expect(formatDate('1999', 'fr')).toBe(asIntl('fr', Date.UTC(1999, 0), { year: 'numeric' }));
  });
});

describe('numbers and money', () => {
  it('groups digits the French way', () => {
    expect(formatNumber(1234567, 'fr')).toBe(`1${NNBSP}234${NNBSP}567`);
    expect(formatNumber(1234567, 'en')).toBe('1,234,567');
  });

  it('says round amounts in words in French, and keeps odd ones exact', () => {
    expect(formatMoney(138_000_000, 'USD', 'fr')).toBe('138 millions de dollars US');
    expect(formatMoney(1_500_000_000, 'USD', 'fr')).toBe('1,5 milliard de dollars US');
    expect(formatMoney(1_000_000, 'XOF', 'fr')).toBe('1 million de francs CFA');
    expect(formatMoney(1_234_567, 'USD', 'fr')).toBe(`1${NNBSP}234${NNBSP}567\u00a0dollars US`);
    expect(formatMoney(250_000, 'USD', 'fr')).toBe(`250${NNBSP}000\u00a0dollars US`);
  });

  it('keeps the English form', () => {
    expect(formatMoney(138_000_000, 'USD', 'en')).toBe('US$138,000,000');
    expect(formatMoney(5_000, 'XOF', 'en')).toBe('CFA francs 5,000');
  });
});

describe('the language', () => {
  it('follows the browser only when its first choice is French', () => {
    expect(languageFromBrowser(['fr-FR', 'en'])).toBe('fr');
    expect(languageFromBrowser(['fr'])).toBe('fr');
    expect(languageFromBrowser(['en-US', 'fr'])).toBe('en');
    expect(languageFromBrowser(['frr'])).toBe('en');
    expect(languageFromBrowser([])).toBe('en');
  });

  it('switches the catalogue', () => {
    setLanguage('fr');
    expect(messages().panel.resetFilters).toBe('Réinitialiser les filtres');
    setLanguage('en');
    expect(messages().panel.resetFilters).toBe('Reset filters');
  });

  it('round-trips through the address, writing French always and English only against a French browser', () => {
    const english = defaultState(new Date('2026-11-22T12:00:00Z'), ['en-US']);
    const french = defaultState(new Date('2026-11-22T12:00:00Z'), ['fr-ML']);
    expect(english.lang).toBe('en');
    expect(french.lang).toBe('fr');
    expect(hashFromState({ ...english, lang: 'fr' }, english)).toBe('#&lang=fr');
    expect(hashFromState(english, english)).toBe('#');
    expect(hashFromState(french, french)).toBe('#&lang=fr');
    expect(hashFromState({ ...french, lang: 'en' }, french)).toBe('#&lang=en');
    expect(stateFromHash('#6/14/-6&place=gao&lang=fr', english).lang).toBe('fr');
    expect(stateFromHash('#6/14/-6&lang=en', french).lang).toBe('en');
    expect(stateFromHash('#6/14/-6', french).lang).toBe('fr');
    expect(stateFromHash('#&lang=de', english).lang).toBe('en');
  });
});
