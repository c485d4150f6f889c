/**
 * Rebuilds the basemap files in this folder from the Natural Earth West Africa extract.
 *
 * Copies whole features with their coordinates, keeping only the properties the basemap style reads,
 * lower-cased, and writes two derived files: country_labels.geojson (one label point per country)
 * and river_labels.geojson (the lines river names follow). Run it again after changing the extract.
 *
 * @example
 *   node geodata/basemap/extract.mjs /work/shared/data/natural-earth
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SOURCE_DIR = process.argv[2];
if (!SOURCE_DIR) {
  console.error('usage: node geodata/basemap/extract.mjs <natural-earth extract folder>');
  process.exit(1);
}
const OUT_DIR = dirname(fileURLToPath(import.meta.url));

/** The extract's box (west, south, east, north); labels of countries that run past it go inside it. */
const BOX = [-18.5, 8.5, 5.5, 25.5];

/**
 * Countries whose label must go in another box: this Morocco polygon also covers Western Sahara,
 * so inside BOX its label would sit on W. Sahara's; it goes north of 27.7°N, in Morocco proper.
 */
const LABEL_BOXES = { MAR: [-18.5, 27.7, 5.5, 36] };

/**
 * The lines river names follow, simplified by Douglas–Peucker with this tolerance in degrees: a
 * coarse line for low zooms, where names need long gentle stretches, and closer ones as you zoom
 * in, where a coarse line would put names visibly off the river (0.1° ≈ 11 km). `smoothing` is
 * the number of Chaikin passes that round the corners the simplification leaves. The style picks a
 * level by zoom.
 */
const RIVER_LABEL_DETAIL = {
  low: { tolerance: 0.1, smoothing: 2, decimals: 2 },
  medium: { tolerance: 0.03, smoothing: 2, decimals: 2 },
  high: { tolerance: 0.01, smoothing: 0, decimals: 3 },
};

/**
 * How far the drawn lines and outlines are simplified (Douglas–Peucker, degrees) and rounded.
 * Natural Earth's 1:10 million and 1:50 million layers are accurate to a kilometre or worse, so
 * vertices closer than 0.002° (about 220 m) to the simplified line, and digits past 0.001° (about
 * 110 m), add bytes (two thirds of the basemap) and no truth. Label lines are never drawn: they are
 * kept to 0.01° (0.001° at the finest level), enough to put a name on its river.
 */
const DRAWN = { tolerance: 0.002, decimals: 3 };

/** Natural Earth's 10m lakes lost the "é" of Lac Débo. */
const NAME_FIXES = { 'Lake Dbo': 'Lake Débo' };

const read = (file) => JSON.parse(readFileSync(join(SOURCE_DIR, file), 'utf8'));
const write = (file, features) => {
  const text = JSON.stringify({ type: 'FeatureCollection', features });
  writeFileSync(join(OUT_DIR, file), `${text}\n`);
  console.log(`${file}: ${features.length} features, ${text.length} bytes`);
};
const fixName = (name) => NAME_FIXES[name] ?? name;

/** Copies features, keeping `props` (output name → function of the source properties). */
const pick = (features, props, simplifyGeometry = false) =>
  features.map((f) => ({
    type: 'Feature',
    properties: Object.fromEntries(Object.entries(props).map(([k, get]) => [k, get(f.properties)])),
    geometry: simplifyGeometry ? drawnGeometry(f.geometry) : f.geometry,
  }));

/** A line or polygon simplified and rounded as DRAWN says; rings keep at least four points. */
function drawnGeometry(geometry) {
  const factor = 10 ** DRAWN.decimals;
  const line = (points, minimum) => {
    const simplified = round(simplify(points, DRAWN.tolerance), factor);
    return simplified.length >= minimum ? simplified : round(points, factor);
  };
  switch (geometry.type) {
    case 'LineString':
      return { type: geometry.type, coordinates: line(geometry.coordinates, 2) };
    case 'MultiLineString':
      return { type: geometry.type, coordinates: geometry.coordinates.map((l) => line(l, 2)) };
    case 'Polygon':
      return { type: geometry.type, coordinates: geometry.coordinates.map((r) => line(r, 4)) };
    case 'MultiPolygon':
      return { type: geometry.type, coordinates: geometry.coordinates.map((p) => p.map((r) => line(r, 4))) };
    default:
      return geometry;
  }
}

const countries = read('countries.geojson').features;

write('countries.geojson', pick(countries, { name: (p) => p.NAME, adm0_a3: (p) => p.ADM0_A3 }, true));
write(
  'rivers.geojson',
  // name_en says "Black Volta" where name says "Mouhoun"; the map is in English.
  pick(read('rivers.geojson').features, {
    name: (p) => p.name_en ?? p.name,
    scalerank: (p) => p.scalerank,
  }, true),
);
write('river_labels.geojson', riverLabelLines(read('rivers.geojson').features));
write(
  'lakes.geojson',
  // The style reads nothing of a lake; its name stays so that a feature can be told apart.
  pick(read('lakes.geojson').features, { name: (p) => fixName(p.name) }, true),
);
write(
  'populated_places.geojson',
  pick(read('populated_places.geojson').features, {
    name: (p) => p.NAME,
    adm0name: (p) => p.ADM0NAME,
    featurecla: (p) => p.FEATURECLA,
    scalerank: (p) => p.SCALERANK,
    pop_max: (p) => p.POP_MAX,
  }),
);
write(
  'admin1_label_points.geojson',
  pick(read('admin1_label_points.geojson').features, { name: (p) => p.name, admin: (p) => p.admin }),
);
write(
  'country_labels.geojson',
  countries.map((f) => ({
    type: 'Feature',
    properties: { name: f.properties.NAME, adm0_a3: f.properties.ADM0_A3 },
    geometry: { type: 'Point', coordinates: labelPoint(f.geometry, LABEL_BOXES[f.properties.ADM0_A3] ?? BOX) },
  })),
);

/**
 * The label point of a country: the pole of inaccessibility of its largest part inside `box`.
 * Uses the largest part so that islands don't pull the label into the sea.
 */
function labelPoint(geometry, box) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const clipped = polygons.map((rings) => rings.map((ring) => clipRing(ring, box)).filter((r) => r.length >= 4));
  const parts = clipped.filter((rings) => rings.length > 0 && ringArea(rings[0]) > 0);
  parts.sort((a, b) => ringArea(b[0]) - ringArea(a[0]));
  const largest = parts[0] ?? polygons[0];
  return polylabel(largest, 0.01).map((v) => Math.round(v * 1e5) / 1e5);
}

/** Sutherland–Hodgman clip of a closed ring to a box. */
function clipRing(ring, box) {
  const [w, s, e, n] = box;
  const edges = [
    [(p) => p[0] >= w, (a, b) => cross(a, b, 0, w)],
    [(p) => p[0] <= e, (a, b) => cross(a, b, 0, e)],
    [(p) => p[1] >= s, (a, b) => cross(a, b, 1, s)],
    [(p) => p[1] <= n, (a, b) => cross(a, b, 1, n)],
  ];
  let points = ring.slice(0, -1);
  for (const [inside, intersect] of edges) {
    const out = [];
    points.forEach((cur, i) => {
      const prev = points[(i + points.length - 1) % points.length];
      if (inside(cur)) {
        if (!inside(prev)) out.push(intersect(prev, cur));
        out.push(cur);
      } else if (inside(prev)) {
        out.push(intersect(prev, cur));
      }
    });
    points = out;
    if (points.length === 0) return [];
  }
  return [...points, points[0]];
}

function cross(a, b, axis, value) {
  const t = (value - a[axis]) / (b[axis] - a[axis]);
  return [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
}

function ringArea(ring) {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  }
  return Math.abs(sum / 2);
}

/**
 * Pole of inaccessibility: the point inside a polygon farthest from its edges.
 * After mapbox/polylabel (ISC), "A new algorithm for finding a visual center of a polygon", 2016.
 */
function polylabel(rings, precision) {
  const outer = rings[0];
  const xs = outer.map((p) => p[0]);
  const ys = outer.map((p) => p[1]);
  const [minX, minY, maxX, maxY] = [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
  const cellSize = Math.min(maxX - minX, maxY - minY);
  if (cellSize === 0) return [minX, minY];
  const cell = (x, y, h) => {
    const d = pointToPolygonDist(x, y, rings);
    return { x, y, h, d, max: d + h * Math.SQRT2 };
  };
  const queue = [];
  for (let x = minX; x < maxX; x += cellSize) {
    for (let y = minY; y < maxY; y += cellSize) queue.push(cell(x + cellSize / 2, y + cellSize / 2, cellSize / 2));
  }
  let best = cell((minX + maxX) / 2, (minY + maxY) / 2, 0);
  while (queue.length) {
    queue.sort((a, b) => a.max - b.max);
    const c = queue.pop();
    if (c.d > best.d) best = c;
    if (c.max - best.d <= precision) continue;
    const h = c.h / 2;
    for (const [dx, dy] of [[-h, -h], [h, -h], [-h, h], [h, h]]) queue.push(cell(c.x + dx, c.y + dy, h));
  }
  return [best.x, best.y];
}

/** Signed distance from a point to a polygon's edges: positive inside, negative outside. */
function pointToPolygonDist(x, y, rings) {
  let inside = false;
  let minDistSq = Infinity;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const a = ring[i];
      const b = ring[j];
      if (a[1] > y !== b[1] > y && x < ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]) + a[0]) inside = !inside;
      minDistSq = Math.min(minDistSq, segDistSq(x, y, a, b));
    }
  }
  return (inside ? 1 : -1) * Math.sqrt(minDistSq);
}

function segDistSq(px, py, a, b) {
  let [x, y] = a;
  let dx = b[0] - x;
  let dy = b[1] - y;
  if (dx !== 0 || dy !== 0) {
    const t = ((px - x) * dx + (py - y) * dy) / (dx * dx + dy * dy);
    if (t > 1) [x, y] = b;
    else if (t > 0) [x, y] = [x + dx * t, y + dy * t];
  }
  dx = px - x;
  dy = py - y;
  return dx * dx + dy * dy;
}

/**
 * The lines river names follow: one feature per river, its pieces joined end to end into lines as
 * long as they go, then simplified. Natural Earth cuts rivers into many short pieces (the Niger
 * into dozens), and the full-detail lines bend too sharply for a name at the zooms of this map:
 * either way MapLibre finds no stretch to put a name on. So the lines are simplified, then smoothed,
 * at three levels of detail (see RIVER_LABEL_DETAIL); `detail` says which.
 */
function riverLabelLines(features) {
  const byName = new Map();
  for (const f of features) {
    const name = f.properties.name_en ?? f.properties.name;
    const entry = byName.get(name) ?? { scalerank: f.properties.scalerank, parts: [] };
    entry.scalerank = Math.min(entry.scalerank, f.properties.scalerank);
    const parts = f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.coordinates;
    entry.parts.push(...parts.filter((part) => part.length >= 2));
    byName.set(name, entry);
  }
  return Object.entries(RIVER_LABEL_DETAIL).flatMap(([detail, { tolerance, smoothing, decimals }]) =>
    [...byName].map(([name, { scalerank, parts }]) => ({
      type: 'Feature',
      properties: { name, scalerank, detail },
      geometry: {
        type: 'MultiLineString',
        coordinates: joinLines(parts)
          .map((line) => round(simplify(smooth(simplify(line, tolerance), smoothing), tolerance / 20), 10 ** decimals))
          .filter((line) => new Set(line.map(String)).size >= 2),
      },
    })),
  );
}

/** Joins lines that meet end to end (within about 1 km: Natural Earth leaves small gaps) into longer lines. */
function joinLines(parts) {
  const near = (a, b) => Math.abs(a[0] - b[0]) < 0.01 && Math.abs(a[1] - b[1]) < 0.01;
  const lines = parts.map((p) => [...p]);
  let joined = true;
  while (joined) {
    joined = false;
    for (let i = 0; i < lines.length && !joined; i++) {
      for (let j = 0; j < lines.length && !joined; j++) {
        if (i === j) continue;
        const a = lines[i];
        const b = lines[j];
        let merged = null;
        if (near(a.at(-1), b[0])) merged = [...a, ...b.slice(1)];
        else if (near(a.at(-1), b.at(-1))) merged = [...a, ...b.slice(0, -1).reverse()];
        else if (near(a[0], b[0]) && i < j) merged = [...[...a].reverse(), ...b.slice(1)];
        if (merged) {
          lines[i] = merged;
          lines.splice(j, 1);
          joined = true;
        }
      }
    }
  }
  return lines;
}

/** Douglas–Peucker simplification of a line. */
function simplify(line, tolerance) {
  const keep = new Array(line.length).fill(false);
  keep[0] = keep[line.length - 1] = true;
  const stack = [[0, line.length - 1]];
  while (stack.length) {
    const [first, last] = stack.pop();
    let maxSq = 0;
    let index = -1;
    for (let i = first + 1; i < last; i++) {
      const d = segDistSq(line[i][0], line[i][1], line[first], line[last]);
      if (d > maxSq) [maxSq, index] = [d, i];
    }
    if (index !== -1 && maxSq > tolerance * tolerance) {
      keep[index] = true;
      stack.push([first, index], [index, last]);
    }
  }
  return line.filter((_, i) => keep[i]);
}

/** Chaikin corner cutting, `iterations` times; keeps the ends. */
function smooth(line, iterations) {
  let out = line;
  for (let n = 0; n < iterations && out.length > 2; n++) {
    const next = [out[0]];
    for (let i = 0; i < out.length - 1; i++) {
      const [a, b] = [out[i], out[i + 1]];
      next.push([0.75 * a[0] + 0.25 * b[0], 0.75 * a[1] + 0.25 * b[1]]);
      next.push([0.25 * a[0] + 0.75 * b[0], 0.25 * a[1] + 0.75 * b[1]]);
    }
    next.push(out.at(-1));
    out = next;
  }
  return out;
}

function round(line, factor) {
  return line.map((p) => p.map((v) => Math.round(v * factor) / factor));
}
