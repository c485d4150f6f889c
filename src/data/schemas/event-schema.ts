/** A record of events.json (its references to places and sources are checked across files). */
import * as v from 'valibot';
import { precisionOf } from '../dates.ts';
import { DATE_BASES, DATE_PRECISIONS, EVENT_SCOPES, THEMES } from '../types.ts';
import { figureSchema } from './figure-schema.ts';
import { id, list, oneOf, optionalText, partialDate, record, text, textList } from './fields.ts';
import { translated, translations } from './translations.ts';

/** Quotes are short passages, not whole paragraphs. */
export const MAX_QUOTE_LENGTH = 320;
const MAX_TITLE_LENGTH = 120;
const MAX_SUMMARY_LENGTH = 400;
const MAX_SUMMARY_SENTENCES = 2;
/**
 * A sentence ends with . ! or ? before a capital letter or the end, so "U.N. peacekeeping" is one;
 * a closing quotation mark may follow, French « … » with its space included.
 */
const SENTENCE_END = /[.!?]+(?:["”’)]|\s*»)?(?=\s+\p{Lu}|\s*$)/gu;

function summary() {
  return v.config(
    v.pipe(
      text({ maxLength: MAX_SUMMARY_LENGTH }),
      v.check(
        (words) => (words.match(SENTENCE_END)?.length ?? 0) <= MAX_SUMMARY_SENTENCES,
        `at most ${MAX_SUMMARY_SENTENCES} sentences`,
      ),
    ),
    { abortPipeEarly: true },
  );
}

/** A passage copied word for word from a source, supporting an event. */
export function citationSchema() {
  return record({
    source: text(),
    quote: text({ maxLength: MAX_QUOTE_LENGTH }),
  });
}

/** A passage copied word for word from a source, supporting an event. */
export type Citation = v.InferOutput<ReturnType<typeof citationSchema>>;

const howDateWasFound = { inferred: 'inferred', 'other-report': 'taken from another report' } as const;

/** An event's own words, which each translation gives again in its language, under the same rules. */
function eventTexts() {
  return {
    title: text({ maxLength: MAX_TITLE_LENGTH }),
    /** Our own words, two sentences at most. */
    summary: summary(),
    /** Why the date is what it is, where it is inferred or taken from another report. */
    dateNote: optionalText(),
    /** How the place was inferred, where the sources do not name it. */
    placeNote: optionalText(),
    /** Our own words: why the event as reported is doubtful or disputed, and what it was checked against. */
    caution: optionalText(),
  };
}

/** The fields of an event that are translated: its own words, never its quotes. */
export const EVENT_TEXT_FIELDS = Object.keys(eventTexts()) as (keyof ReturnType<typeof eventTexts>)[];

/**
 * @param today - YYYY-MM-DD; a date whose end begins after it is refused
 */
export function eventSchema(today: string) {
  const texts = eventTexts();
  return v.pipe(
    translated(
      record({
        id: id(),
        title: texts.title,
        summary: texts.summary,
        /** YYYY, YYYY-MM, YYYY-MM-DD, or START/END with either side in those forms. */
        date: partialDate(today, { allowRange: true }),
        datePrecision: oneOf(DATE_PRECISIONS),
        dateBasis: oneOf(DATE_BASES),
        dateNote: texts.dateNote,
        /** Sources (usually `corroborating`) that pin a date the documents leave open. */
        dateSources: v.optional(textList(1)),
        /** `national`: a fact about Mali as a whole, shown at the country's place. */
        scope: oneOf(EVENT_SCOPES),
        /** Ids of places, stations or the corridor. */
        places: textList(1),
        placeNote: texts.placeNote,
        caution: texts.caution,
        themes: list(oneOf(THEMES), 1),
        actors: textList(),
        figures: v.optional(list(figureSchema())),
        citations: list(citationSchema(), 1),
        /** The same texts in each other language: `"fr": { "title": …, "summary": … }`. */
        ...translations(texts),
      }),
      EVENT_TEXT_FIELDS,
    ),
    v.forward(
      v.partialCheck(
        [['date'], ['datePrecision']],
        (event) => {
          // A date already refused for its form is not compared too: in valibot, "typed" is not "valid".
          const precision = precisionOf(event.date);
          return precision === null || precision === event.datePrecision;
        },
        (issue) => `"${precisionOf(issue.input.date) ?? ''}" to match the date "${issue.input.date}"`,
      ),
      ['datePrecision'],
    ),
    v.forward(
      v.partialCheck(
        [['dateBasis'], ['dateNote']],
        (event) => event.dateBasis === 'stated' || event.dateNote !== undefined,
        (issue) =>
          `a note saying how the date was ${issue.input.dateBasis === 'stated' ? 'found' : howDateWasFound[issue.input.dateBasis]}`,
      ),
      ['dateNote'],
    ),
    v.forward(
      v.partialCheck(
        [['dateBasis'], ['dateSources']],
        (event) => event.dateBasis !== 'other-report' || event.dateSources !== undefined,
        'the ids of the sources the date is taken from',
      ),
      ['dateSources'],
    ),
    v.forward(
      v.partialCheck(
        [['scope'], ['places']],
        (event) => event.scope !== 'national' || event.places.length === 1,
        'exactly one place, the country, since the scope is "national" (a fact about Mali as a whole)',
      ),
      ['places'],
    ),
  );
}

export type MapEvent = v.InferOutput<ReturnType<typeof eventSchema>>;
