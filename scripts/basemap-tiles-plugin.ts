/**
 * A Vite plugin that serves the offline basemap as vector tiles cut from geodata/basemap/
 * (scripts/basemap-tiles.ts). A build writes them to dist/assets/basemap-<hash>/{z}/{x}/{y}.pbf, the
 * hash naming this basemap so a changed one is never read from an old cache; the dev server answers
 * them from memory. `virtual:basemap-tiles` gives the folder and the box the tiles cover.
 */
import { join } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { tileBasemap, type BasemapTiles } from './basemap-tiles.ts';

/** The module the style reads (declared in src/vite-env.d.ts). */
export const BASEMAP_TILES_MODULE = 'virtual:basemap-tiles';
const RESOLVED_MODULE = `\0${BASEMAP_TILES_MODULE}`;
/** Where the dev server answers with tiles, below its base. */
const DEV_FOLDER = '__basemap/';

/**
 * @param folder - the basemap's GeoJSON files
 */
export function basemapTiles(folder = join(process.cwd(), 'geodata', 'basemap')): Plugin {
  let config: ResolvedConfig | undefined;
  let made: BasemapTiles | undefined;
  // Cut once, on first use: tests that never draw a map never pay for it.
  const tiles = () => (made ??= tileBasemap(folder));
  const isBuild = () => config?.command === 'build';
  const folderName = () => (isBuild() ? `assets/basemap-${tiles().hash}/` : DEV_FOLDER);
  return {
    name: 'basemap-tiles',
    configResolved(resolved) {
      config = resolved;
    },
    resolveId(id) {
      return id === BASEMAP_TILES_MODULE ? RESOLVED_MODULE : undefined;
    },
    load(id) {
      if (id !== RESOLVED_MODULE) return undefined;
      const { bounds } = tiles();
      return `export const folder = ${JSON.stringify(folderName())};\nexport const bounds = ${JSON.stringify(bounds)};`;
    },
    generateBundle() {
      if (!isBuild()) return;
      for (const [path, bytes] of tiles().tiles)
        this.emitFile({ type: 'asset', fileName: `${folderName()}${path}.pbf`, source: bytes });
    },
    configureServer(server) {
      server.middlewares.use(`${config?.base ?? '/'}${DEV_FOLDER}`, (request, response) => {
        const path = /^\/?(\d+\/\d+\/\d+)\.pbf$/.exec(request.url ?? '')?.[1];
        const bytes = path === undefined ? undefined : tiles().tiles.get(path);
        // A tile that is not there is a 404, as on a static host, not the page Vite would send instead.
        response.statusCode = bytes ? 200 : 404;
        response.setHeader('Content-Type', 'application/x-protobuf');
        response.end(bytes ?? '');
      });
    },
  };
}
