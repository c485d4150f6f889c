// @vitest-environment node
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchGeodata, GEODATA_FILE } from '../../../src/data/fetch-geodata.ts';
import { validateDataset } from '../../../src/data/validate-dataset.ts';
import { minimalRawDataset } from '../../fixtures/minimal-dataset.ts';
import { TODAY } from './problems.ts';

const URL = './assets/geodata-abc123.json';
const check = validateDataset(minimalRawDataset(), TODAY);
const BODY = JSON.stringify(check.dataset);

/** A fetch that answers every request with this body and status. */
const answering = (body: BodyInit | null, status = 200) => vi.fn(async () => new Response(body, { status }));

afterEach(() => {
  vi.useRealTimers();
});

describe('fetchGeodata', () => {
  it('starts from a valid fixture', () => {
    expect(check.ok).toBe(true);
  });

  it('gives the dataset, with no problems, from a built asset', async () => {
    const fetch = answering(BODY);
    expect(await fetchGeodata(URL, { fetch })).toEqual({ ok: true, dataset: check.dataset, errors: [] });
    expect(fetch).toHaveBeenCalledWith(URL, expect.objectContaining({ signal: expect.any(AbortSignal) }));
  });

  it("passes on the dev server's problems, and only the five parts of the dataset", async () => {
    const errors = ['geodata/events.json, event 3, field "date": expected a date; got "soon"'];
    const load = await fetchGeodata(URL, { fetch: answering(JSON.stringify({ ...check.dataset, errors, extra: 1 })) });
    expect(load).toEqual({ ok: true, dataset: check.dataset, errors });
  });

  it.each([404, 410])('says the file is missing on HTTP %i', async (status) => {
    expect(await fetchGeodata(URL, { fetch: answering('Not found', status) })).toEqual({
      ok: false,
      reason: 'missing',
      message: `The map's data (geodata.json) is not on the server (HTTP ${status}): the site is incomplete.`,
    });
  });

  it('names the server error on another failed status', async () => {
    const load = await fetchGeodata(URL, { fetch: answering('Oops', 503) });
    expect(load).toMatchObject({ ok: false, reason: 'network', message: expect.stringContaining('HTTP 503') });
  });

  it('says the network failed when fetch rejects', async () => {
    const fetch = vi.fn(() => Promise.reject(new TypeError('Failed to fetch')));
    expect(await fetchGeodata(URL, { fetch })).toEqual({
      ok: false,
      reason: 'network',
      message: "The map's data (geodata.json) could not be downloaded: check the connection and try again.",
    });
  });

  it('gives up after timeoutMs, and stops the download', async () => {
    vi.useFakeTimers();
    let signal: AbortSignal | undefined;
    const fetch = vi.fn((_url: string, init: { signal: AbortSignal }) => {
      signal = init.signal;
      return new Promise<Response>(() => {});
    });
    const load = fetchGeodata(URL, { fetch, timeoutMs: 5000 });
    await vi.advanceTimersByTimeAsync(4999);
    expect(signal?.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await load).toEqual({
      ok: false,
      reason: 'slow',
      message: "The map's data (geodata.json) did not arrive within 5 seconds: the connection may be slow.",
    });
    expect(signal?.aborted).toBe(true);
  });

  it.each([
    ['cut in the middle', BODY.slice(0, Math.floor(BODY.length / 2))],
    ['cut inside a text', '{"sources":[{"id":"doc-'],
    ['empty', ''],
  ])('says the download was cut short when the JSON is %s', async (_what, body) => {
    expect(await fetchGeodata(URL, { fetch: answering(body) })).toEqual({
      ok: false,
      reason: 'truncated',
      message: "The map's data (geodata.json) is incomplete: the download was cut short.",
    });
  });

  it('says the download was cut short when the body breaks off', async () => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(BODY.slice(0, 100)));
        controller.error(new TypeError('terminated'));
      },
    });
    expect(await fetchGeodata(URL, { fetch: answering(body) })).toMatchObject({ ok: false, reason: 'truncated' });
  });

  it('tells broken JSON from a cut one', async () => {
    expect(await fetchGeodata(URL, { fetch: answering('<!doctype html><p>Welcome</p>') })).toEqual({
      ok: false,
      reason: 'malformed',
      message: "The map's data (geodata.json) is damaged: it is not valid JSON.",
    });
  });

  it.each([
    ['[]', 'it does not hold an object'],
    [JSON.stringify({ ...check.dataset, events: {} }), 'its "events" is not a list'],
    [JSON.stringify({ ...check.dataset, corridor: undefined }), 'its "corridor" is not a GeoJSON FeatureCollection'],
    [
      JSON.stringify({ ...check.dataset, places: { type: 'Feature' } }),
      'its "places" is not a GeoJSON FeatureCollection',
    ],
    [JSON.stringify({ ...check.dataset, errors: [3] }), 'its "errors" is not a list of texts'],
  ])('names what is wrong with the shape of %s', async (body, problem) => {
    expect(await fetchGeodata(URL, { fetch: answering(body) })).toEqual({
      ok: false,
      reason: 'malformed',
      message: `The map's data (geodata.json) is not what the map expects: ${problem}.`,
    });
  });

  it('stops when its signal aborts', async () => {
    const controller = new AbortController();
    const load = fetchGeodata(URL, { fetch: vi.fn(() => new Promise<Response>(() => {})), signal: controller.signal });
    controller.abort();
    expect(await load).toMatchObject({ ok: false, reason: 'network', message: expect.stringContaining('cancelled') });
  });

  it('names the file by the name editors know', () => {
    expect(GEODATA_FILE).toBe('geodata.json');
  });
});

describe('what fetch-geodata.ts brings into the page', () => {
  /** The modules a source file brings in at run time (type-only imports vanish), followed through relative ones. */
  function importsOf(file: string, seen = new Set<string>()): Set<string> {
    for (const [, typeOnly, specifier = ''] of readFileSync(file, 'utf8').matchAll(
      /^import (type )?[^'"]*['"]([^'"]+)['"]/gm,
    )) {
      const resolved = specifier.startsWith('.') ? join(dirname(file), specifier) : specifier;
      if (typeOnly || seen.has(resolved)) continue;
      seen.add(resolved);
      if (specifier.startsWith('.')) importsOf(resolved, seen);
    }
    return seen;
  }

  it('is neither valibot nor the validator', () => {
    const imports = [...importsOf(join(import.meta.dirname, '../../../src/data/fetch-geodata.ts'))];
    expect(imports.map((path) => path.replace(/^.*\/src\//, 'src/'))).toEqual(['src/data/describe-value.ts']);
  });
});
