import { describe, expect, it } from 'vitest';
import { viewsDiffer } from '../../src/map/view-sync.ts';

const view = { zoom: 5, lat: 14, lng: -6, bearing: 0, pitch: 0 };

describe('viewsDiffer', () => {
  it('sees a change of pitch alone, so an address that only tilts the map moves it', () => {
    expect(viewsDiffer(view, { ...view, pitch: 40 })).toBe(true);
  });

  it('ignores what the address rounds away', () => {
    expect(viewsDiffer(view, { ...view, lat: 14.00001, zoom: 5.001 })).toBe(false);
  });
});
