// The basemap towns the real data names itself, as the build puts them in the basemap's style.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import { DATA_LAYERS } from '../../src/layers/data-layers.ts';
import { townsNamedByData } from '../../src/layers/towns-named.ts';
import { readBasemapLayer } from '../../scripts/basemap-tiles.ts';
import { narrowedFilter } from '../../src/map/layer-visibility.ts';
import { GEODATA_DIR, dataset } from './geodata-files.ts';

const basemapTowns = new Set(
  readBasemapLayer(join(GEODATA_DIR, 'basemap'), 'places').map((town) => String(town.properties?.name)),
);
const filter = featureFilter(
  narrowedFilter(undefined, [townsNamedByData(DATA_LAYERS, dataset, basemapTowns)]) ?? undefined,
  'layers[0].filter',
);
const basemapDraws = (name: string, zoom: number) =>
  filter.filter({ zoom }, { type: 1, properties: { name } } as never);

describe('the basemap towns the data names', () => {
  it('are left out where the data draws them: its places at every zoom, its stations from theirs', () => {
    expect(basemapTowns.has('Bamako') && basemapTowns.has('Kayes')).toBe(true);
    expect(basemapDraws('Bamako', 3)).toBe(false);
    expect(basemapDraws('Gao', 3)).toBe(false);
    expect(basemapDraws('Kayes', 5)).toBe(true);
    expect(basemapDraws('Kayes', 7)).toBe(false);
  });

  it('do not include the Guinean town of Mali, which the country ring’s other name would hide', () => {
    expect(basemapTowns.has('Mali')).toBe(true);
    expect(basemapDraws('Mali', 5)).toBe(true);
  });
});
