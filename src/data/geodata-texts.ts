/**
 * The geodata files (geodata/, or GEODATA_DIR at build time) as text, for `loadDataset`. The page
 * should not import this: it would ship the files and, through loadDataset, the whole validator.
 * The browser loads the JSON the build checked instead (`virtual:geodata-url` with `fetchGeodata`).
 */
import sources from '@geodata/sources.json?raw';
import events from '@geodata/events.json?raw';
import places from '@geodata/places.geojson?raw';
import stations from '@geodata/stations.geojson?raw';
import corridor from '@geodata/corridor.geojson?raw';
import type { DataTexts } from './load-dataset.ts';

export const GEODATA_TEXTS: DataTexts = { sources, events, places, stations, corridor };
