/**
 * The data with its own words in one language: each event's title, summary, notes and cautions, its
 * figures' labels and cautions, the tour's title and captions, and the places' notes. The checks
 * guarantee a translation for every English text, so nothing falls back; names, source titles and
 * quotes are never translated and stay as written.
 */
import { BASE_LANGUAGE, type Geodata, type Language, type TranslatedLanguage } from './types.ts';

/** A record that may carry translations of its own texts, under each translated language's key. */
type Translatable = { [L in TranslatedLanguage]?: Record<string, string | undefined> };

/** The record with its translated fields in `lang`; the same record in the base language. */
function inLanguage<T extends Translatable>(record: T, lang: Language): T {
  const translation = lang === BASE_LANGUAGE ? undefined : record[lang];
  return translation ? { ...record, ...translation } : record;
}

/** A FeatureCollection whose features' properties are in `lang`. */
function collectionIn<C extends { features: { properties: Translatable }[] }>(collection: C, lang: Language): C {
  return {
    ...collection,
    features: collection.features.map((feature) => ({ ...feature, properties: inLanguage(feature.properties, lang) })),
  };
}

/**
 * The data as it reads in `lang`: the same records, whose translatable texts are that language's.
 * Pure; the records' other fields (ids, dates, quotes, names) are shared, not copied.
 * @example localizeDataset(data, 'fr').events[0]?.title // 'La Chine et le Mali établissent des relations diplomatiques'
 */
export function localizeDataset<D extends Geodata>(data: D, lang: Language): D {
  if (lang === BASE_LANGUAGE) return data;
  const { story } = data;
  return {
    ...data,
    events: data.events.map((event) => {
      const localized = inLanguage(event, lang);
      return event.figures ? { ...localized, figures: event.figures.map((f) => inLanguage(f, lang)) } : localized;
    }),
    places: collectionIn(data.places, lang),
    stations: collectionIn(data.stations, lang),
    corridor: collectionIn(data.corridor, lang),
    ...(story ? { story: { ...inLanguage(story, lang), steps: story.steps.map((s) => inLanguage(s, lang)) } } : {}),
  };
}

/**
 * `localizeDataset` for one dataset, computed once per language: the same language gives the same
 * object, so what is derived from it (the filtered index, the search) is computed once too.
 * @example const shown = localizer(data); shown('fr') === shown('fr') // true
 */
export function localizer<D extends Geodata>(data: D): (lang: Language) => D {
  const byLanguage = new Map<Language, D>();
  return (lang) => {
    let localized = byLanguage.get(lang);
    if (!localized) {
      localized = localizeDataset(data, lang);
      byLanguage.set(lang, localized);
    }
    return localized;
  };
}
