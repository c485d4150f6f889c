/**
 * Domain steps on top of the driver: where a feature is, open its popup, read the popup, toggle a
 * layer. Tests read like what a user does with these.
 */
import type { Position } from 'geojson';
import { dataset } from '../data/geodata-files.ts';
import type { AppPage } from './driver.ts';

export interface PopupContents {
  title: string;
  events: number;
  sourceLinks: string[];
  text: string;
}

/** A point to click for a feature: a place or station itself, or the middle of a corridor segment. */
export function clickTargetOf(featureId: string): Position {
  const point = [...dataset.places.features, ...dataset.stations.features].find((f) => f.properties.id === featureId);
  if (point) return point.geometry.coordinates;
  const line = dataset.corridor.features.find((f) => f.properties.id === featureId);
  // Between the 3rd and 4th stations (Thiès–Diourbel): far from every place marker.
  const [a, b] = [line?.geometry.coordinates[2], line?.geometry.coordinates[3]];
  if (!a || !b) throw new Error(`no feature "${featureId}" in geodata/`);
  return [((a[0] ?? 0) + (b[0] ?? 0)) / 2, ((a[1] ?? 0) + (b[1] ?? 0)) / 2];
}

/** Brings a point to the middle of the map (as a user pans to it) and waits for the render. */
export async function centreOn(app: AppPage, lngLat: [number, number]): Promise<void> {
  await app.evaluateOnMap(async (map, center) => {
    const rendered = map.once('idle');
    map.jumpTo({ center });
    map.triggerRepaint();
    await rendered;
  }, lngLat);
}

/** Pans the feature into view and clicks it. */
export async function clickFeature(app: AppPage, featureId: string): Promise<void> {
  const [lng = 0, lat = 0] = clickTargetOf(featureId);
  await centreOn(app, [lng, lat]);
  await app.clickAt(await app.screenPointOf([lng, lat]));
}

/** The open popup's contents, waiting for it to appear; undefined when none opens. */
export async function readPopup(app: AppPage, timeoutMs = 3000): Promise<PopupContents | undefined> {
  const popup = app.page.locator('.maplibregl-popup');
  try {
    await popup.waitFor({ state: 'visible', timeout: timeoutMs });
  } catch {
    return undefined;
  }
  return {
    title: (await popup.locator('.popup-title').textContent()) ?? '',
    events: await popup.locator('.event').count(),
    sourceLinks: await popup
      .locator('.citation a')
      .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href)),
    text: (await popup.textContent()) ?? '',
  };
}

export async function popupIsOpen(app: AppPage): Promise<boolean> {
  return (await app.page.locator('.maplibregl-popup').count()) > 0;
}

/** Ticks or unticks a layer's checkbox in the layer control, as a keyboard user would. */
export async function setLayerVisible(app: AppPage, toggleKey: string, visible: boolean): Promise<void> {
  const checkbox = app.page.locator(`input[data-layer-toggle="${toggleKey}"]`);
  // The Layers box starts closed on most screens: open it as a reader would.
  const details = app.page.locator('.layer-toggle-details', { has: checkbox });
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator('summary').click();
  if ((await checkbox.isChecked()) !== visible) {
    await checkbox.focus();
    await app.page.keyboard.press('Space');
  }
}

/** The ids of the places the map draws now in the given style layer (hidden kinds are filtered out). */
export async function drawnPlaces(app: AppPage, layer = 'places-circle'): Promise<string[]> {
  return app.evaluateOnMap(
    (map, id) => map.queryRenderedFeatures({ layers: [id] }).map((feature) => String(feature.properties.id)),
    layer,
  );
}

/** Zoom, centre latitude and longitude as the map has them now. */
export async function currentView(app: AppPage): Promise<{ zoom: number; lat: number; lng: number }> {
  return app.evaluateOnMap(
    (map) => ({ zoom: map.getZoom(), lat: map.getCenter().lat, lng: map.getCenter().lng }),
    undefined,
  );
}
