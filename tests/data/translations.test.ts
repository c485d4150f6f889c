/**
 * The data's own words in every language: each event, figure, tour step and note of geodata/ has its
 * French beside the English (the validation requires it; this says where, file by file), and no
 * French text is the English left in place. Quotes have no translation: their schema has no room for one.
 */
import { describe, expect, it } from 'vitest';
import { checkGeodata } from '../../scripts/validate-geodata-plugin.ts';
import { EVENT_TEXT_FIELDS } from '../../src/data/schemas/event-schema.ts';
import { FIGURE_TEXT_FIELDS } from '../../src/data/schemas/figure-schema.ts';
import { TRANSLATED_LANGUAGES } from '../../src/data/types.ts';
import { GEODATA_DIR } from './geodata-files.ts';

const { dataset, errors } = checkGeodata(GEODATA_DIR);

/** "where: field" for each English text with no translation in `lang`, or the same text left in English. */
function untranslated(
  where: string,
  record: Record<string, unknown>,
  fields: readonly string[],
  lang: string,
): string[] {
  const translation = (record[lang] ?? {}) as Record<string, unknown>;
  return fields
    .filter((field) => record[field] !== undefined)
    .filter((field) => typeof translation[field] !== 'string' || translation[field] === record[field])
    .map((field) => `${where}: ${field}`);
}

describe.each(TRANSLATED_LANGUAGES)('geodata/ in %s', (lang) => {
  it('is valid with the tour, translations included', () => {
    expect(errors).toEqual([]);
  });

  it('has every event title, summary, note and caution, and every figure label and caution, translated', () => {
    const missing = dataset.events.flatMap((event) => [
      ...untranslated(`event "${event.id}"`, event, EVENT_TEXT_FIELDS, lang),
      ...(event.figures ?? []).flatMap((figure, i) =>
        untranslated(`event "${event.id}" figures[${i}]`, figure, FIGURE_TEXT_FIELDS, lang),
      ),
    ]);
    expect(missing).toEqual([]);
  });

  it('has the tour title and every caption translated', () => {
    const story = dataset.story;
    expect(story, 'geodata/story.json').toBeDefined();
    if (!story) return;
    expect([
      ...untranslated('story', story, ['title'], lang),
      ...story.steps.flatMap((step, i) => untranslated(`step ${i + 1}`, step, ['caption'], lang)),
    ]).toEqual([]);
  });

  it('has every place, station and railway note translated', () => {
    const features = [...dataset.places.features, ...dataset.stations.features, ...dataset.corridor.features];
    const missing = features.flatMap(({ properties }) =>
      untranslated(properties.id, properties, ['precisionNote', 'geometryNote'], lang),
    );
    expect(missing).toEqual([]);
  });
});
