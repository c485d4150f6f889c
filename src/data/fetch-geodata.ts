/**
 * Loads the data the build already checked (the address comes from `virtual:geodata-url`) and says
 * plainly what went wrong when it cannot. It looks only at the top-level shape: every record was
 * validated at build time, so the page carries no validator and none of its messages.
 */
import { isObject } from './describe-value.ts';
import type { Geodata } from './types.ts';

/** The file's name as readers and editors know it; the built one carries a content hash. */
export const GEODATA_FILE = 'geodata.json';
/** How long a download the map needs may take, on a poor connection, before the page says so. */
export const LOAD_TIMEOUT_MS = 20_000;
const THE_DATA = `The map's data (${GEODATA_FILE})`;

export type GeodataFailure = 'missing' | 'slow' | 'truncated' | 'malformed' | 'network';

/** The data and, on the dev server, the problems found in it; or why there is no data, in words. */
export type GeodataLoad =
  { ok: true; dataset: Geodata; errors: string[] } | { ok: false; reason: GeodataFailure; message: string };

export interface FetchGeodataOptions {
  /** The fetch to use; the browser's by default (tests pass a fake). */
  fetch?: (input: string, init: { signal: AbortSignal }) => Promise<Response>;
  /** How long to wait for the whole download, in ms (20 s by default). */
  timeoutMs?: number;
  /** Cancels the download; the result is then a "network" failure. */
  signal?: AbortSignal;
}

const failure = (reason: GeodataFailure, message: string): GeodataLoad => ({ ok: false, reason, message });

const COLLECTIONS = ['places', 'stations', 'corridor'] as const;

/** What is wrong with the top level of the payload, in words; undefined when it is a Dataset. */
function shapeProblem(value: unknown): string | undefined {
  if (!isObject(value)) return 'it does not hold an object';
  for (const key of ['sources', 'events'] as const) {
    if (!Array.isArray(value[key])) return `its "${key}" is not a list`;
  }
  for (const key of COLLECTIONS) {
    const collection = value[key];
    if (!isObject(collection) || collection.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
      return `its "${key}" is not a GeoJSON FeatureCollection`;
    }
  }
  const { errors } = value;
  if (errors !== undefined && !(Array.isArray(errors) && errors.every((line) => typeof line === 'string'))) {
    return 'its "errors" is not a list of texts';
  }
  return undefined;
}

/** True when JSON text stops inside a string or with brackets still open: cut short, not badly written. */
function endsMidway(text: string): boolean {
  let depth = 0;
  let inString = false;
  let escaped = false;
  for (const char of text) {
    if (inString) {
      if (escaped) escaped = false;
      else if (char === '\\') escaped = true;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{' || char === '[') depth++;
    else if (char === '}' || char === ']') depth--;
  }
  return inString || depth > 0;
}

/** The body read: a Dataset (plus the dev server's problems), or why it is not one. */
function readPayload(text: string): GeodataLoad {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return text.trim() === '' || endsMidway(text)
      ? failure('truncated', `${THE_DATA} is incomplete: the download was cut short.`)
      : failure('malformed', `${THE_DATA} is damaged: it is not valid JSON.`);
  }
  const problem = shapeProblem(value);
  if (problem !== undefined) return failure('malformed', `${THE_DATA} is not what the map expects: ${problem}.`);
  // The build checked every record; the top level, checked above, is all that can break on the way.
  const { sources, events, places, stations, corridor, story, errors } = value as Geodata & { errors?: string[] };
  // The tour is optional: a story that is not an object is left out rather than trusted.
  const tour = typeof story === 'object' && story !== null && Array.isArray(story.steps) ? { story } : {};
  return { ok: true, dataset: { sources, events, places, stations, corridor, ...tour }, errors: errors ?? [] };
}

async function download(
  get: NonNullable<FetchGeodataOptions['fetch']>,
  url: string,
  signal: AbortSignal,
): Promise<GeodataLoad> {
  let response: Response;
  try {
    response = await get(url, { signal });
  } catch {
    return failure('network', `${THE_DATA} could not be downloaded: check the connection and try again.`);
  }
  if (response.status === 404 || response.status === 410) {
    return failure('missing', `${THE_DATA} is not on the server (HTTP ${response.status}): the site is incomplete.`);
  }
  if (!response.ok) {
    return failure('network', `${THE_DATA} could not be downloaded: the server answered HTTP ${response.status}.`);
  }
  try {
    return readPayload(await response.text());
  } catch {
    return failure('truncated', `${THE_DATA} is incomplete: the download was cut short.`);
  }
}

/**
 * @param url - the address of the checked data, i.e. the default export of `virtual:geodata-url`
 * @returns never rejects: either the dataset (with the dev server's problems, if any) or a reason and
 *   a sentence to show the reader
 * @example
 * const load = await fetchGeodata(geodataUrl);
 * if (!load.ok) showNotice(load.message); // "The map's data (geodata.json) is incomplete: …"
 */
export async function fetchGeodata(url: string, options: FetchGeodataOptions = {}): Promise<GeodataLoad> {
  const { timeoutMs = LOAD_TIMEOUT_MS, signal } = options;
  const get = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopListening = () => {};
  const slow = new Promise<GeodataLoad>((resolve) => {
    const seconds = Math.round(timeoutMs / 1000);
    const message = `${THE_DATA} did not arrive within ${seconds} second${seconds === 1 ? '' : 's'}: the connection may be slow.`;
    timer = setTimeout(() => resolve(failure('slow', message)), timeoutMs);
  });
  const cancelled = new Promise<GeodataLoad>((resolve) => {
    const cancel = () => resolve(failure('network', `${THE_DATA} was not downloaded: the download was cancelled.`));
    if (signal?.aborted) cancel();
    signal?.addEventListener('abort', cancel, { once: true });
    stopListening = () => signal?.removeEventListener('abort', cancel);
  });
  try {
    return await Promise.race([download(get, url, controller.signal), slow, cancelled]);
  } finally {
    clearTimeout(timer);
    stopListening();
    // Stops a download that lost the race; harmless once it has finished.
    controller.abort();
  }
}
