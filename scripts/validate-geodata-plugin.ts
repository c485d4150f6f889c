/**
 * A Vite plugin that checks geodata/ and hands the browser the result, so the page never carries the
 * checker. In a build it validates before anything else (bad data fails `npm run build` with a
 * message naming file, record, field and what was expected) and emits the checked Dataset as one
 * compact JSON asset, with each translation as an asset of its own (src/data/translation-patch.ts)
 * that only a reader of that language loads; on the dev server it checks on every request and sends
 * the problems with the valid records, so an editor sees both in the page. `virtual:geodata-url`
 * gives the JSON's address, the translations' addresses and, in a build, the box around its
 * features, so the map starts at its first view before the data comes.
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import type { ServerResponse } from 'node:http';
import type { Plugin, ResolvedConfig } from 'vite';
import { formatDataError, loadDataset, parseJsonFile, type DataTexts } from '../src/data/load-dataset.ts';
import { splitTranslations } from '../src/data/translation-patch.ts';
import { DATA_FILES, TRANSLATED_LANGUAGES, type Dataset, type Geodata } from '../src/data/types.ts';
import { STORY_FILE, validateStory } from '../src/data/validate-story.ts';
import { dataBounds } from '../src/geo/data-bounds.ts';
import { DATA_LAYERS } from '../src/layers/data-layers.ts';
import { townsNamedByData } from '../src/layers/towns-named.ts';
import { readBasemapLayer } from './basemap-tiles.ts';

/** The module whose default export is the address of the checked data (declared in src/vite-env.d.ts). */
export const GEODATA_URL_MODULE = 'virtual:geodata-url';
const RESOLVED_URL_MODULE = `\0${GEODATA_URL_MODULE}`;
/** The asset's name before its content hash: dist/assets/geodata-<hash>.json. */
const ASSET_NAME = 'geodata.json';
/** Where the dev server answers with the data and its translations, below its base. */
const DEV_FOLDER = '__geodata/';
/** A translation's asset or route: geodata-fr.json. */
const translationName = (lang: string) => `geodata-${lang}.json`;

/** Reads every geodata file named in DATA_FILES from `folder`; a missing file reads as undefined. */
export function readGeodataTexts(folder: string): DataTexts {
  const texts = {} as DataTexts;
  for (const key of Object.keys(DATA_FILES) as (keyof Dataset)[]) {
    try {
      texts[key] = readFileSync(join(folder, DATA_FILES[key]), 'utf8');
    } catch {
      texts[key] = undefined;
    }
  }
  return texts;
}

/** What the browser gets: the valid records, and on the dev server every problem as one line. */
export type GeodataPayload = Geodata & { errors?: string[] };

/**
 * Checks `folder` and returns the valid records with every problem, one formatted line each.
 * @example checkGeodata('geodata').errors // ['geodata/events.json, event "x" (index 3), field "date": expected …']
 */
export function checkGeodata(folder: string, today?: string): { dataset: Geodata; errors: string[] } {
  const check = loadDataset(readGeodataTexts(folder), today);
  const errors = check.ok ? [] : check.errors.map(formatDataError);
  const story = readStory(folder, new Set(check.dataset.events.map((event) => event.id)));
  return {
    dataset: { ...check.dataset, ...(story.story ? { story: story.story } : {}) },
    errors: [...errors, ...story.errors],
  };
}

/** The guided tour of story.json, checked against the events; no file means no tour, not an error. */
function readStory(folder: string, eventIds: ReadonlySet<string>): { story?: Geodata['story']; errors: string[] } {
  let text: string;
  try {
    text = readFileSync(join(folder, STORY_FILE), 'utf8');
  } catch {
    return { errors: [] };
  }
  const parsed = parseJsonFile(STORY_FILE, text);
  if ('error' in parsed) return { errors: [formatDataError(parsed.error)] };
  const { story, errors } = validateStory(parsed.value, eventIds);
  return { story, errors: errors.map(formatDataError) };
}

function problemsMessage(errors: string[]): string {
  return `geodata/ has ${errors.length} problem${errors.length === 1 ? '' : 's'}:\n  ${errors.join('\n  ')}`;
}

/** The names of the basemap's towns: the only ones its town layers could draw twice. */
function basemapTownNames(basemapFolder: string): Set<string> {
  return new Set(readBasemapLayer(basemapFolder, 'places').map((town) => String(town.properties?.name)));
}

/**
 * @param folder - the geodata folder (GEODATA_DIR in vite.config.ts; tests build on fixtures)
 * @param basemapFolder - the basemap's GeoJSON files (as scripts/basemap-tiles-plugin.ts reads them)
 */
export function validateGeodata(
  folder = join(process.cwd(), 'geodata'),
  basemapFolder = join(process.cwd(), 'geodata', 'basemap'),
): Plugin {
  let config: ResolvedConfig | undefined;
  let dataset: Dataset | undefined;
  /** The dev server's data route: relative bases (`./`) resolve to `/` there. */
  const devUrlOf = (name: string) => `${config?.base ?? '/'}${DEV_FOLDER}${name}`;
  const devUrl = () => devUrlOf(ASSET_NAME);
  const devTranslationUrl = (lang: string) => devUrlOf(translationName(lang));
  return {
    name: 'validate-geodata',
    configResolved(resolved) {
      config = resolved;
    },
    buildStart() {
      // The dev server checks on each request instead, so a problem shows in the page, not as a dead server.
      if (config?.command !== 'build') return;
      const check = checkGeodata(folder);
      if (check.errors.length > 0) this.error(problemsMessage(check.errors));
      dataset = check.dataset;
    },
    resolveId(id) {
      return id === GEODATA_URL_MODULE ? RESOLVED_URL_MODULE : undefined;
    },
    load(id) {
      if (id !== RESOLVED_URL_MODULE) return undefined;
      // The dev server's data can change under the page, so there the map fits once the data comes.
      if (config?.command !== 'build') {
        const routes = TRANSLATED_LANGUAGES.map((lang) => `${lang}: ${JSON.stringify(devTranslationUrl(lang))}`);
        return `export default ${JSON.stringify(devUrl())};\nexport const translations = { ${routes.join(', ')} };\nexport const bounds = null;\nexport const townsNamed = null;`;
      }
      if (!dataset) return this.error('the geodata was asked for before buildStart checked it');
      const { base, patches } = splitTranslations(dataset satisfies GeodataPayload, TRANSLATED_LANGUAGES);
      const reference = this.emitFile({ type: 'asset', name: ASSET_NAME, source: JSON.stringify(base) });
      const translations = TRANSLATED_LANGUAGES.map((lang) => {
        const source = JSON.stringify(patches[lang]);
        return `${lang}: import.meta.ROLLUP_FILE_URL_${this.emitFile({ type: 'asset', name: translationName(lang), source })}`;
      });
      const bounds = dataBounds([...dataset.places.features, ...dataset.corridor.features]);
      return [
        `export default import.meta.ROLLUP_FILE_URL_${reference};`,
        `export const translations = { ${translations.join(', ')} };`,
        `export const bounds = ${JSON.stringify(bounds)};`,
        `export const townsNamed = ${JSON.stringify(townsNamedByData(DATA_LAYERS, dataset, basemapTownNames(basemapFolder)))};`,
      ].join('\n');
    },
    configureServer(server) {
      const send = (response: ServerResponse, payload: unknown) => {
        response.setHeader('Content-Type', 'application/json; charset=utf-8');
        response.setHeader('Cache-Control', 'no-store');
        response.end(JSON.stringify(payload));
      };
      server.middlewares.use(devUrl(), (_request, response) => {
        const { dataset: valid, errors } = checkGeodata(folder);
        if (errors.length > 0) server.config.logger.warn(problemsMessage(errors), { timestamp: true });
        const { base } = splitTranslations(valid, TRANSLATED_LANGUAGES);
        send(response, { ...base, errors } satisfies GeodataPayload);
      });
      for (const lang of TRANSLATED_LANGUAGES)
        server.middlewares.use(devTranslationUrl(lang), (_request, response) => {
          send(response, splitTranslations(checkGeodata(folder).dataset, [lang]).patches[lang]);
        });
      // No module imports the data files, so an edit would go unnoticed: reload the page instead.
      server.watcher.add(folder);
      const reload = (file: string) => {
        const path = relative(folder, file);
        if (!path.startsWith('..') && !isAbsolute(path)) server.hot.send({ type: 'full-reload' });
      };
      server.watcher.on('change', reload).on('add', reload).on('unlink', reload);
    },
  };
}
