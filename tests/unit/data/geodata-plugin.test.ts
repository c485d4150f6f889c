// @vitest-environment node
/** The build plugin's hooks, called as Vite would, on fixture data written to a temporary folder. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { DATA_FILES, type Dataset } from '../../../src/data/types.ts';
import { dataBounds } from '../../../src/geo/data-bounds.ts';
import { DATA_LAYERS } from '../../../src/layers/data-layers.ts';
import { townsNamedByData } from '../../../src/layers/towns-named.ts';
import { applyTranslations } from '../../../src/data/translation-patch.ts';
import { checkGeodata, GEODATA_URL_MODULE, validateGeodata } from '../../../scripts/validate-geodata-plugin.ts';
import { minimalRawDataset, setAt } from '../../fixtures/minimal-dataset.ts';
import { TODAY } from './problems.ts';

const folders: string[] = [];
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

/** A geodata folder holding the minimal fixture with these changes. */
function geodataFolder(changes: Record<string, unknown> = {}): string {
  const raw = minimalRawDataset();
  for (const [path, value] of Object.entries(changes)) setAt(raw, path, value);
  const folder = mkdtempSync(join(tmpdir(), 'geodata-'));
  folders.push(folder);
  for (const key of Object.keys(DATA_FILES) as (keyof Dataset)[]) {
    writeFileSync(join(folder, DATA_FILES[key]), JSON.stringify(raw[key], null, 2));
  }
  return folder;
}

/** The hooks this test calls, with the bits of Vite's plugin context they use. */
interface Hooks {
  configResolved(config: { command: 'build' | 'serve'; base: string }): void;
  buildStart(this: { error(message: string): never }): void;
  resolveId(id: string): string | undefined;
  load(
    this: { emitFile(file: { type: 'asset'; name: string; source: string }): string },
    id: string,
  ): string | undefined;
}

function building(folder: string): Hooks {
  const hooks = validateGeodata(folder) as unknown as Hooks;
  hooks.configResolved({ command: 'build', base: './' });
  return hooks;
}

const fail = (message: string): never => {
  throw new Error(message);
};

describe('the geodata plugin', () => {
  it('fails the build on bad data, listing every problem', () => {
    const plugin = building(geodataFolder({ 'events.0.date': '31 May 2016', 'sources.0.url': 'javascript:x' }));
    expect(() => plugin.buildStart.call({ error: fail })).toThrow(
      /^geodata\/ has 2 problems:\n {2}geodata\/sources\.json, source "doc-a" \(index 0\), field "url": .*\n {2}geodata\/events\.json, event "attack-at-b" \(index 0\), field "date": expected a date/,
    );
  });

  it('emits the checked dataset as one compact JSON asset, its French apart, and exports their addresses and its box', () => {
    // A place named as one of the basemap's towns, beside stations that are not.
    const folder = geodataFolder({ 'places.features.1.properties.name': 'Bamako' });
    const plugin = building(folder);
    plugin.buildStart.call({ error: fail });
    const id = plugin.resolveId(GEODATA_URL_MODULE);
    expect(id).toBe('\0virtual:geodata-url');
    let emitted = 0;
    const emitFile = vi.fn(() => `ref${++emitted}`);
    const checked = checkGeodata(folder, TODAY).dataset;
    const box = dataBounds([...checked.places.features, ...checked.corridor.features]);
    expect(box).not.toBeNull();
    const [head, towns] = String(plugin.load.call({ emitFile }, id ?? '')).split('\nexport const townsNamed = ');
    expect(head).toBe(
      'export default import.meta.ROLLUP_FILE_URL_ref1;\n' +
        'export const translations = { fr: import.meta.ROLLUP_FILE_URL_ref2 };\n' +
        `export const bounds = ${JSON.stringify(box)};`,
    );
    // Of the names the data draws, only the basemap's own towns: Bamako is one, Station 1 is not.
    const named = JSON.stringify(JSON.parse(towns?.replace(/;$/, '') ?? 'null'));
    expect(named).toContain('"Bamako"');
    expect(named).not.toContain('Station 1');
    expect(JSON.stringify(townsNamedByData(DATA_LAYERS, checked))).toContain('Station 1');
    const [file, french] = (emitFile.mock.calls as unknown as [{ name: string; source: string }][]).map(([f]) => f);
    expect(file?.name).toBe('geodata.json');
    expect(french?.name).toBe('geodata-fr.json');
    expect(file?.source).not.toContain('\n');
    expect(file?.source).not.toContain('"fr":');
    // Put back together, the two are the checked data.
    expect(applyTranslations(JSON.parse(file?.source ?? ''), 'fr', JSON.parse(french?.source ?? '')).data).toEqual(
      checked,
    );
  });

  it('answers other modules with nothing', () => {
    const plugin = building(geodataFolder());
    expect(plugin.resolveId('./main.ts')).toBeUndefined();
    expect(plugin.load.call({ emitFile: vi.fn() }, './main.ts')).toBeUndefined();
  });

  it('points the dev server at its own route, and checks there instead of failing', () => {
    const hooks = validateGeodata(geodataFolder({ 'events.0.date': 'soon' })) as unknown as Hooks;
    hooks.configResolved({ command: 'serve', base: '/' });
    expect(() => hooks.buildStart.call({ error: fail })).not.toThrow();
    expect(hooks.load.call({ emitFile: vi.fn() }, '\0virtual:geodata-url')).toBe(
      'export default "/__geodata/geodata.json";\n' +
        'export const translations = { fr: "/__geodata/geodata-fr.json" };\nexport const bounds = null;\n' +
        'export const townsNamed = null;',
    );
  });

  it('gives the valid records with every problem as a line', () => {
    const { dataset, errors } = checkGeodata(geodataFolder({ 'places.features.1.properties.region': '' }), TODAY);
    expect(errors).toEqual([
      'geodata/places.geojson, feature "place-b" (index 1), field "properties.region": expected a non-empty text; got ""',
    ]);
    expect(dataset.places.features.map((f) => f.properties.id)).toEqual(['capital-a']);
    expect(dataset.events).toHaveLength(2);
  });
});
