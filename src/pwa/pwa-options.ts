/**
 * What vite-plugin-pwa builds (vite.config.ts): the web app manifest, and a Workbox service worker
 * that precaches the whole app, so that after one visit the map opens with no network at all.
 * README.md, "Installing and offline use", says the same for readers and hosts.
 */
import type { VitePWAOptions } from 'vite-plugin-pwa';

/** The map's title, as the page and the manifest give it. */
export const APP_NAME = 'China–Mali relations: a sourced map';

/** Colour of the browser's title bar: the page header's white. */
export const THEME_COLOR = '#ffffff';

/**
 * MapLibre's chunk is about 1.1 MB and its worker 0.5 MB. Workbox leaves a larger file out of the
 * precache, and the plugin then fails the build (showMaximumFileSizeToCacheInBytesWarning stays
 * false), so a file that outgrows this stops the build instead of quietly breaking offline use.
 */
const MAX_PRECACHED_FILE_BYTES = 3 * 1024 * 1024;

/**
 * The plugin's options for data whose files weigh `dataBytes` in all: the data asset (at most that
 * size, as compact JSON) is precached whatever its size, since the map is no use offline without it,
 * while any other file over 3 MiB still stops the build.
 * @example VitePWA(pwaOptions(statSync('geodata/events.json').size + …))
 */
export function pwaOptions(dataBytes: number): Partial<VitePWAOptions> {
  return {
    ...PWA_OPTIONS,
    workbox: {
      ...PWA_OPTIONS.workbox,
      maximumFileSizeToCacheInBytes: Math.max(MAX_PRECACHED_FILE_BYTES, dataBytes),
    },
  };
}

/** The options for data of up to 3 MiB (the real data is about 0.1 MB). */
export const PWA_OPTIONS: Partial<VitePWAOptions> = {
  // A new version waits until the reader chooses Reload (src/pwa/update-notice.ts).
  registerType: 'prompt',
  // src/pwa/register.ts registers through `virtual:pwa-register`: no script is added to index.html,
  // which a `script-src 'self'` policy would refuse if it were inline.
  injectRegister: false,
  // The icons are precached by globPatterns below, once.
  includeManifestIcons: false,
  manifest: {
    name: APP_NAME,
    short_name: 'China–Mali',
    description: 'An interactive map of China–Mali relations: places, dated events and the documents that report them.',
    lang: 'en',
    dir: 'ltr',
    // Relative to the manifest, so the app installs the same from any sub-path.
    start_url: './',
    scope: './',
    display: 'standalone',
    theme_color: THEME_COLOR,
    background_color: '#ffffff',
    icons: [
      { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  workbox: {
    // The shell, scripts (MapLibre's worker is an .mjs), styles, the basemap's tiles, the data as
    // JSON once it is an asset of its own, the fonts and the icons. Only .woff2 of the fonts: every
    // browser that runs service workers reads woff2, so the .woff fallbacks would be 195 kB sent
    // for nothing on a first visit over a poor connection.
    globPatterns: ['**/*.{html,js,mjs,css,pbf,json,woff2,png,svg}'],
    maximumFileSizeToCacheInBytes: MAX_PRECACHED_FILE_BYTES,
    // One page, not a router: no other address under the folder is answered with index.html.
    navigateFallback: null,
    // The state lives in the #hash; any query (?utm_source=…) on the page still finds index.html.
    ignoreURLParametersMatching: [/.*/],
    // The first visit is controlled at once; a later version still waits for Reload (no skipWaiting).
    clientsClaim: true,
    // No runtimeCaching: the opt-in online tiles are left to the network and the browser's HTTP
    // cache, within their providers' terms (README.md, "Installing and offline use").
  },
};
