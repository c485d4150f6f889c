/** Reads the records of sources.json. */
import { checkDate, checkDay } from './check-dates.ts';
import type { RecordChecker } from './record-checker.ts';
import { SOURCE_KINDS, type Source } from './types.ts';

export function readSource(c: RecordChecker, today: string): Source | undefined {
  const kind = c.oneOf('kind', SOURCE_KINDS);
  const source: Partial<Source> = {
    id: c.id('id'),
    kind,
    title: c.string('title'),
    publisher: c.string('publisher'),
    author: c.stringOrNull('author'),
    published: checkDate(c, 'published', today, { allowRange: false }),
    metadataNote: c.string('metadataNote', { optional: true }),
    url: c.url('url', { nullable: true }),
    archiveUrl: c.url('archiveUrl', { optional: true }) ?? undefined,
    accessed: checkDay(c, 'accessed', today),
    textFile: c.string('textFile', { optional: true }),
  };
  if (kind === 'document' && source.textFile === undefined && !c.has('textFile')) {
    c.fail('textFile', "the name of the file holding the document's text (needed to check quotes)");
  }
  if (source.url === null && !c.has('archiveUrl')) {
    c.fail('archiveUrl', 'an address of a stored copy, since url is null');
  }
  return c.errors.length === 0 ? (source as Source) : undefined;
}
