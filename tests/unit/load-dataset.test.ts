import { describe, expect, it } from 'vitest';
import { formatDataError, loadDataset } from '../../src/data/load-dataset.ts';
import { FIXTURE_TODAY, fixtureTexts } from '../fixtures/minimal-dataset.ts';

describe('loadDataset', () => {
  const texts = () => fixtureTexts();

  it('loads valid texts', () => {
    expect(loadDataset(texts(), FIXTURE_TODAY).ok).toBe(true);
  });

  it('accepts a file that starts with a UTF-8 byte-order mark', () => {
    const check = loadDataset({ ...texts(), events: `\uFEFF${texts().events ?? ''}` }, FIXTURE_TODAY);
    expect(check.ok ? [] : check.errors.map(formatDataError)).toEqual([]);
  });

  it('names a file that is not valid JSON and keeps the other files', () => {
    const check = loadDataset({ ...texts(), stations: '{"type": "FeatureCollection", ' }, FIXTURE_TODAY);
    expect(check.ok).toBe(false);
    const messages = check.ok ? [] : check.errors.map(formatDataError);
    expect(messages[0]).toMatch(
      /^geodata\/stations\.geojson, \(whole file\), field "\(syntax\)": expected valid JSON; got /,
    );
    expect(check.dataset.places.features).toHaveLength(2);
    expect(check.dataset.events).toHaveLength(2);
  });

  it('names an empty or missing file', () => {
    const check = loadDataset({ ...texts(), events: '   ', sources: undefined }, FIXTURE_TODAY);
    const messages = check.ok ? [] : check.errors.map(formatDataError);
    expect(messages).toContain(
      'geodata/events.json, (whole file), field "(content)": expected JSON data; got an empty file',
    );
    expect(messages).toContain(
      'geodata/sources.json, (whole file), field "(content)": expected the file to exist; got no such file',
    );
  });
});
