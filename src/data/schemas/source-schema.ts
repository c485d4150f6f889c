/** A record of sources.json: one publication the events rest on. */
import * as v from 'valibot';
import { SOURCE_KINDS } from '../types.ts';
import { day, httpUrl, id, oneOf, optionalText, partialDate, record, text } from './fields.ts';

/**
 * @param today - YYYY-MM-DD; a publication or access date after it is refused
 */
export function sourceSchema(today: string) {
  return v.pipe(
    record({
      id: id(),
      /** `document`: a text we hold in full; `corroborating`: a report cited only to pin a date. */
      kind: oneOf(SOURCE_KINDS),
      title: text(),
      publisher: text(),
      /** null when the publication shows no author. */
      author: v.nullable(text({ message: 'a non-empty text, or null' })),
      /** As precise as known: YYYY, YYYY-MM or YYYY-MM-DD. */
      published: partialDate(today, { allowRange: false }),
      /** What about the metadata is unconfirmed, if anything. */
      metadataNote: optionalText(),
      /** The original's address, or null where none is confirmed. */
      url: v.nullable(httpUrl('an http:// or https:// address, or null')),
      /** A stored copy's address, where the original's is not confirmed. */
      archiveUrl: v.optional(httpUrl()),
      /** When the text was read. */
      accessed: day(today),
      /** For documents: the file in ../shared/seeds/ holding the text quotes are checked against. */
      textFile: optionalText(),
    }),
    v.forward(
      v.partialCheck(
        [['kind'], ['textFile']],
        (source) => source.kind !== 'document' || source.textFile !== undefined,
        "the name of the file holding the document's text (needed to check quotes)",
      ),
      ['textFile'],
    ),
    v.forward(
      v.partialCheck(
        [['url'], ['archiveUrl']],
        (source) => source.url !== null || source.archiveUrl !== undefined,
        'an address of a stored copy, since url is null',
      ),
      ['archiveUrl'],
    ),
  );
}

/** One publication: one of the documents, or a report cited only to pin a date. */
export type Source = v.InferOutput<ReturnType<typeof sourceSchema>>;
