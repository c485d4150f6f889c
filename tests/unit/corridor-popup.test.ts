// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../src/data/dataset-index.ts';
import { buildCorridorPopup, buildStationPopup } from '../../src/popups/corridor-popup.ts';
import { minimalDataset } from '../fixtures/minimal-dataset.ts';

describe('corridor and station popups', () => {
  it('says the line joins stations, and gives computed and published lengths', () => {
    const dataset = minimalDataset();
    const line = dataset.corridor.features[0];
    if (!line) throw new Error('fixture has no corridor');
    const popup = buildCorridorPopup(line, indexDataset(dataset));
    expect(popup.querySelector('.popup-geometry-note')?.textContent).toBe('Joins stations.');
    expect(popup.querySelector('.popup-length')?.textContent).toMatch(
      /^Drawn line: 1,0\d\d km .*Published length: 1,287 km\.$/,
    );
    expect(popup.querySelectorAll('.event')).toHaveLength(1);
  });

  it('shows a station’s distance from Dakar, or says it is not given', () => {
    const dataset = minimalDataset();
    const index = indexDataset(dataset);
    const [first, second] = dataset.stations.features;
    if (!first || !second) throw new Error('fixture has two stations');
    expect(buildStationPopup(first, index).querySelector('.popup-kind')?.textContent).toContain(
      '0 km from Dakar by rail',
    );
    expect(buildStationPopup(second, index).querySelector('.popup-kind')?.textContent).toContain(
      'distance from Dakar not given',
    );
  });
});
