/**
 * The data's translations, each loaded the first time it is needed: when a reader chooses its
 * language, or downloads the data as written. Until a language's texts arrive (or if they cannot be
 * had), the data shows its English texts, which localize.ts falls back to.
 */
import { LOAD_TIMEOUT_MS } from './fetch-geodata.ts';
import { applyTranslations } from './translation-patch.ts';
import { BASE_LANGUAGE, TRANSLATED_LANGUAGES, type Geodata, type Language, type TranslatedLanguage } from './types.ts';

export interface Translations {
  /** The data as written, with every translation loaded so far. */
  written(): Geodata;
  /** Whether `lang`'s texts are in the data (English always is). */
  has(lang: Language): boolean;
  /** Loads `lang`'s texts unless they are in; true once they are, false when they could not be had. */
  ensure(lang: Language): Promise<boolean>;
  /** The data with every translation in, for downloads; rejects when one cannot be had. */
  inFull(): Promise<Geodata>;
}

/** Downloads a translation patch and reads it as JSON; rejects on any failure, a timeout included. */
export async function fetchPatch(url: string): Promise<unknown> {
  const response = await fetch(url, { signal: AbortSignal.timeout(LOAD_TIMEOUT_MS) });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

/**
 * @param dataset - the data as loaded, without translations (the build ships them apart)
 * @param urls - each translated language's patch (`translations` of `virtual:geodata-url`)
 * @param onLoaded - called with the data, its new language in, after a language's texts are put in
 * @param load - the download; fetchPatch by default (tests pass another)
 */
export function createTranslations(
  dataset: Geodata,
  urls: Partial<Record<TranslatedLanguage, string>>,
  onLoaded: (written: Geodata, lang: TranslatedLanguage) => void,
  load: (url: string) => Promise<unknown> = fetchPatch,
): Translations {
  let written = dataset;
  const pending = new Map<TranslatedLanguage, Promise<boolean>>();
  const loaded = new Set<Language>([BASE_LANGUAGE]);
  const hasTexts = (lang: TranslatedLanguage) => written.events.some((event) => event[lang] !== undefined);
  const ensure = (lang: Language): Promise<boolean> => {
    if (lang === BASE_LANGUAGE) return Promise.resolve(true);
    // Data from the dev server or a test may come with its translations in.
    if (loaded.has(lang) || hasTexts(lang)) {
      loaded.add(lang);
      return Promise.resolve(true);
    }
    const url = urls[lang];
    if (url === undefined) return Promise.resolve(false);
    let loading = pending.get(lang);
    if (!loading) {
      loading = load(url).then(
        (patch) => {
          written = applyTranslations(written, lang, patch).data;
          loaded.add(lang);
          onLoaded(written, lang);
          return true;
        },
        () => {
          // Forgotten, so that the next choice of the language tries again.
          pending.delete(lang);
          return false;
        },
      );
      pending.set(lang, loading);
    }
    return loading;
  };
  return {
    written: () => written,
    has: (lang) => loaded.has(lang),
    ensure,
    async inFull() {
      const found = await Promise.all(TRANSLATED_LANGUAGES.map(ensure));
      if (found.includes(false)) throw new Error('a translation of the data could not be loaded');
      return written;
    },
  };
}
