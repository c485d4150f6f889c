/**
 * The translations of a record's own words. Beside the English fields, each translated language of
 * LANGUAGES has a member holding the same fields in that language (`"fr": { "title": …, "summary": … }`),
 * each checked by the English field's own rules (length, sentences, not blank). Wherever the English
 * has a text, each translation has it too, and a translation never stands without its English.
 */
import * as v from 'valibot';
import { isObject } from '../describe-value.ts';
import { LANGUAGE_NAMES, TRANSLATED_LANGUAGES, type TranslatedLanguage } from '../types.ts';
import { record } from './fields.ts';

type Optional<E extends v.ObjectEntries> = { [K in keyof E]: v.OptionalSchema<E[K], undefined> };

function optionalEntries<const E extends v.ObjectEntries>(entries: E): Optional<E> {
  // Built from the list of keys, so the types are stated rather than inferred.
  return Object.fromEntries(Object.entries(entries).map(([key, schema]) => [key, v.optional(schema)])) as Optional<E>;
}

/**
 * The translation members of a record: for each translated language, an object of the fields in
 * `entries`, each checked as the English is. Which of them must be there is the English's business:
 * see {@link translated}.
 * @example record({ title: text(), ...translations({ title: text() }) }) // accepts { title, fr: { title } }
 */
export function translations<const E extends v.ObjectEntries>(entries: E) {
  const member = v.optional(record(optionalEntries(entries)));
  return Object.fromEntries(TRANSLATED_LANGUAGES.map((lang) => [lang, member])) as Record<
    TranslatedLanguage,
    typeof member
  >;
}

/** True when an issue already reported concerns `path` (or the record itself, or a field inside `path`). */
function reported(issues: readonly v.BaseIssue<unknown>[] | undefined, path: readonly string[]): boolean {
  return (issues ?? []).some((issue) => {
    const keys = (issue.path ?? []).map((item) => item.key);
    return keys.every((key, i) => i >= path.length || key === path[i]);
  });
}

function pathItem(input: Record<string, unknown> | undefined, key: string): v.UnknownPathItem {
  return { type: 'unknown', origin: 'value', input, key, value: input?.[key] };
}

/**
 * `schema`, then the check that the translations match the English field for field: each English
 * text has its French (reported under `fr.<field>` when it lacks it, even when the whole `fr` member
 * is missing), and no French text stands without its English. Fields already reported (a French
 * title too long, a translation that is not an object) are not compared again.
 * @param keys - the record's translatable fields
 * @example translated(record({ title: text(), ...translations({ title: text() }) }), ['title'])
 */
export function translated<const S extends v.GenericSchema<unknown, Record<string, unknown>>>(
  schema: S,
  keys: readonly string[],
) {
  const check = v.rawCheck<v.InferOutput<S>>(({ dataset, addIssue }) => {
    const input: unknown = dataset.value;
    if (!isObject(input)) return;
    for (const lang of TRANSLATED_LANGUAGES) {
      // A translation that is not an object was reported by the schema; a missing one lacks every field.
      if (input[lang] !== undefined && !isObject(input[lang])) continue;
      const translation = isObject(input[lang]) ? input[lang] : undefined;
      for (const key of keys) {
        if (reported(dataset.issues, [lang, key]) || reported(dataset.issues, [key])) continue;
        const english = input[key] !== undefined;
        if (english === (translation?.[key] !== undefined)) continue;
        addIssue({
          message: english
            ? `the ${LANGUAGE_NAMES[lang]} "${key}", since the record has it in English`
            : `no ${LANGUAGE_NAMES[lang]} "${key}", since the record has none in English`,
          path: [pathItem(input, lang), pathItem(translation, key)],
        });
      }
    }
  });
  return v.pipe(schema, check);
}
