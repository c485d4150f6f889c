// @vitest-environment jsdom
// The DOM parses the providers' attribution HTML as MapLibre's attribution control would.
import { describe, expect, it } from 'vitest';
import { ONLINE_BASEMAPS } from '../../src/state/online-basemaps.ts';

const PROVIDERS = Object.values(ONLINE_BASEMAPS);

/** The text and links of an attribution, as MapLibre's attribution control shows it. */
function renderAttribution(html: string): { text: string; links: HTMLAnchorElement[] } {
  const template = document.createElement('template');
  template.innerHTML = html;
  return { text: template.content.textContent ?? '', links: [...template.content.querySelectorAll('a')] };
}

describe('the online basemap providers', () => {
  it('are Streets and Satellite', () => {
    expect(Object.keys(ONLINE_BASEMAPS)).toEqual(['streets', 'satellite']);
    for (const [id, provider] of Object.entries(ONLINE_BASEMAPS)) expect(provider.id).toBe(id);
  });

  it.each(PROVIDERS)('$label has an https tile URL with {z}, {x} and {y} once each, and no key', (provider) => {
    expect(provider.tiles).toMatch(/^https:\/\//);
    for (const part of ['{z}', '{x}', '{y}']) expect(provider.tiles.split(part)).toHaveLength(2);
    expect(provider.tiles).not.toMatch(/key|token/i);
    expect(new URL(provider.tiles.replace(/[{}]/g, '')).protocol).toBe('https:');
  });

  it('Streets is the OpenStreetMap standard tile server, to zoom 19', () => {
    expect(ONLINE_BASEMAPS.streets.tiles).toBe('https://tile.openstreetmap.org/{z}/{x}/{y}.png');
    expect(ONLINE_BASEMAPS.streets.maxzoom).toBe(19);
  });

  it('Satellite is EOX Sentinel-2 cloudless 2016 (the CC BY layer), row before column, to zoom 14', () => {
    expect(ONLINE_BASEMAPS.satellite.tiles).toBe(
      'https://tiles.maps.eox.at/wmts/1.0.0/s2cloudless_3857/default/g/{z}/{y}/{x}.jpg',
    );
    expect(ONLINE_BASEMAPS.satellite.maxzoom).toBe(14);
    expect(ONLINE_BASEMAPS.satellite.terms).toMatch(/CC BY 4\.0/);
  });

  it.each(PROVIDERS)('$label has a tile size and a max zoom MapLibre accepts', (provider) => {
    expect(provider.tileSize).toBe(256);
    expect(Number.isInteger(provider.maxzoom)).toBe(true);
    expect(provider.maxzoom).toBeGreaterThanOrEqual(10);
    expect(provider.maxzoom).toBeLessThanOrEqual(22);
  });

  it('Streets credits © OpenStreetMap contributors, linked to the copyright page', () => {
    const { text, links } = renderAttribution(ONLINE_BASEMAPS.streets.attribution);
    expect(text).toBe('© OpenStreetMap contributors');
    expect(links.map((a) => a.href)).toEqual(['https://www.openstreetmap.org/copyright']);
  });

  it("Satellite credits EOX in EOX's words, with the year of the Copernicus data", () => {
    const { text } = renderAttribution(ONLINE_BASEMAPS.satellite.attribution);
    expect(text).toBe(
      'Sentinel-2 cloudless – https://s2maps.eu by EOX IT Services GmbH (Contains modified Copernicus Sentinel data 2016 & 2017)',
    );
  });

  it.each(PROVIDERS)("$label's credit links are https and open safely in a new tab", (provider) => {
    const { links } = renderAttribution(provider.attribution);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      expect(new URL(link.href).protocol).toBe('https:');
      expect(link.target).toBe('_blank');
      expect(link.rel).toBe('noopener noreferrer');
    }
  });
});
