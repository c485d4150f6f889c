import { describe, expect, it } from 'vitest';
import { eventSchema } from '../../../src/data/schemas/event-schema.ts';
import { placeSchema, corridorSchema } from '../../../src/data/schemas/feature-schemas.ts';
import { storyStepSchema } from '../../../src/data/schemas/story-schema.ts';
import { fixtureRecord, problems, TODAY } from './problems.ts';

const schema = eventSchema(TODAY);
const event = (changes: Record<string, unknown> = {}) => problems(schema, fixtureRecord('events.0', changes));

describe('the French texts of a record', () => {
  it('are accepted beside the English, on events, figures, places, the railway and tour steps', () => {
    expect(event()).toEqual([]);
    expect(
      event({
        dateNote: 'As reported.',
        caution: 'Disputed.',
        'fr.dateNote': 'Comme rapporté.',
        'fr.caution': 'Contesté.',
        'figures.0.caution': 'Another count gives two.',
        'figures.0.fr.caution': 'Un autre décompte en donne deux.',
      }),
    ).toEqual([]);
    expect(problems(placeSchema(), fixtureRecord('places.features.1'))).toEqual([]);
    expect(problems(corridorSchema(), fixtureRecord('corridor.features.0'))).toEqual([]);
    const step = { events: ['attack-at-b'], caption: 'A step.', fr: { caption: 'Une étape.' } };
    expect(problems(storyStepSchema(), step)).toEqual([]);
  });

  it('follow the rules of the English: length, sentences, no blank text', () => {
    expect(event({ 'fr.title': 'x'.repeat(121) })).toEqual([
      { field: 'fr.title', expected: 'a text of at most 120 characters', got: '121 characters' },
    ]);
    expect(event({ 'fr.summary': 'Un. Deux. Trois.' })).toEqual([
      { field: 'fr.summary', expected: 'at most 2 sentences', got: '"Un. Deux. Trois."' },
    ]);
    expect(event({ 'figures.0.fr.label': ' ' })).toEqual([
      { field: 'figures[0].fr.label', expected: 'a non-empty text', got: '" "' },
    ]);
  });

  it('count a sentence closed by French quotation marks', () => {
    expect(event({ 'fr.summary': 'Il a dit « non. » Puis il est parti. Rien de plus.' })).toEqual([
      { field: 'fr.summary', expected: 'at most 2 sentences', got: expect.any(String) as string },
    ]);
    expect(event({ 'fr.summary': 'Il a dit « non ». Puis il est parti.' })).toEqual([]);
  });

  it('are required wherever the English has a text, each missing one named', () => {
    expect(event({ 'fr.summary': undefined })).toEqual([
      { field: 'fr.summary', expected: 'the French "summary", since the record has it in English', got: 'nothing' },
    ]);
    expect(event({ caution: 'Disputed.', 'figures.0.fr': undefined })).toEqual([
      {
        field: 'figures[0].fr.label',
        expected: 'the French "label", since the record has it in English',
        got: 'nothing',
      },
      { field: 'fr.caution', expected: 'the French "caution", since the record has it in English', got: 'nothing' },
    ]);
    expect(event({ fr: undefined }).map((problem) => problem.field)).toEqual(['fr.title', 'fr.summary']);
    expect(problems(placeSchema(), fixtureRecord('places.features.1', { 'properties.fr': undefined }))).toEqual([
      {
        field: 'properties.fr.precisionNote',
        expected: 'the French "precisionNote", since the record has it in English',
        got: 'nothing',
      },
    ]);
  });

  it('are not compared while the English field itself is wrong, nor when the translations are not an object', () => {
    expect(event({ summary: undefined }).map((problem) => problem.field)).toEqual(['summary']);
    expect(event({ fr: 'Attaque à B' })).toEqual([{ field: 'fr', expected: 'an object', got: '"Attaque à B"' }]);
  });

  it('refuse a French field whose English is absent, and a field that is not translated', () => {
    expect(event({ 'fr.caution': 'Contesté.' })).toEqual([
      {
        field: 'fr.caution',
        expected: 'no French "caution", since the record has none in English',
        got: '"Contesté."',
      },
    ]);
    expect(event({ 'fr.date': '2025' })).toEqual([
      {
        field: 'fr.date',
        expected: 'only the fields title, summary, dateNote, placeNote, caution (is "date" misspelt?)',
      },
    ]);
  });
});
