// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { CslItem } from '../../../src/export/csl-item.ts';
import { toCslDate } from '../../../src/export/csl-item.ts';
import { buildExportMetadata } from '../../../src/export/dataset-metadata.ts';
import { mapCitation } from '../../../src/export/map-citation.ts';
import { ARCHIVE_NOTE, sourcesToCslJson } from '../../../src/export/source-citations.ts';
import { exportDataset } from '../../fixtures/export-dataset.ts';

const byId = (items: CslItem[], id: string) => items.find((item) => item.id === id);

describe('sources as CSL-JSON', () => {
  const dataset = exportDataset();
  const items = sourcesToCslJson(dataset.sources);

  it('makes one item a source, keyed by its id', () => {
    expect(items.map((item) => item.id)).toEqual(dataset.sources.map((source) => source.id));
    for (const [i, source] of dataset.sources.entries()) expect(items[i]?.title).toBe(source.title);
  });

  it('chooses the type from publisher and title', () => {
    expect(items.map((item) => [item.id, item.type])).toEqual([
      ['wiki-relations', 'entry-encyclopedia'],
      ['report-2018', 'report'],
      ['magazine-2025', 'webpage'],
      ['news-2012', 'webpage'],
      ['wire-2016', 'webpage'],
      ['uncited', 'webpage'],
    ]);
    expect(byId(items, 'wiki-relations')?.['container-title']).toBe('Wikipedia');
    expect(byId(items, 'report-2018')).toMatchObject({ publisher: 'Institute of Peace Studies' });
    expect(byId(items, 'report-2018')?.['container-title']).toBeUndefined();
  });

  it('names an author only where the source has one: a person in parts, an organisation whole', () => {
    expect(byId(items, 'report-2018')?.author).toEqual([{ family: 'Cabestan', given: 'Jean-Pierre' }]);
    expect(byId(items, 'news-2012')?.author).toEqual([{ family: 'Traoré', given: 'Aminata' }]);
    expect(byId(items, 'wiki-relations')?.author).toEqual([{ literal: 'Wikipedia contributors' }]);
    expect(byId(items, 'magazine-2025')).not.toHaveProperty('author');
    expect(byId(items, 'wire-2016')).not.toHaveProperty('author');
  });

  it('dates a source no more precisely than the data, and says when it was read', () => {
    expect(byId(items, 'report-2018')?.issued).toEqual({ 'date-parts': [[2018]] });
    expect(byId(items, 'magazine-2025')?.issued).toEqual({ 'date-parts': [[2025, 7]] });
    expect(byId(items, 'news-2012')?.issued).toEqual({ 'date-parts': [[2012, 9, 26]] });
    for (const item of items) expect(item.accessed).toEqual({ 'date-parts': [[2026, 11, 22]] });
    expect(toCslDate('not a date')).toBeUndefined();
  });

  it('links the original, or the stored copy with a note saying so', () => {
    expect(byId(items, 'magazine-2025')?.URL).toBe('https://magazine.example.org/2025/07/researcher-assistance');
    expect(byId(items, 'magazine-2025')).not.toHaveProperty('note');
    expect(byId(items, 'report-2018')).toMatchObject({
      URL: 'https://archive.example.org/doc/5055807/peacekeeping_in_mali?x=1&y=2',
      note: ARCHIVE_NOTE,
    });
    expect(byId(items, 'wire-2016')?.note).toBe(ARCHIVE_NOTE);
  });
});

describe('the map as a reference', () => {
  const metadata = buildExportMetadata({
    title: 'China–Mali relations: a sourced map',
    version: '1.2.3',
    link: 'https://example.org/#7/12.65/-8&themes=mining',
    filter: 'Themes: mining',
    now: new Date('2026-11-22T08:00:00Z'),
  });

  it('cites this view as a dataset with its version, link and day', () => {
    expect(mapCitation(metadata)).toEqual({
      id: 'china-mali-relations-a-sourced-map-v1.2.3-2026-11-22',
      type: 'dataset',
      title: 'China–Mali relations: a sourced map',
      version: '1.2.3',
      URL: 'https://example.org/#7/12.65/-8&themes=mining',
      issued: { 'date-parts': [[2026, 11, 22]] },
      accessed: { 'date-parts': [[2026, 11, 22]] },
      note:
        'Version 1.2.3. Events shown: Themes: mining. ' +
        'Licence: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/). Basemap: Made with Natural Earth.',
    });
  });
});
