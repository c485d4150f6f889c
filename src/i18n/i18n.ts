/**
 * The interface's language: which catalogue is current, and dates and numbers written the way that
 * language writes them. The store's `lang` is the truth; this module only mirrors
 * it, set once at start and by src/i18n/rerender-on-language.ts on each switch, so that builders
 * deep in the UI (a popup, a legend) can read their words without a catalogue passed down to them.
 */
import { MONTHS, parsePartialDate } from '../data/dates.ts';
import { BASE_LANGUAGE, type Currency, type Language, type TranslatedLanguage } from '../data/types.ts';
import { en, type Messages } from './messages-en.ts';

/**
 * The catalogues at hand. English, the fallback, is always in; another language is a chunk of its
 * own (about 4 kB gzip for French), loaded by loadCatalogue when a reader first chooses it.
 */
const CATALOGUES: Partial<Record<Language, Messages>> = { [BASE_LANGUAGE]: en };
const LOADERS: Record<TranslatedLanguage, () => Promise<Messages>> = {
  fr: () => import('./messages-fr.ts').then((module) => module.fr),
};
/** The locales `Intl` formats numbers with. */
const LOCALES: Record<Language, string> = { en: 'en-GB', fr: 'fr-FR' };

let current: Language = 'en';

/** Makes `lang` the language every later `messages()` and format call uses. */
export function setLanguage(lang: Language): void {
  current = lang;
}

/** The current language. */
export function language(): Language {
  return current;
}

/**
 * The current language's catalogue.
 * @example messages().panel.resetFilters // 'Réinitialiser les filtres' in French
 */
export function messages(): Messages {
  return CATALOGUES[current] ?? en;
}

/** Whether `lang`'s catalogue is loaded, so that switching to it shows its words at once. */
export function hasCatalogue(lang: Language): boolean {
  return CATALOGUES[lang] !== undefined;
}

/**
 * Loads `lang`'s catalogue unless it is in. A failure (offline on a first visit) rejects; the page
 * then stays in the language it is in.
 * @example await loadCatalogue('fr'); setLanguage('fr');
 */
export async function loadCatalogue(lang: Language): Promise<void> {
  if (lang === BASE_LANGUAGE || CATALOGUES[lang]) return;
  CATALOGUES[lang] = await LOADERS[lang]();
}

/**
 * The language a browser asks for: French when its first preferred language is French, else English.
 * @example languageFromBrowser(['fr-ML', 'en']) // 'fr'
 */
export function languageFromBrowser(preferred: readonly string[]): Language {
  return /^fr\b/i.test(preferred[0] ?? '') ? 'fr' : 'en';
}

/**
 * Month names, as British English ("31 May 2016", as the data's sources write) and French write
 * them. Written out rather than asked of `Intl.DateTimeFormat`: the page's first one costs 20–40 ms
 * (ICU starting up) at the busiest moment of a first load, where the source list writes its dates.
 * tests/unit/i18n/formats.test.ts checks every month against `Intl`.
 */
const MONTH_NAMES: Record<Language, readonly string[]> = {
  en: MONTHS,
  fr: [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ],
};

/**
 * A partial date or span as people read it, no more precise than the data.
 * @example formatDate('2025-05-12', 'fr') // '12 mai 2025'
 * @example formatDate('2016-05', 'fr') // 'mai 2016'
 * @example formatDate('1979/2002') // '1979–2002'
 */
export function formatDate(text: string, lang: Language = current): string {
  const parts = text.split('/');
  if (parts.length === 2) return parts.map((part) => formatDate(part, lang)).join('–');
  const date = parsePartialDate(text);
  if (!date) return text;
  // French writes the first of the month as an ordinal: « 1er mai 2025 ».
  const day = lang === 'fr' && date.day === 1 ? '1er' : date.day;
  const month = date.month === undefined ? undefined : MONTH_NAMES[lang][date.month - 1];
  return [day, month, date.year].filter((part) => part !== undefined).join(' ');
}

/**
 * A number with the language's grouping and decimal signs.
 * @example formatNumber(1234567, 'fr') // '1 234 567' (narrow no-break spaces)
 */
export function formatNumber(value: number, lang: Language = current): string {
  return new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 2 }).format(value);
}

const CURRENCY_WORDS: Record<Language, Record<Currency, string>> = {
  en: { USD: 'US$', XOF: 'CFA francs ' },
  fr: { USD: 'dollars US', XOF: 'francs CFA' },
};

/**
 * An amount of money. English keeps the full figure after the currency ("US$138,000,000"); French
 * says it in words when the words lose nothing ("138 millions de dollars US"), else in full
 * ("1 234 567 dollars US").
 * @example formatMoney(138_000_000, 'USD', 'fr') // '138 millions de dollars US'
 */
export function formatMoney(value: number, currency: Currency, lang: Language = current): string {
  const words = CURRENCY_WORDS[lang][currency];
  if (lang === 'en') return `${words}${formatNumber(value, lang)}`;
  const compact = new Intl.NumberFormat(LOCALES[lang], {
    notation: 'compact',
    compactDisplay: 'long',
    maximumFractionDigits: 2,
  });
  // Only from a million on, and only when the rounded words still mean the exact figure.
  const exact = value >= 1e6 && Number.isInteger(value / 10 ** magnitude(value));
  return exact ? `${compact.format(value)} de ${words}` : `${formatNumber(value, lang)}\u00a0${words}`;
}

/** The power of ten of the compact unit (million, milliard…) `value` is said in, less two decimals. */
function magnitude(value: number): number {
  return Math.floor(Math.log10(value) / 3) * 3 - 2;
}

/** The language the data's own texts are shown in: the page's, unless its translation is not in. */
let dataTextsLanguage: () => Language = () => current;

/**
 * Says where to read the language the data's texts are shown in: English while the page's
 * language's texts are loading or could not be had (src/load-translations.ts).
 * @example setDataTextsLanguage(() => (translations.has(language()) ? language() : 'en'))
 */
export function setDataTextsLanguage(source: () => Language): void {
  dataTextsLanguage = source;
}

/**
 * Marks an element that holds the data's own words (titles, summaries, notes, captions) with the
 * language they are in, where it is not the page's, so screen readers read them right. The page
 * shows the data in its own language (src/data/localize.ts) once its texts are in, so then nothing
 * needs marking; until then they are English, and marked so.
 * @param lang - the language of the element's text
 * @example markDataText(create('span', 'event-title', parent, event.title))
 */
export function markDataText<E extends HTMLElement>(element: E, lang: Language = dataTextsLanguage()): E {
  if (lang !== current) element.lang = lang;
  return element;
}

/**
 * Marks words shown as written, never translated: a source's title, a region's name as the data
 * spells it. They are in the data's base language, English.
 * @example markOriginalText(externalLink(address, source.title, item))
 */
export function markOriginalText<E extends HTMLElement>(element: E): E {
  return markDataText(element, BASE_LANGUAGE);
}

/**
 * A place's name as the interface shows it: its own name, but the country-level record ("Mali as a
 * whole") is named in the interface's language.
 * @example placeName({ kind: 'country', name: 'Mali as a whole' }) // 'Le Mali dans son ensemble' in French
 */
export function placeName(place: { kind?: string; name: string }): string {
  return place.kind === 'country' && current !== BASE_LANGUAGE ? messages().panel.countryHeading : place.name;
}
