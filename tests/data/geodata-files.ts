/** The real geodata/ folder, loaded and validated once for the data tests. */
import { join } from 'node:path';
import { readGeodataTexts } from '../../scripts/validate-geodata-plugin.ts';
import { loadDataset } from '../../src/data/load-dataset.ts';

export const GEODATA_DIR = join(import.meta.dirname, '../../geodata');
export const geodataCheck = loadDataset(readGeodataTexts(GEODATA_DIR));
export const dataset = geodataCheck.dataset;

export function placeById(id: string) {
  const place = dataset.places.features.find((f) => f.properties.id === id);
  if (!place) throw new Error(`geodata/places.geojson has no place "${id}"`);
  return place;
}
