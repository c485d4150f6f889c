/**
 * Every quote must appear word for word in its source's text. The texts live beside the project in
 * ../shared/seeds/ (or SEEDS_DIR); without them this test fails, saying so, rather than passing unchecked.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataset } from './geodata-files.ts';

const SEEDS_DIR = process.env.SEEDS_DIR ?? join(import.meta.dirname, '../../../shared/seeds');

/** Folds what differs between copies of the same words: whitespace, typographic quotes and dashes. */
export function normaliseForQuote(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

describe('quotes', () => {
  it('can read the source texts', () => {
    expect(
      existsSync(SEEDS_DIR),
      `Could not run the quote check: no folder ${SEEDS_DIR}. Put the source texts there or set SEEDS_DIR.`,
    ).toBe(true);
  });

  const documents = dataset.sources.filter((s) => s.kind === 'document');
  it('covers every document source with a text file', () => {
    expect(documents.length).toBeGreaterThan(0);
    for (const source of documents) expect(source.textFile, source.id).toBeTruthy();
  });

  const citations = dataset.events.flatMap((event) =>
    event.citations.map((citation, i) => ({ event: event.id, i, ...citation })),
  );
  it.each(citations)('$event citation $i is found word for word in $source', ({ source: sourceId, quote }) => {
    const source = dataset.sources.find((s) => s.id === sourceId);
    expect(source?.kind, `quotes must come from documents whose text we hold, not ${sourceId}`).toBe('document');
    const file = join(SEEDS_DIR, source?.textFile ?? '');
    expect(existsSync(file), `Could not run the quote check: missing ${file}`).toBe(true);
    expect(normaliseForQuote(readFileSync(file, 'utf8'))).toContain(normaliseForQuote(quote));
  });
});
