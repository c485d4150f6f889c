// Types of request-kinds.mjs for TypeScript files that import it (the root tsconfig does not read
// JavaScript); the documentation is in request-kinds.mjs.
export type Kind =
  | 'MapLibre JS'
  | 'MapLibre worker'
  | 'MapLibre CSS'
  | 'HTML'
  | 'App JS'
  | 'App CSS'
  | 'Data'
  | 'Basemap tiles'
  | 'Fonts'
  | 'Bench page'
  | 'Other';
export declare const KINDS: readonly Kind[];
export declare const MAPLIBRE_KINDS: readonly Kind[];
export interface FileBytes {
  url: string;
  raw: number;
  gzip: number;
  brotli: number;
}
export interface KindTotal {
  kind: Kind;
  files: number;
  raw: number;
  gzip: number;
  brotli: number;
}
export declare function classifyRequest(url: string): Kind;
export declare function totalsByKind(files: readonly FileBytes[]): KindTotal[];
export declare function beyondMapLibre(totals: readonly KindTotal[]): { raw: number; gzip: number; brotli: number };
