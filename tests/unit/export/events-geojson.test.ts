// @vitest-environment node
import { check, getIssues } from '@placemarkio/check-geojson';
import { describe, expect, it } from 'vitest';
import { citedSources } from '../../../src/export/cited-sources.ts';
import { buildExportMetadata } from '../../../src/export/dataset-metadata.ts';
import { datasetToGeoJson, type ExportFeatureCollection } from '../../../src/export/events-geojson.ts';
import { exportDataset } from '../../fixtures/export-dataset.ts';

const metadata = buildExportMetadata({
  title: 'China–Mali relations: a sourced map',
  version: '0.1.0',
  link: 'https://example.org/#7/12.65/-8',
  filter: 'Years 1960–2026; all themes',
  now: new Date('2026-11-22T12:00:00Z'),
});

const eventIdsAt = (collection: ExportFeatureCollection, id: string) =>
  collection.features.find((f) => f.id === id)?.properties.events.map((e) => e.id);

describe('GeoJSON export', () => {
  const dataset = exportDataset();
  const collection = datasetToGeoJson(dataset, dataset.events, metadata);
  const text = JSON.stringify(collection);

  it('is valid RFC 7946 GeoJSON, foreign members and hostile text included', () => {
    expect(getIssues(text)).toEqual([]);
    expect(check(text)).toMatchObject({ type: 'FeatureCollection' });
    expect(JSON.parse(text)).toEqual(collection);
  });

  it('is checked by a validator that does reject broken GeoJSON', () => {
    const broken = structuredClone(collection) as unknown as { features: { geometry: { coordinates: unknown } }[] };
    const first = broken.features[0];
    if (first) first.geometry.coordinates = [-8.00198];
    expect(getIssues(JSON.stringify(broken))).not.toEqual([]);
  });

  it('holds every place, the stations with events, and the corridor, with their ids', () => {
    expect(collection.features.map((f) => [f.properties.layer, f.id])).toEqual([
      ['place', 'capital'],
      ['place', 'falea'],
      ['place', 'site-b'],
      ['place', 'unused-place'],
      ['station', 'station-2'],
      ['corridor', 'railway'],
    ]);
    for (const f of collection.features) expect(f.id).toBe(f.properties.id);
  });

  it('nests the events at each feature, with citations resolved to their source titles', () => {
    expect(eventIdsAt(collection, 'capital')).toEqual(['hostile-event', 'loan-national']);
    expect(eventIdsAt(collection, 'falea')).toEqual(['falea-exploration']);
    expect(eventIdsAt(collection, 'station-2')).toEqual(['hostile-event']);
    expect(eventIdsAt(collection, 'railway')).toEqual(['hostile-event']);
    expect(eventIdsAt(collection, 'unused-place')).toEqual([]);
    const hostile = collection.features[0]?.properties.events[0];
    expect(hostile?.citations).toEqual([
      { source: 'news-2012', sourceTitle: 'Offer of aid to Mali, 2012', quote: 'He said: "we will help",\nand left.' },
      { source: 'wiki-relations', sourceTitle: 'China–Mali relations', quote: 'الصين ومالي — relations, naïve café' },
    ]);
    expect({ ...hostile, citations: [] }).toEqual({ ...dataset.events[0], citations: [] });
  });

  it('keeps each feature’s own properties and says what its precision means', () => {
    const falea = collection.features.find((f) => f.id === 'falea')?.properties;
    expect(falea).toMatchObject({ name: 'Faléa', kind: 'exploration-site', precision: 3, precisionLabel: 'district' });
    expect(collection.features.find((f) => f.id === 'railway')?.properties).toMatchObject({ publishedLengthKm: 1287 });
  });

  it('keeps the French texts beside the English, on events, figures and notes', () => {
    const capital = collection.features.find((f) => f.id === 'capital')?.properties;
    const event = capital?.events.find((e) => e.id === 'hostile-event');
    expect(event?.title).toBe(dataset.events[0]?.title);
    expect(event?.fr?.caution).toBe('+ Chiffres contestés, voir « notes »');
    expect(event?.figures?.[1]?.fr).toEqual({
      label: 'aide promise, « total »',
      caution: 'Un autre rapport donne 120 000 000',
    });
    expect(capital && 'precisionNote' in capital ? [capital.precisionNote, capital.fr?.precisionNote] : []).toEqual([
      'Test.',
      'Essai.',
    ]);
    const railway = collection.features.find((f) => f.id === 'railway')?.properties;
    expect(railway?.fr).toEqual({ geometryNote: 'Relie les gares ; ne suit pas la voie.' });
  });

  it('copies the coordinates untouched, [longitude, latitude], without sharing them', () => {
    const source = [...dataset.places.features, ...dataset.stations.features, ...dataset.corridor.features];
    for (const f of collection.features) {
      expect(f.geometry).toEqual(source.find((s) => s.properties.id === f.id)?.geometry);
    }
    expect(collection.features[0]?.geometry).toEqual({ type: 'Point', coordinates: [-8.00198, 12.65196] });
    const point = collection.features[0]?.geometry;
    if (point?.type === 'Point') point.coordinates[0] = 0;
    expect(dataset.places.features[0]?.geometry.coordinates[0]).toBe(-8.00198);
  });

  it('lists the cited sources, date sources included, and the metadata as foreign members', () => {
    expect(collection.sources.map((s) => s.id)).toEqual([
      'wiki-relations',
      'report-2018',
      'magazine-2025',
      'news-2012',
      'wire-2016',
    ]);
    expect(collection.metadata).toEqual(metadata);
  });

  it('narrows everything to the events it is given', () => {
    const national = dataset.events.filter((e) => e.id === 'loan-national');
    const narrowed = datasetToGeoJson(dataset, national, metadata);
    expect(getIssues(JSON.stringify(narrowed))).toEqual([]);
    expect(narrowed.features.map((f) => f.id)).toEqual(['capital', 'falea', 'site-b', 'unused-place', 'railway']);
    expect(eventIdsAt(narrowed, 'capital')).toEqual(['loan-national']);
    expect(eventIdsAt(narrowed, 'railway')).toEqual([]);
    expect(narrowed.sources.map((s) => s.id)).toEqual(['report-2018']);
    expect(citedSources([], dataset.sources)).toEqual([]);
  });
});
