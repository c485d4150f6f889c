import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/data/validate-dataset.ts';
import { eventsInBounds } from '../../src/geo/events-in-bounds.ts';
import { minimalRawDataset } from '../fixtures/minimal-dataset.ts';

const { dataset } = validateDataset(minimalRawDataset(), '2026-11-22');

describe('eventsInBounds', () => {
  it('counts the railway when the view lies on the line between two stations', () => {
    // The fixture line runs from (-17.44, 14.69) to (-8.0, 12.65); this box holds neither end.
    const ids = eventsInBounds(dataset, [-13, 13, -12, 14.5]).map((e) => e.id);
    expect(ids).toContain('attack-at-b');
  });

  it('leaves out events whose places are all outside the box', () => {
    expect(eventsInBounds(dataset, [0, 20, 1, 21])).toEqual([]);
  });
});
