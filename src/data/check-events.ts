/** Reads the records of events.json (references to places and sources are checked later). */
import { checkDate } from './check-dates.ts';
import { precisionOf } from './dates.ts';
import type { RecordChecker } from './record-checker.ts';
import {
  CURRENCIES,
  DATE_BASES,
  DATE_PRECISIONS,
  EVENT_SCOPES,
  FIGURE_MEASURES,
  THEMES,
  type Citation,
  type Figure,
  type MapEvent,
} from './types.ts';

/** Quotes are short passages, not whole paragraphs. */
export const MAX_QUOTE_LENGTH = 320;
const MAX_SUMMARY_SENTENCES = 2;
/** A sentence ends with . ! or ? before a capital letter or the end, so "U.N. peacekeeping" is one. */
const SENTENCE_END = /[.!?]+["”’)]?(?=\s+\p{Lu}|\s*$)/gu;

export function readEvent(c: RecordChecker, today: string): MapEvent | undefined {
  const date = checkDate(c, 'date', today, { allowRange: true });
  const datePrecision = c.oneOf('datePrecision', DATE_PRECISIONS);
  if (date !== undefined && datePrecision !== undefined && precisionOf(date) !== datePrecision) {
    c.fail('datePrecision', `"${precisionOf(date) ?? ''}" to match the date "${date}"`, datePrecision);
  }
  const dateBasis = c.oneOf('dateBasis', DATE_BASES);
  const dateNote = c.string('dateNote', { optional: true });
  if (dateBasis !== undefined && dateBasis !== 'stated' && dateNote === undefined && !c.has('dateNote')) {
    c.fail(
      'dateNote',
      `a note saying how the date was ${dateBasis === 'inferred' ? 'inferred' : 'taken from another report'}`,
    );
  }
  const dateSources = c.strings('dateSources', { optional: true, minItems: 1 });
  if (dateBasis === 'other-report' && dateSources === undefined && !c.has('dateSources')) {
    c.fail('dateSources', 'the ids of the sources the date is taken from');
  }
  const summary = c.string('summary', { maxLength: 400 });
  if (summary !== undefined && (summary.match(SENTENCE_END)?.length ?? 0) > MAX_SUMMARY_SENTENCES) {
    c.fail('summary', `at most ${MAX_SUMMARY_SENTENCES} sentences`, summary);
  }
  const event: Partial<MapEvent> = {
    id: c.id('id'),
    title: c.string('title', { maxLength: 120 }),
    summary,
    date,
    datePrecision,
    dateBasis,
    dateNote,
    dateSources,
    scope: c.oneOf('scope', EVENT_SCOPES),
    places: c.strings('places', { minItems: 1 }),
    placeNote: c.string('placeNote', { optional: true }),
    caution: c.string('caution', { optional: true }),
    themes: readThemes(c),
    actors: c.strings('actors'),
    figures: c.has('figures') ? readList(c, 'figures', readFigure) : undefined,
    citations: readList(c, 'citations', readCitation, 1),
  };
  return c.errors.length === 0 ? (event as MapEvent) : undefined;
}

function readThemes(c: RecordChecker): MapEvent['themes'] | undefined {
  const themes = c.strings('themes', { minItems: 1 });
  const unknown = themes?.find((t) => !(THEMES as readonly string[]).includes(t));
  if (unknown !== undefined) return c.fail('themes', `themes from ${THEMES.join(', ')}`, unknown);
  return themes as MapEvent['themes'] | undefined;
}

function readList<T>(
  c: RecordChecker,
  field: string,
  read: (item: RecordChecker) => T | undefined,
  minItems = 0,
): T[] | undefined {
  const list = c.raw(field);
  if (!Array.isArray(list) || list.length < minItems) {
    return c.fail(field, `a list${minItems > 0 ? ` of at least ${minItems}` : ''}`, list);
  }
  const items = list.map((value: unknown, i) => {
    const item = c.nested(`${field}[${i}]`, value);
    return item ? read(item) : undefined;
  });
  return items.every((item) => item !== undefined) ? items : undefined;
}

function readCitation(c: RecordChecker): Citation | undefined {
  const source = c.string('source');
  const quote = c.string('quote', { maxLength: MAX_QUOTE_LENGTH });
  return source !== undefined && quote !== undefined ? { source, quote } : undefined;
}

function readFigure(c: RecordChecker): Figure | undefined {
  const measure = c.oneOf('measure', FIGURE_MEASURES);
  const value = c.number('value', { min: 0 });
  const label = c.string('label');
  const caution = c.string('caution', { optional: true });
  let currency: Figure['currency'];
  if (measure === 'amount') currency = c.oneOf('currency', CURRENCIES);
  else if (c.has('currency')) c.fail('currency', 'no currency, since the figure is not an amount', c.raw('currency'));
  if (measure === undefined || value === undefined || label === undefined) return undefined;
  if (measure === 'amount' && currency === undefined) return undefined;
  return { measure, value, label, ...(currency ? { currency } : {}), ...(caution ? { caution } : {}) };
}
