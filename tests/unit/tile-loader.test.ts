// The basemap's tile loader: each way a tile fails is reported once, by name; a tile MapLibre gave up is not.
import { describe, expect, it, vi } from 'vitest';
import { TILE_PROTOCOL, tileLoader, type BasemapFailure } from '../../src/map/basemap-protocol.ts';

const URL_ = 'http://127.0.0.1:4173/app/assets/basemap-1234abcd/4/7/7.pbf';
const request = { url: `${TILE_PROTOCOL}://${URL_}` };

/** Runs the loader once on a fetch that does `answer`; returns what it gave and what it reported. */
async function load(
  answer: (url: string, init?: RequestInit) => Promise<Response>,
  options: { timeoutMs?: number; abort?: boolean } = {},
) {
  const reported: BasemapFailure[] = [];
  const fetchTile = vi.fn((input: RequestInfo | URL, init?: RequestInit) => answer(String(input), init));
  const controller = new AbortController();
  const loader = tileLoader((reason) => reported.push(reason), fetchTile as typeof fetch, options.timeoutMs ?? 1000);
  const result = loader(request, controller);
  if (options.abort) controller.abort();
  const outcome = await result.then(
    (value) => ({ data: value.data }),
    (error: unknown) => ({ error }),
  );
  return { outcome, reported, fetchTile };
}

describe('tileLoader', () => {
  it('fetches the address after the protocol and gives its bytes', async () => {
    const { outcome, reported, fetchTile } = await load(async () => new Response(new Uint8Array([26, 2, 8, 1])));
    expect(fetchTile.mock.calls[0]?.[0]).toBe(URL_);
    expect(new Uint8Array((outcome as { data: ArrayBuffer }).data)).toEqual(new Uint8Array([26, 2, 8, 1]));
    expect(reported).toEqual([]);
  });

  it('reports a tile the server lacks as missing, and fails it (MapLibre alone would draw it empty)', async () => {
    const { outcome, reported } = await load(async () => new Response('', { status: 404 }));
    expect(String((outcome as { error: unknown }).error)).toMatch(/HTTP 404/);
    expect(reported).toEqual(['missing']);
  });

  it('reports a server error or a failed download as network', async () => {
    expect((await load(async () => new Response('', { status: 503 }))).reported).toEqual(['network']);
    expect((await load(() => Promise.reject(new TypeError('Failed to fetch')))).reported).toEqual(['network']);
  });

  it('reports a tile that does not come in time as slow, and stops waiting for it', async () => {
    const never = (_url: string, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      );
    const { outcome, reported } = await load(never, { timeoutMs: 20 });
    expect(String((outcome as { error: unknown }).error)).toMatch(/no answer within/);
    expect(reported).toEqual(['slow']);
  });

  it('reports nothing for a tile MapLibre gave up (the view moved on)', async () => {
    const never = (_url: string, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      );
    const { outcome, reported } = await load(never, { abort: true });
    expect(outcome).toHaveProperty('error');
    expect(reported).toEqual([]);
  });
});
