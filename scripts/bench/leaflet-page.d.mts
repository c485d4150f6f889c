// Types of leaflet-page.mjs for TypeScript files that import it (the root tsconfig does not read
// JavaScript); the documentation is in leaflet-page.mjs.
export interface PlacePoint {
  lng: number;
  lat: number;
  years: [number, number][];
}
export declare function placePoints(data: {
  places: { features: { properties: { id: string }; geometry: { coordinates: number[] } }[] };
  events: { date: string; places: string[] }[];
}): PlacePoint[];
export declare function writeLeafletPage(outDir: string, points: PlacePoint[], countriesFile: string): void;
