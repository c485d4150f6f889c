// @ts-check
/**
 * The bare MapLibre page the app is compared with (copied into the app's build as bench-bare.js by
 * scripts/bench/bare-page.mjs). It draws the app's offline basemap with MapLibre's defaults and
 * nothing else: the same MapLibre chunk and worker, the same style (bench-style.json, the app's style
 * without its data layers), in a box of the same size at the same first view. The address says
 * where: `#box=LEFT,TOP,WIDTH,HEIGHT&view=LNG,LAT,ZOOM,BEARING,PITCH`.
 */

const params = new URLSearchParams(location.hash.slice(1));
/** @param {string} name @param {number} count @returns {number[] | undefined} */
const numbers = (name, count) => {
  const values = (params.get(name) ?? '').split(',').map(Number);
  return values.length === count && values.every(Number.isFinite) ? values : undefined;
};
const [boxLeft = 0, boxTop = 0, boxWidth = innerWidth, boxHeight = innerHeight] = numbers('box', 4) ?? [];
const [lng = -4, lat = 16, zoom = 4.5, bearing = 0, pitch = 0] = numbers('view', 5) ?? [];

const container = document.getElementById('map');
if (!container) throw new Error('bench-bare.html must have an element with id="map"');
Object.assign(container.style, {
  left: `${boxLeft}px`,
  top: `${boxTop}px`,
  width: `${boxWidth}px`,
  height: `${boxHeight}px`,
});

// The app's MapLibre chunk, which the page already preloads. Its export names are minified, so the
// Map class is found by what it is rather than by name.
const chunk = document.querySelector('link[rel="modulepreload"][href*="maplibre-gl"]');
if (!(chunk instanceof HTMLLinkElement)) throw new Error('bench-bare.html must preload the MapLibre chunk');
const [maplibre, style] = await Promise.all([
  import(chunk.href),
  fetch(new URL('bench-style.json', document.baseURI)).then((response) => response.json()),
]);
const MapClass = Object.values(maplibre).find(
  (value) => typeof value === 'function' && typeof value.prototype?.getStyle === 'function',
);
if (!MapClass) throw new Error('the MapLibre chunk exports no Map class');

const map = new MapClass({ container, style: resolveUrls(style), center: [lng, lat], zoom, bearing, pitch });
map.once('idle', () => container.setAttribute('aria-busy', 'false'));

/**
 * The style's relative file addresses (`./assets/…`) made absolute: MapLibre fetches tiles and
 * fonts from its worker, where a relative address would resolve against the worker's own URL.
 * @param {unknown} value
 * @returns {unknown}
 */
function resolveUrls(value) {
  // A tile template's braces are put back after URL() escapes them.
  if (typeof value === 'string')
    return value.startsWith('./')
      ? new URL(value, document.baseURI).href.replaceAll('%7B', '{').replaceAll('%7D', '}')
      : value;
  if (Array.isArray(value)) return value.map(resolveUrls);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, resolveUrls(item)]));
  return value;
}

export {};
