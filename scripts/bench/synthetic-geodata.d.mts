// Types of synthetic-geodata.mjs for TypeScript files that import it (the root tsconfig does not read
// JavaScript); the documentation is in synthetic-geodata.mjs.
export declare const SYNTHETIC_THEMES: readonly string[];
export declare const COUNTRY_PLACE_ID: string;
export interface SyntheticOptions {
  places: number;
  events: number;
  seed: number;
}
export interface SyntheticGeodata {
  sources: object[];
  events: object[];
  places: { type: 'FeatureCollection'; features: object[] };
  stations: { type: 'FeatureCollection'; features: object[] };
  corridor: { type: 'FeatureCollection'; features: object[] };
}
export declare function generateSyntheticGeodata(options: SyntheticOptions): SyntheticGeodata;
