// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { LayerToggleGroup } from '../../../src/layers/data-layer.ts';
import { buildPrintLegend, visibleLegend } from '../../../src/print/print-legend.ts';

const GROUPS: LayerToggleGroup[] = [
  {
    title: 'Places',
    toggles: [
      { key: 'capital', label: 'Capital', swatch: { shape: 'circle', color: '#b2182b' }, layerIds: [] },
      { key: 'town', label: 'Towns', swatch: { shape: 'circle', color: '#4393c3' }, layerIds: [] },
    ],
    legend: [{ label: 'Halo: location approximate', swatch: { shape: 'halo', color: '#888888' } }],
  },
  {
    title: 'Railway',
    toggles: [{ key: 'corridor', label: 'Corridor', swatch: { shape: 'dashed-line', color: '#1b7837' }, layerIds: [] }],
  },
];

describe('visibleLegend', () => {
  it('keeps every symbol drawn, the extra keys after the toggles', () => {
    expect(visibleLegend(GROUPS, []).map((g) => g.entries.map((e) => e.label))).toEqual([
      ['Capital', 'Towns', 'Halo: location approximate'],
      ['Corridor'],
    ]);
  });

  it('leaves out a layer switched off, and a group with nothing left drawn', () => {
    const legend = visibleLegend(GROUPS, ['town', 'corridor']);
    expect(legend.map((g) => g.title)).toEqual(['Places']);
    expect(legend[0]?.entries.map((e) => e.label)).toEqual(['Capital', 'Halo: location approximate']);
    expect(visibleLegend(GROUPS, ['capital', 'town']).map((g) => g.title)).toEqual(['Railway']);
  });
});

describe('buildPrintLegend', () => {
  it('says what is shown, the filters, each symbol with its swatch, and the credits with the licence', () => {
    const legend = buildPrintLegend({
      summary: 'Showing 2 of 2 events, at 2 of 2 places.',
      filters: 'Filters: years 1960–2026 · all themes',
      groups: visibleLegend(GROUPS, ['town']),
      credits: 'Made with Natural Earth',
    });
    expect(legend.classList.contains('print-only')).toBe(true);
    expect(legend.querySelector('.print-summary')?.textContent).toBe('Showing 2 of 2 events, at 2 of 2 places.');
    expect(legend.querySelector('.print-filters')?.textContent).toBe('Filters: years 1960–2026 · all themes');
    const items = [...legend.querySelectorAll('.print-key-item')];
    expect(items.map((item) => item.textContent)).toEqual(['Capital', 'Halo: location approximate', 'Corridor']);
    const swatch = items[2]?.querySelector<HTMLElement>('.layer-swatch');
    expect(swatch?.className).toContain('layer-swatch-dashed-line');
    expect(swatch?.style.getPropertyValue('--swatch-color')).toBe('#1b7837');
    expect(legend.querySelector('.print-credits')?.textContent).toBe(
      'Credits: Made with Natural Earth. Data: CC BY 4.0.',
    );
  });

  it('has no key and no credits without a map', () => {
    const legend = buildPrintLegend({ summary: 's', filters: 'f', groups: [] });
    expect(legend.querySelector('.print-key')).toBeNull();
    expect(legend.querySelector('.print-credits')).toBeNull();
  });
});
