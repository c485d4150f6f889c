// The basemap's tile loader: each way a tile fails is an error that names it; a tile MapLibre gave up is not a failure.
import { describe, expect, it, vi } from 'vitest';
import { TILE_PROTOCOL, failureOf, tileLoader } from '../../src/map/tile-loader.ts';

const URL_ = 'http://127.0.0.1:4173/app/assets/basemap-1234abcd/4/7/7.pbf';
const request = { url: `${TILE_PROTOCOL}://${URL_}` };

/** Runs the loader once on a fetch that does `answer`; returns what it gave or threw. */
async function load(
  answer: (url: string, init?: RequestInit) => Promise<Response>,
  options: { timeoutMs?: number; abort?: boolean } = {},
) {
  const fetchTile = vi.fn((input: RequestInfo | URL, init?: RequestInit) => answer(String(input), init));
  const controller = new AbortController();
  const result = tileLoader(fetchTile as typeof fetch, options.timeoutMs ?? 1000)(request, controller);
  if (options.abort) controller.abort();
  const outcome: { data?: unknown; error?: unknown } = await result.then(
    (value) => ({ data: value.data }),
    (error: unknown) => ({ error }),
  );
  return { outcome, fetchTile };
}

/** A fetch that answers only by failing when it is aborted. */
const never = (_url: string, init?: RequestInit) =>
  new Promise<Response>((_resolve, reject) =>
    init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
  );

/**
 * The error as the main thread gets it from MapLibre's worker: its class is not kept, only the
 * message and its own properties on a new Error (MapLibre's web_worker_transfer).
 */
const acrossTheWorker = (error: unknown) =>
  Object.assign(new Error((error as Error).message), { ...(error as object) });

describe('tileLoader', () => {
  it('fetches the address after the protocol and gives its bytes', async () => {
    const { outcome, fetchTile } = await load(async () => new Response(new Uint8Array([26, 2, 8, 1])));
    expect(fetchTile.mock.calls[0]?.[0]).toBe(URL_);
    expect(new Uint8Array(outcome.data as ArrayBuffer)).toEqual(new Uint8Array([26, 2, 8, 1]));
  });

  it('fails a tile the server lacks as missing (MapLibre alone would draw it empty)', async () => {
    const { outcome } = await load(async () => new Response('', { status: 404 }));
    expect(String(outcome.error)).toMatch(/HTTP 404/);
    expect(failureOf(acrossTheWorker(outcome.error))).toBe('missing');
  });

  it('fails a server error or a failed download as network', async () => {
    for (const answer of [
      async () => new Response('', { status: 503 }),
      () => Promise.reject(new TypeError('Failed')),
    ]) {
      const { outcome } = await load(answer);
      expect(failureOf(acrossTheWorker(outcome.error))).toBe('network');
    }
  });

  it('fails a tile that does not come in time as slow, and stops waiting for it', async () => {
    const { outcome } = await load(never, { timeoutMs: 20 });
    expect(String(outcome.error)).toMatch(/no answer within/);
    expect(failureOf(acrossTheWorker(outcome.error))).toBe('slow');
  });

  it('passes on MapLibre giving a tile up (the view moved on) as it is, not as a failure of its own', async () => {
    const { outcome } = await load(never, { abort: true });
    expect((outcome.error as DOMException).name).toBe('AbortError');
    expect(outcome.error).not.toHaveProperty('reason');
  });
});

describe('failureOf', () => {
  it('reads any other error, or none, as a damaged tile', () => {
    expect(failureOf(new Error('Unimplemented type: 4'))).toBe('damaged');
    expect(failureOf(Object.assign(new Error('x'), { reason: 'elsewhere' }))).toBe('damaged');
    expect(failureOf(undefined)).toBe('damaged');
  });
});
