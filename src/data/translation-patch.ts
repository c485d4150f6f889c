/**
 * The data's translations travel apart from it. The French texts are 40% of the data's bytes, and a
 * reader in English never reads them: the build takes them out (splitTranslations) and ships each
 * language as a patch of its own, which the page puts back (applyTranslations) once a reader
 * chooses that language or downloads the data as written.
 *
 * A patch lists, for each record that had a translation, where it is (its path of keys and indexes
 * from the top of the data) and the translated texts that were under the language's key there.
 */
import { isObject } from './describe-value.ts';
import type { TranslatedLanguage } from './types.ts';

/** Where a record is in the data: keys and list indexes from the top. */
export type RecordPath = (string | number)[];

/** One language's texts, each with the path of the record it belongs to. */
export type TranslationPatch = [path: RecordPath, texts: Record<string, unknown>][];

/**
 * The data without the members named by `languages`, and each language's patch. Pure.
 * @example splitTranslations({ events: [{ title: 'A', fr: { title: 'Un' } }] }, ['fr'])
 * // { base: { events: [{ title: 'A' }] }, patches: { fr: [[['events', 0], { title: 'Un' }]] } }
 */
export function splitTranslations<T>(
  data: T,
  languages: readonly TranslatedLanguage[],
): { base: T; patches: Record<TranslatedLanguage, TranslationPatch> } {
  const patches = Object.fromEntries(languages.map((lang) => [lang, [] as TranslationPatch])) as Record<
    TranslatedLanguage,
    TranslationPatch
  >;
  const strip = (value: unknown, path: RecordPath): unknown => {
    if (Array.isArray(value)) return value.map((item, i) => strip(item, [...path, i]));
    if (!isObject(value)) return value;
    const kept: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      const lang = languages.find((language) => language === key);
      if (lang && isObject(item)) patches[lang].push([path, item]);
      else kept[key] = strip(item, [...path, key]);
    }
    return kept;
  };
  return { base: strip(data, []) as T, patches };
}

/**
 * The data with `patch`'s texts back under `lang` in each record it names; entries whose path leads
 * nowhere are left out and counted. Does not change `data`.
 * @returns the data in full, and how many entries of the patch found no record
 * @example applyTranslations(base, 'fr', patches.fr).data // equal to the data before splitTranslations
 */
export function applyTranslations<T>(data: T, lang: TranslatedLanguage, patch: unknown): { data: T; unplaced: number } {
  const copy = structuredClone(data);
  let unplaced = 0;
  for (const entry of Array.isArray(patch) ? (patch as unknown[]) : []) {
    const [path, texts] = Array.isArray(entry) ? (entry as unknown[]) : [];
    let record: unknown = copy;
    for (const step of Array.isArray(path) ? (path as unknown[]) : [null]) {
      record =
        (typeof step === 'string' || typeof step === 'number') && (isObject(record) || Array.isArray(record))
          ? (record as Record<string | number, unknown>)[step]
          : undefined;
    }
    if (isObject(record) && isObject(texts)) record[lang] = texts;
    else unplaced++;
  }
  if (!Array.isArray(patch)) unplaced++;
  return { data: copy, unplaced };
}
