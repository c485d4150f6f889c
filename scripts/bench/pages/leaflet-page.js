// @ts-check
/**
 * The peer baseline (copied into its folder by scripts/bench/leaflet-page.mjs): the same synthetic
 * places as the app, drawn the usual Leaflet 1.9 way, as default markers in a leaflet.markercluster
 * group over the offline basemap's countries (an L.geoJSON layer; no labels, rivers or towns). The
 * year filter rebuilds the cluster group from the places with an event in range. The address gives
 * the box and the first view, as the bare MapLibre page's does (`#box=…&view=LNG,LAT,ZOOM,…`).
 */

const L = window.L;
if (!L) throw new Error('Leaflet did not load');
const params = new URLSearchParams(location.hash.slice(1));
/** @param {string} name @param {number} count @returns {number[] | undefined} */
const numbers = (name, count) => {
  const values = (params.get(name) ?? '').split(',').map(Number);
  return values.length >= count && values.every(Number.isFinite) ? values : undefined;
};
const [boxLeft = 0, boxTop = 0, boxWidth = innerWidth, boxHeight = innerHeight] = numbers('box', 4) ?? [];
const [lng = -4, lat = 16, zoom = 4.5] = numbers('view', 3) ?? [];

const container = document.getElementById('map');
if (!container) throw new Error('the page must have an element with id="map"');
Object.assign(container.style, {
  left: `${boxLeft}px`,
  top: `${boxTop}px`,
  width: `${boxWidth}px`,
  height: `${boxHeight}px`,
});

/** @typedef {{ lng: number, lat: number, years: [number, number][] }} Point */
const [countries, points] = /** @type {[unknown, Point[]]} */ (
  await Promise.all([
    fetch('countries.geojson').then((response) => response.json()),
    fetch('points.json').then((response) => response.json()),
  ])
);

// Leaflet's tiles are 256 px where MapLibre's are 512 px: the same view is one zoom level higher.
// markercluster needs a maximum zoom, which a tile layer would usually give.
const map = L.map(container, { center: [lat, lng], zoom: zoom + 1, zoomSnap: 0, maxZoom: 18 });
L.geoJSON(countries, {
  style: { color: '#8a7d6b', weight: 1, fillColor: '#f2efe9', fillOpacity: 1 },
  interactive: false,
}).addTo(map);
const markers = points.map((point) => ({ point, marker: L.marker([point.lat, point.lng]) }));
const cluster = L.markerClusterGroup().addTo(map);

/**
 * Shows only the places with an event overlapping [from, to], rebuilding the cluster group.
 * @param {number} from
 * @param {number} to
 */
function showYears(from, to) {
  const shown = markers.filter(({ point }) => point.years.some(([start, end]) => end >= from && start <= to));
  cluster.clearLayers();
  cluster.addLayers(shown.map(({ marker }) => marker));
}

const nextFrame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));

window.__leafletBench = {
  // In a task of its own, as the app's actions start (see scripts/bench/app-actions.mjs).
  filterYears: (from, to) =>
    new Promise((done) =>
      setTimeout(() => {
        const started = performance.now();
        showYears(from, to);
        requestAnimationFrame(() => setTimeout(() => done(performance.now() - started)));
      }),
    ),
};
showYears(-Infinity, Infinity);
await nextFrame();
container.setAttribute('aria-busy', 'false');

export {};
