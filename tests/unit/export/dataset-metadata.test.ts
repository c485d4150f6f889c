// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildExportMetadata, DATASET_LICENCE, NO_FILTER } from '../../../src/export/dataset-metadata.ts';
import { exportFileName } from '../../../src/export/export-file-name.ts';

const input = {
  title: 'China–Mali relations: a sourced map',
  version: '0.1.0',
  link: 'https://example.org/#7/12.65/-8&place=falea',
  now: new Date('2026-11-22T23:30:00Z'),
};

describe('export metadata', () => {
  it('dates the export in UTC and names the licence with its address', () => {
    const metadata = buildExportMetadata(input);
    expect(metadata.generated).toBe('2026-11-22');
    expect(metadata.licence).toEqual({ name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' });
    expect(metadata.filter).toBe(NO_FILTER);
    expect(metadata.link).toBe(input.link);
  });

  it('credits both our dataset and Natural Earth', () => {
    const { attribution } = buildExportMetadata(input);
    expect(attribution).toContain('“China–Mali relations: a sourced map”, version 0.1.0');
    expect(attribution).toContain(DATASET_LICENCE.name);
    expect(attribution).toContain('Made with Natural Earth');
    expect(attribution).toContain('public domain');
  });

  it('keeps the filter description it is given', () => {
    expect(buildExportMetadata({ ...input, filter: 'Years 2010–2026; themes: mining' }).filter).toBe(
      'Years 2010–2026; themes: mining',
    );
  });
});

describe('export file name', () => {
  it('folds accents and punctuation into a safe name with version and day', () => {
    const metadata = buildExportMetadata({ ...input, title: 'Chine–Mali : carte “sourcée”' });
    expect(exportFileName(metadata, 'csv')).toBe('chine-mali-carte-sourcee-v0.1.0-2026-11-22.csv');
    expect(exportFileName(buildExportMetadata(input), 'geojson')).toBe(
      'china-mali-relations-a-sourced-map-v0.1.0-2026-11-22.geojson',
    );
  });
});
