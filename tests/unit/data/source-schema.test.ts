import { describe, expect, it } from 'vitest';
import { sourceSchema } from '../../../src/data/schemas/source-schema.ts';
import { fixtureRecord, problems, TODAY } from './problems.ts';

const schema = sourceSchema(TODAY);
const source = (changes: Record<string, unknown> = {}) => problems(schema, fixtureRecord('sources.0', changes));

describe('sourceSchema', () => {
  it('accepts the fixture source', () => {
    expect(source()).toEqual([]);
  });

  it('wants a lowercase-kebab-case id, and a kind from the list', () => {
    expect(source({ id: 'Doc A' })).toEqual([
      { field: 'id', expected: 'an id in lowercase-kebab-case (a-z, 0-9, -)', got: '"Doc A"' },
    ]);
    expect(source({ id: '' })).toEqual([{ field: 'id', expected: 'a non-empty text', got: '""' }]);
    expect(source({ kind: 'book' })).toEqual([
      { field: 'kind', expected: 'one of "document", "corroborating"', got: '"book"' },
    ]);
  });

  it('takes null for an author the publication does not show, but not a missing or blank one', () => {
    expect(source({ author: 'A. Writer' })).toEqual([]);
    expect(source({ author: undefined })).toEqual([
      { field: 'author', expected: 'a non-empty text, or null', got: 'nothing' },
    ]);
    expect(source({ author: '  ' })).toEqual([{ field: 'author', expected: 'a non-empty text, or null', got: '"  "' }]);
  });

  it('wants a published date without a range, and not after today', () => {
    expect(source({ published: '2025' })).toEqual([]);
    expect(source({ published: '2025-07-01' })).toEqual([]);
    expect(source({ published: '2020/2021' })).toEqual([
      { field: 'published', expected: 'a date YYYY, YYYY-MM or YYYY-MM-DD', got: '"2020/2021"' },
    ]);
    expect(source({ published: '2027' })).toEqual([
      { field: 'published', expected: 'a date not after today (2026-11-22)', got: '"2027"' },
    ]);
  });

  it('wants a full day for accessed, not after today', () => {
    expect(source({ accessed: '2026-11' })).toEqual([
      { field: 'accessed', expected: 'a full date YYYY-MM-DD', got: '"2026-11"' },
    ]);
    expect(source({ accessed: '2026-11-23' })).toEqual([
      { field: 'accessed', expected: 'a date not after today (2026-11-22)', got: '"2026-11-23"' },
    ]);
  });

  it.each(['javascript:alert(1)', 'data:text/html,x', 'articles/a.html', 'ftp://example.org/a', ''])(
    'refuses the address %j',
    (url) => {
      expect(source({ url })).toEqual([
        { field: 'url', expected: 'an http:// or https:// address, or null', got: JSON.stringify(url) },
      ]);
    },
  );

  it('wants a stored copy where the original address is null', () => {
    expect(source({ url: null })).toEqual([
      { field: 'archiveUrl', expected: 'an address of a stored copy, since url is null', got: 'nothing' },
    ]);
    expect(source({ url: null, archiveUrl: 'https://archive.example/a' })).toEqual([]);
    expect(source({ archiveUrl: 'javascript:x' })).toEqual([
      { field: 'archiveUrl', expected: 'an http:// or https:// address', got: '"javascript:x"' },
    ]);
  });

  it('wants the text file of a document, not of a corroborating report', () => {
    expect(source({ textFile: undefined })).toEqual([
      {
        field: 'textFile',
        expected: "the name of the file holding the document's text (needed to check quotes)",
        got: 'nothing',
      },
    ]);
    expect(source({ textFile: undefined, kind: 'corroborating' })).toEqual([]);
  });

  it('lets optional fields be left out but not left blank', () => {
    expect(source({ metadataNote: 'Day unconfirmed.' })).toEqual([]);
    expect(source({ metadataNote: '' })).toEqual([
      { field: 'metadataNote', expected: 'a non-empty text, or no field', got: '""' },
    ]);
  });

  it('names a misspelt field instead of dropping it', () => {
    const [problem] = source({ metadatanote: 'x' });
    expect(problem?.field).toBe('metadatanote');
    expect(problem?.expected).toMatch(/^only the fields id, kind, title, .* \(is "metadatanote" misspelt\?\)$/);
    expect(problem?.got).toBeUndefined();
  });

  it('reports every bad field of a record, each once', () => {
    expect(source({ title: '', publisher: 3, accessed: 'soon' }).map((p) => p.field)).toEqual([
      'title',
      'publisher',
      'accessed',
    ]);
  });
});
