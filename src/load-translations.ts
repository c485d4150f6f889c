/**
 * The data's translations as the page follows the reader's language: the texts of the language the
 * page opens in are asked for at once, beside the data; each later choice loads its language's texts
 * once; and a language whose texts cannot be had is shown in English, with a notice saying so.
 */
import { translations as translationUrls } from 'virtual:geodata-url';
import { createTranslations, fetchPatch, type Translations } from './data/translations.ts';
import { BASE_LANGUAGE, type Geodata, type Language } from './data/types.ts';
import { language, messages, setDataTextsLanguage } from './i18n/i18n.ts';
import type { LanguageSource } from './i18n/rerender-on-language.ts';
import type { Notice } from './notice.ts';

/** The first language's texts on their way, from before the data came. */
export interface EarlyTexts {
  url: string;
  patch: Promise<unknown>;
}

/**
 * Starts the download of `lang`'s texts, if it has any apart from the data (not English).
 * @example const early = requestTextsEarly(store.get().lang);
 */
export function requestTextsEarly(lang: Language): EarlyTexts | undefined {
  if (lang === BASE_LANGUAGE) return undefined;
  const url = translationUrls[lang];
  return { url, patch: fetchPatch(url) };
}

/**
 * Follows the store's language from now on, and resolves once the current language's texts are in
 * (or known to be missing), so that the page is built in them.
 * @param onLoaded - called with the data, a language's texts now in, when they arrive: the page shows them
 * @param notice - where a language whose texts could not be had is reported
 */
export async function followTextsOfLanguage(
  dataset: Geodata,
  store: LanguageSource,
  early: EarlyTexts | undefined,
  onLoaded: (written: Geodata) => void,
  notice: Notice,
): Promise<Translations> {
  const translations = createTranslations(dataset, translationUrls, onLoaded, (url) =>
    url === early?.url ? early.patch : fetchPatch(url),
  );
  // Until a language's texts are in, the data shows in English, and is marked so for screen readers.
  setDataTextsLanguage(() => (translations.has(language()) ? language() : BASE_LANGUAGE));
  const request = (lang: Language) =>
    translations.ensure(lang).then((loaded) => loaded || notice.show(messages().notices.translationFailed));
  await request(store.get().lang);
  store.subscribe((state, previous) => {
    if (state.lang !== previous.lang) void request(state.lang);
  });
  return translations;
}
