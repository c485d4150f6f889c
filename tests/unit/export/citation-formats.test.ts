// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Cite } from '@citation-js/core';
import { describe, expect, it } from 'vitest';
import { toBibtex, toRis } from '../../../src/export/citation-formats.ts';
import type { CslItem } from '../../../src/export/csl-item.ts';
import { buildExportMetadata } from '../../../src/export/dataset-metadata.ts';
import { mapCitation } from '../../../src/export/map-citation.ts';
import { sourcesToCslJson } from '../../../src/export/source-citations.ts';
import { exportDataset } from '../../fixtures/export-dataset.ts';

/** The fields the tests compare, read from citation-js's CSL-JSON after parsing a file back. */
interface Parsed {
  title?: string;
  author?: Record<string, string>[];
  issued?: { 'date-parts': number[][] };
  accessed?: { 'date-parts': number[][] };
  URL?: string;
  note?: string;
  version?: string;
  type?: string;
}

const parseBack = (text: string) => new Cite(text).data as Parsed[];
const byTitle = (parsed: Parsed[], title: string) => parsed.find((p) => p.title === title);

const dataset = exportDataset();
const items = sourcesToCslJson(dataset.sources);
const metadata = buildExportMetadata({
  title: 'China–Mali relations: a sourced map',
  version: '0.1.0',
  link: 'https://example.org/#7/12.65/-8&place=falea&years=2007-2012',
  now: new Date('2026-11-22T08:00:00Z'),
});

/**
 * Names compared as BibTeX can hold them: an organisation written whole ({{Wikipedia contributors}})
 * comes back as a family name with no given name, which is the same name.
 */
const names = (list: readonly Record<string, string>[] = []) =>
  list.map(({ literal, ...parts }) => (literal === undefined ? parts : { family: literal }));

/** Each format keeps titles, authors (none where null), date precision and URL of every item. */
function expectSameReferences(parsed: Parsed[], expected: CslItem[]) {
  expect(parsed).toHaveLength(expected.length);
  for (const item of expected) {
    const back = byTitle(parsed, item.title);
    expect(back, item.title).toBeDefined();
    expect(names(back?.author), item.id).toEqual(names(item.author));
    expect(back?.issued, item.id).toEqual(item.issued);
    expect(back?.URL, item.id).toBe(item.URL);
  }
}

describe('citation files', () => {
  it('CSL-JSON: citation-js reads our items as they are', () => {
    const parsed = parseBack(JSON.stringify(items));
    expectSameReferences(parsed, items);
    for (const item of items) expect(byTitle(parsed, item.title)).toMatchObject(item);
  });

  it('BibTeX: titles, authors, dates to the known part and URLs come back', () => {
    const bibtex = toBibtex(items);
    expect(bibtex).toContain('@techreport{report_2018,');
    expect(bibtex).toContain('@misc{wiki_relations,');
    expectSameReferences(parseBack(bibtex), items);
  });

  it('BibTeX: keeps the access date in the note, even where the item has a note', () => {
    const parsed = parseBack(toBibtex(items));
    expect(byTitle(parsed, 'Offer of aid to Mali, 2012')?.note).toBe('[Online; accessed 2026-11-22]');
    expect(byTitle(parsed, 'Statement on the attack at the camp')?.note).toBe(
      'Original address not confirmed; cited from a stored copy. [Online; accessed 2026-11-22]',
    );
  });

  it('RIS: titles, authors, dates to the known part, URLs and access dates come back', () => {
    const ris = toRis(items);
    const parsed = parseBack(ris);
    expectSameReferences(parsed, items);
    for (const item of items) expect(byTitle(parsed, item.title)?.accessed, item.id).toEqual(item.accessed);
    expect(ris).toContain('DA  - 2025/7//');
    expect(ris).toContain('DA  - 2018///');
  });

  it('RIS: one line a value, never wrapped, CRLF line ends', () => {
    const ris = toRis(items);
    const lines = ris.split('\r\n');
    expect(lines.at(-1)).toBe('');
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
    expect(ris).not.toMatch(/[^\r]\n/);
    expect(lines).toContain('UR  - https://archive.example.org/doc/5055807/peacekeeping_in_mali?x=1&y=2');
    expect(lines.filter((line) => line.startsWith('TY  - '))).toHaveLength(items.length);
  });

  it('cites the map in all three formats, with its version and link', () => {
    const map = mapCitation(metadata);
    const fromRis = byTitle(parseBack(toRis([map])), map.title);
    expect(fromRis).toMatchObject({ type: 'dataset', version: '0.1.0', URL: map.URL, issued: map.issued });
    const fromBibtex = byTitle(parseBack(toBibtex([map])), map.title);
    expect(fromBibtex).toMatchObject({ URL: map.URL, issued: map.issued });
    expect(fromBibtex?.note).toContain('Version 0.1.0');
    expect(byTitle(parseBack(JSON.stringify([map])), map.title)).toMatchObject(map);
  });

  it('leaves the items it is given untouched', () => {
    const before = structuredClone(items);
    toBibtex(items);
    toRis(items);
    expect(items).toEqual(before);
  });
});

describe('lazy loading', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? files(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
    );

  it('only citation-formats.ts imports citation-js, and nothing imports it or the name parsing source-citations.ts statically', () => {
    for (const file of files('src')) {
      const text = readFileSync(file, 'utf8');
      if (!file.endsWith('citation-formats.ts') && !file.endsWith('.d.ts')) {
        expect(text, file).not.toMatch(/from '@citation-js\/(core|plugin-[a-z]+)'|import '@citation-js/);
      }
      expect(text, file).not.toMatch(/from '[^']*(citation-formats|source-citations)(\.ts)?'/);
    }
  });
});
