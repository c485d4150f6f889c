/**
 * Embedding: "Embed this view" gives an <iframe> snippet; pasted into a page on another local port,
 * under both sites' Content Security Policies, it shows the map without the panel, and a link that
 * opens the same view in the full map.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { useAppSession } from './app-session.ts';
import { serveStatic, type StaticServer } from './static-server.ts';
import { framedBy } from './policies.ts';

const DIST = join(process.env.APP_ROOT ?? join(import.meta.dirname, '../..'), 'dist');
const BASE_PATH = '/china-mali-map/';
let app: StaticServer | undefined;
let host: StaticServer | undefined;
let hostFolder = '';

beforeAll(async () => {
  hostFolder = await mkdtemp(join(tmpdir(), 'china-mali-host-'));
  host = await serveStatic({ root: hostFolder, basePath: '/' });
  app = await serveStatic({
    root: DIST,
    basePath: BASE_PATH,
    headers: { 'Content-Security-Policy': framedBy(new URL(host.url).origin) },
  });
});

afterAll(async () => {
  await Promise.all([app?.close(), host?.close()]);
});

const { readyApp, openApp } = useAppSession();

describe('embedding a view', () => {
  test('the snippet, in a page on another origin, shows the map without the panel and links to the full map', async () => {
    if (!app || !host) throw new Error('the servers did not start');
    const full = await readyApp({ path: `${app.url}#6/14/-5&place=gao` });
    await full.page.getByRole('button', { name: 'Embed this view' }).click();
    const snippet = await full.page.locator('.embed-snippet textarea').inputValue();
    expect(snippet).toMatch(
      /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/china-mali-map\/#[^"]*&amp;place=gao[^"]*&amp;embed=1" title="/,
    );
    await full.close();

    await writeFile(
      join(hostFolder, 'index.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A host page</title>` +
        `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; frame-src ${new URL(app.url).origin}">` +
        `</head><body><h1>A newsroom's article</h1>${snippet}</body></html>`,
    );
    const page = await openApp({ path: host.url });
    const frame = page.page.frameLocator('iframe');
    await frame.locator('#map[aria-busy="false"]').waitFor({ timeout: 30_000 });
    expect(await frame.locator('#panel').isVisible()).toBe(false);
    expect(await frame.locator('.timeline').count()).toBe(1);
    const open = frame.getByRole('link', { name: 'Open full map' });
    const href = (await open.getAttribute('href')) ?? '';
    expect(href).toContain('place=gao');
    expect(href).not.toContain('embed');
    await page.close();
  });
});
