// The basemap tiles plugin's hooks, called as Vite would: what the style is told, what a build
// writes, what the dev server answers.
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { basemapTiles, BASEMAP_TILES_MODULE } from '../../scripts/basemap-tiles-plugin.ts';
import { tileBasemap } from '../../scripts/basemap-tiles.ts';

const FOLDER = join(import.meta.dirname, '../../geodata/basemap');
const made = tileBasemap(FOLDER);

interface Hooks {
  configResolved(config: { command: 'build' | 'serve'; base: string }): void;
  resolveId(id: string): string | undefined;
  load(id: string): string | undefined;
  generateBundle(this: { emitFile: (file: { fileName: string; source: Uint8Array }) => void }): void;
  configureServer(server: { middlewares: { use: (path: string, handler: Handler) => void } }): void;
}
type Handler = (request: { url?: string }, response: FakeResponse) => void;
interface FakeResponse {
  statusCode: number;
  setHeader(name: string, value: string): void;
  end(body: Uint8Array | string): void;
}

function plugin(command: 'build' | 'serve'): Hooks {
  const hooks = basemapTiles(FOLDER) as unknown as Hooks;
  hooks.configResolved({ command, base: command === 'build' ? './' : '/' });
  return hooks;
}

describe('the basemap tiles plugin', () => {
  it('tells a build’s style its hashed folder and the box, and writes every tile there', () => {
    const build = plugin('build');
    const id = build.resolveId(BASEMAP_TILES_MODULE) ?? '';
    expect(build.load(id)).toBe(
      `export const folder = "assets/basemap-${made.hash}/";\nexport const bounds = ${JSON.stringify(made.bounds)};`,
    );
    const emitFile = vi.fn();
    build.generateBundle.call({ emitFile });
    expect(emitFile).toHaveBeenCalledTimes(made.tiles.size);
    expect(emitFile).toHaveBeenCalledWith({
      type: 'asset',
      fileName: `assets/basemap-${made.hash}/4/7/7.pbf`,
      source: made.tiles.get('4/7/7'),
    });
    expect(build.load('./main.ts')).toBeUndefined();
  });

  it('serves tiles from memory on the dev server, and a tile that is not there as a 404', () => {
    const dev = plugin('serve');
    expect(dev.load(dev.resolveId(BASEMAP_TILES_MODULE) ?? '')).toMatch(/^export const folder = "__basemap\/";/);
    const emitFile = vi.fn();
    dev.generateBundle.call({ emitFile });
    expect(emitFile).not.toHaveBeenCalled();
    let handler: Handler | undefined;
    dev.configureServer({ middlewares: { use: (path, h) => (expect(path).toBe('/__basemap/'), (handler = h)) } });
    const answer = (url: string) => {
      const response = {
        statusCode: 200,
        body: undefined as unknown,
        setHeader: vi.fn(),
        end: (b: unknown) => (response.body = b),
      };
      handler?.({ url }, response as unknown as FakeResponse);
      return response;
    };
    expect(answer('/4/7/7.pbf')).toMatchObject({ statusCode: 200, body: made.tiles.get('4/7/7') });
    expect(answer('/9/7/7.pbf')).toMatchObject({ statusCode: 404, body: '' });
    expect(answer('/../../package.json')).toMatchObject({ statusCode: 404 });
  });
});
