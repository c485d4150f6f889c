import { describe, expect, it } from 'vitest';
import { formatDataError } from '../../src/data/load-dataset.ts';
import { PLACE_KINDS, THEMES } from '../../src/data/types.ts';
import { corridorLengthKm } from '../../src/geo/corridor-length.ts';
import { relativePosition } from '../../src/geo/relative-position.ts';
import { compassPoint } from '../../src/geo/compass.ts';
import { dataset, geodataCheck, placeById } from './geodata-files.ts';

describe('geodata/', () => {
  it('is valid: shapes, allowed values, unique ids, resolved references, dates not in the future', () => {
    const messages = geodataCheck.ok ? [] : geodataCheck.errors.map(formatDataError);
    expect(messages).toEqual([]);
  });

  it('holds the places of the map, each with at least one event', () => {
    const ids = dataset.places.features.map((f) => f.properties.id).sort();
    expect(ids).toEqual(['bamako', 'falea', 'gao', 'goulamina', 'kidal', 'mali', 'narena', 'segou']);
    for (const id of ids)
      expect(
        dataset.events.some((e) => e.places.includes(id)),
        id,
      ).toBe(true);
    for (const f of dataset.places.features) expect(PLACE_KINDS).toContain(f.properties.kind);
  });

  it('holds well over 25 events, every one cited and themed', () => {
    expect(dataset.events.length).toBeGreaterThan(25);
    for (const event of dataset.events) {
      expect(event.citations.length, event.id).toBeGreaterThan(0);
      for (const theme of event.themes) expect(THEMES).toContain(theme);
    }
  });

  it('keeps the spellings people search for', () => {
    expect(placeById('falea').properties.altNames.concat(placeById('falea').properties.name)).toEqual(
      expect.arrayContaining(['Faléa', 'Falea']),
    );
    expect(placeById('narena').properties.altNames.concat(placeById('narena').properties.name)).toEqual(
      expect.arrayContaining(['Naréna', 'Narena']),
    );
  });

  it('marks the points that rest on descriptions, not gazetteers, as approximate', () => {
    for (const id of ['narena', 'falea', 'goulamina'])
      expect(placeById(id).properties.precision, id).toBeGreaterThan(1);
  });
});

describe('points against the distances the documents state', () => {
  // ADF (001): Narena is "about 100 kilometers southwest of Bamako". "About" allows ±15 km here,
  // and "southwest" any bearing that rounds to SW on an eight-point compass.
  it('puts Narena about 100 km southwest of Bamako', () => {
    const { km, bearing } = relativePosition(
      placeById('bamako').geometry.coordinates,
      placeById('narena').geometry.coordinates,
    );
    expect(Math.abs(km - 100)).toBeLessThanOrEqual(15);
    expect(compassPoint(bearing)).toBe('SW');
  });
});

describe('the corridor', () => {
  it('runs from Dakar to Koulikoro through the stations in order, with km rising', () => {
    const stations = dataset.stations.features.map((f) => f.properties);
    expect(stations[0]?.name).toMatch(/Dakar/);
    expect(stations[stations.length - 1]?.name).toMatch(/Koulikoro/);
    const kms = stations.map((s) => s.kmFromDakar).filter((km): km is number => km !== null);
    expect(kms).toEqual([...kms].sort((a, b) => a - b));
  });

  it('is drawn shorter than the published 1,287 km, since it joins stations in straight lines', () => {
    const line = dataset.corridor.features[0];
    expect(line).toBeDefined();
    if (!line) return;
    const km = corridorLengthKm(line);
    expect(line.properties.publishedLengthKm).toBe(1287);
    // Straight segments between 17 stations cut corners, but not by more than about a fifth.
    expect(km).toBeLessThan(1287);
    expect(km).toBeGreaterThan(1287 * 0.8);
  });
});
