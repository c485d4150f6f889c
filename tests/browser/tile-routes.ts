/**
 * Stands in for the online tile providers, which the tests cannot reach: routes their URLs on the
 * page's browser context to a fixture tile, a network failure, or a request that never answers.
 *
 * The driver blocks every non-local request with a `**\/*` route on the context; Playwright tries
 * the routes registered last first, so these win for the provider hosts only, and anything else
 * is still blocked and recorded in `app.blockedRequests`.
 */
import { readFileSync } from 'node:fs';
import type { Route } from 'playwright-core';
import { ONLINE_BASEMAPS, type OnlineBasemapId } from '../../src/state/online-basemaps.ts';
import type { AppPage } from './driver.ts';

/** How a provider answers: with the fixture tile, with a network error, or never. */
export type TileAnswer = 'fixture' | 'fail' | 'hang';

export interface TileRoutes {
  /** URLs of the tile requests seen, in order, for every provider. */
  readonly requests: string[];
  /** The requests seen for one provider. */
  requestsTo(basemap: OnlineBasemapId): string[];
}

const FIXTURES = new URL('../fixtures/tiles/', import.meta.url);
const FIXTURE_TILES: Record<OnlineBasemapId, { body: Buffer; contentType: string }> = {
  streets: { body: readFileSync(new URL('streets.png', FIXTURES)), contentType: 'image/png' },
  satellite: { body: readFileSync(new URL('satellite.jpg', FIXTURES)), contentType: 'image/jpeg' },
};

/** The origin of a provider's tile URL, e.g. `https://tile.openstreetmap.org`. */
export function tileOrigin(basemap: OnlineBasemapId): string {
  return new URL(ONLINE_BASEMAPS[basemap].tiles).origin;
}

/**
 * Routes every provider's tile host on the app's context; providers left out of `answers` answer
 * with their fixture tile. Call it before the app asks for tiles (before choosing a basemap, or
 * before a reload whose address names one): routes stay on the context across reloads.
 * @example const tiles = await routeTiles(app, { streets: 'fail' });
 */
export async function routeTiles(
  app: AppPage,
  answers: Partial<Record<OnlineBasemapId, TileAnswer>> = {},
): Promise<TileRoutes> {
  const requests: { basemap: OnlineBasemapId; url: string }[] = [];
  const context = app.page.context();
  for (const basemap of Object.keys(ONLINE_BASEMAPS) as OnlineBasemapId[]) {
    const answer = answers[basemap] ?? 'fixture';
    await context.route(`${tileOrigin(basemap)}/**`, async (route: Route) => {
      requests.push({ basemap, url: route.request().url() });
      if (answer === 'fail') await route.abort('internetdisconnected');
      else if (answer === 'fixture') {
        const tile = FIXTURE_TILES[basemap];
        // MapLibre fetches tiles with CORS, as from the real providers, which allow it.
        await route.fulfill({
          status: 200,
          contentType: tile.contentType,
          body: tile.body,
          headers: { 'access-control-allow-origin': '*' },
        });
      }
      // 'hang': never answered; MapLibre cancels the request when it drops the source.
    });
  }
  return {
    get requests() {
      return requests.map((r) => r.url);
    },
    requestsTo: (basemap) => requests.filter((r) => r.basemap === basemap).map((r) => r.url),
  };
}
