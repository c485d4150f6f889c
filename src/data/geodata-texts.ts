/** The geodata files (geodata/, or GEODATA_DIR at build time), bundled as text so the map needs no request to show its data. */
import sources from '@geodata/sources.json?raw';
import events from '@geodata/events.json?raw';
import places from '@geodata/places.geojson?raw';
import stations from '@geodata/stations.geojson?raw';
import corridor from '@geodata/corridor.geojson?raw';
import type { DataTexts } from './load-dataset.ts';

export const GEODATA_TEXTS: DataTexts = { sources, events, places, stations, corridor };
