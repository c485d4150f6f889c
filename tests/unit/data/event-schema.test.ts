import { describe, expect, expectTypeOf, it } from 'vitest';
import { eventSchema, MAX_QUOTE_LENGTH } from '../../../src/data/schemas/event-schema.ts';
import type { Currency, EventScope, MapEvent, Theme } from '../../../src/data/types.ts';
import { fixtureRecord, problems, TODAY } from './problems.ts';

const schema = eventSchema(TODAY);
/** Problems of the fixture's first event (local, with a figure) after the changes. */
const event = (changes: Record<string, unknown> = {}) => problems(schema, fixtureRecord('events.0', changes));
const DATE_FORMS = 'a date YYYY, YYYY-MM or YYYY-MM-DD, or an interval START/END of those';

describe('eventSchema', () => {
  it('accepts both fixture events, with and without the optional fields', () => {
    expect(event()).toEqual([]);
    expect(problems(schema, fixtureRecord('events.1'))).toEqual([]);
    expect(
      event({
        caution: 'Disputed.',
        placeNote: 'Inferred from the district.',
        dateNote: 'As reported.',
        dateSources: ['doc-a'],
        figures: undefined,
        'fr.caution': 'Contesté.',
        'fr.placeNote': 'Déduit du district.',
        'fr.dateNote': 'Comme rapporté.',
      }),
    ).toEqual([]);
  });

  it('gives the types from the schema', () => {
    expectTypeOf<MapEvent['scope']>().toEqualTypeOf<EventScope>();
    expectTypeOf<MapEvent['themes']>().toEqualTypeOf<Theme[]>();
    expectTypeOf<MapEvent['caution']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<NonNullable<MapEvent['figures']>[number]['currency']>().toEqualTypeOf<Currency | undefined>();
  });

  it('limits the title to 120 characters and the summary to 400 and two sentences', () => {
    expect(event({ title: 'x'.repeat(121) })).toEqual([
      { field: 'title', expected: 'a text of at most 120 characters', got: '121 characters' },
    ]);
    expect(event({ summary: 'x'.repeat(401) })).toEqual([
      { field: 'summary', expected: 'a text of at most 400 characters', got: '401 characters' },
    ]);
    expect(event({ summary: 'One. Two. Three.' })).toEqual([
      { field: 'summary', expected: 'at most 2 sentences', got: '"One. Two. Three."' },
    ]);
    expect(event({ summary: 'U.N. peacekeepers arrived. They stayed.' })).toEqual([]);
  });

  it.each([
    ['2016', 'year'],
    ['2016-05', 'month'],
    ['2016-05-31', 'day'],
    ['1979/2002', 'range'],
    ['2016-05/2018', 'range'],
    ['2026', 'year'],
  ])('accepts the date %s with precision %s', (date, datePrecision) => {
    expect(event({ date, datePrecision })).toEqual([]);
  });

  it.each(['31 May 2016', '2016-02-30', '2016-13', '2016/2010', '16-05-2016', '2016/'])(
    'refuses the date %j, once',
    (date) => {
      expect(event({ date })).toEqual([{ field: 'date', expected: DATE_FORMS, got: JSON.stringify(date) }]);
    },
  );

  it('refuses a date, or the end of an interval, after today', () => {
    const future = { field: 'date', expected: 'a date not after today (2026-11-22)' };
    expect(event({ date: '2027-03-01' })).toEqual([{ ...future, got: '"2027-03-01"' }]);
    expect(event({ date: '2016/2030', datePrecision: 'range' })).toEqual([{ ...future, got: '"2016/2030"' }]);
  });

  it('wants the precision the date is written with', () => {
    expect(event({ datePrecision: 'month' })).toEqual([
      { field: 'datePrecision', expected: '"day" to match the date "2025-05-12"', got: '"month"' },
    ]);
    expect(event({ datePrecision: 'week' })[0]?.expected).toBe('one of "day", "month", "year", "range"');
  });

  it('wants a note unless the date is stated, and its sources when taken from another report', () => {
    expect(event({ dateBasis: 'inferred' })).toEqual([
      { field: 'dateNote', expected: 'a note saying how the date was inferred', got: 'nothing' },
    ]);
    expect(event({ dateBasis: 'other-report' })).toEqual([
      { field: 'dateNote', expected: 'a note saying how the date was taken from another report', got: 'nothing' },
      { field: 'dateSources', expected: 'the ids of the sources the date is taken from', got: 'nothing' },
    ]);
    expect(
      event({
        dateBasis: 'other-report',
        dateNote: 'From a wire report.',
        'fr.dateNote': 'D’après une dépêche.',
        dateSources: ['wire'],
      }),
    ).toEqual([]);
    expect(event({ dateSources: [] })).toEqual([
      { field: 'dateSources', expected: 'a list of non-empty texts with at least 1', got: '[]' },
    ]);
  });

  it('wants at least one place, theme and citation, themes from the fixed set', () => {
    expect(event({ places: [] })[0]).toMatchObject({ field: 'places', got: '[]' });
    expect(event({ places: ['place-b', ' '] })).toEqual([
      { field: 'places[1]', expected: 'a non-empty text', got: '" "' },
    ]);
    expect(event({ themes: [] })).toEqual([{ field: 'themes', expected: 'a list of at least 1', got: '[]' }]);
    expect(event({ themes: ['security', 'economy'] })[0]).toMatchObject({ field: 'themes[1]', got: '"economy"' });
    expect(event({ citations: [] })).toEqual([{ field: 'citations', expected: 'a list of at least 1', got: '[]' }]);
    expect(event({ actors: [] })).toEqual([]);
    expect(event({ actors: 'JNIM' })[0]).toMatchObject({ field: 'actors', expected: 'a list of non-empty texts' });
  });

  it('limits a quote to MAX_QUOTE_LENGTH characters and names the citation', () => {
    expect(event({ 'citations.0.quote': 'q'.repeat(MAX_QUOTE_LENGTH + 1) })).toEqual([
      { field: 'citations[0].quote', expected: 'a text of at most 320 characters', got: '321 characters' },
    ]);
    expect(event({ 'citations.0.source': undefined })).toEqual([
      { field: 'citations[0].source', expected: 'a non-empty text', got: 'nothing' },
    ]);
  });

  it('wants a currency on an amount, and on nothing else', () => {
    expect(event({ 'figures.0.currency': 'USD' })).toEqual([
      { field: 'figures[0].currency', expected: 'no currency, since the figure is not an amount', got: '"USD"' },
    ]);
    expect(event({ 'figures.0': { measure: 'amount', value: 5, label: 'x', fr: { label: 'x (fr)' } } })).toEqual([
      {
        field: 'figures[0].currency',
        expected: 'one of "USD", "XOF", since the figure is an amount',
        got: 'nothing',
      },
    ]);
    expect(
      event({ 'figures.0': { measure: 'amount', value: 5, label: 'x', currency: 'EUR', fr: { label: 'x (fr)' } } }),
    ).toEqual([{ field: 'figures[0].currency', expected: 'one of "USD", "XOF"', got: '"EUR"' }]);
  });

  it('wants a figure to be a finite number ≥ 0, not a text', () => {
    const value = (v: unknown) => event({ 'figures.0.value': v });
    expect(value('138000000')).toEqual([{ field: 'figures[0].value', expected: 'a number ≥ 0', got: '"138000000"' }]);
    expect(value(-1)).toEqual([{ field: 'figures[0].value', expected: 'a number ≥ 0', got: '-1' }]);
    // JSON.parse reads 1e999 as Infinity.
    expect(value(Infinity)).toEqual([{ field: 'figures[0].value', expected: 'a number ≥ 0', got: 'null' }]);
  });

  it('reports a record that is not an object as the record', () => {
    expect(problems(schema, 'attack-at-b')).toEqual([
      { field: '(record)', expected: 'an object', got: '"attack-at-b"' },
    ]);
    expect(problems(schema, [])).toEqual([{ field: '(record)', expected: 'an object', got: '[]' }]);
    expect(event({ citations: [['doc-a', 'quote']] })).toEqual([
      { field: 'citations[0]', expected: 'an object', got: '["doc-a","quote"]' },
    ]);
  });
});
