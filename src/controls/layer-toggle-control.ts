/**
 * A MapLibre control listing the data and basemap layers, each with a legend swatch and a checkbox.
 * Unchecking sets the layers' visibility to none: they are then neither drawn nor clickable.
 */
import type { IControl, Map as MapLibreMap } from 'maplibre-gl';
import { create } from '../dom.ts';

export interface LayerToggle {
  /** Stable key, used in element ids. */
  key: string;
  label: string;
  swatch: { shape: 'circle' | 'ring' | 'line' | 'dashed-line'; color: string };
  layerIds: readonly string[];
}

export interface LayerToggleGroup {
  title: string;
  toggles: LayerToggle[];
}

export class LayerToggleControl implements IControl {
  private map?: MapLibreMap;
  private container?: HTMLElement;

  constructor(private readonly groups: LayerToggleGroup[]) {}

  onAdd(map: MapLibreMap): HTMLElement {
    this.map = map;
    const container = create('div', 'maplibregl-ctrl maplibregl-ctrl-group layer-toggle');
    const details = create('details', 'layer-toggle-details', container);
    details.open = !window.matchMedia('(max-width: 600px)').matches;
    create('summary', 'layer-toggle-summary', details, 'Layers');
    for (const group of this.groups) {
      const fieldset = create('fieldset', 'layer-toggle-group', details);
      create('legend', undefined, fieldset, group.title);
      for (const toggle of group.toggles) this.buildToggle(toggle, fieldset);
    }
    this.container = container;
    return container;
  }

  onRemove(): void {
    this.container?.remove();
    this.map = undefined;
  }

  private buildToggle(toggle: LayerToggle, parent: HTMLElement): void {
    const label = create('label', 'layer-toggle-item', parent);
    const checkbox = create('input', undefined, label);
    checkbox.type = 'checkbox';
    checkbox.checked = this.isVisible(toggle);
    checkbox.dataset.layerToggle = toggle.key;
    checkbox.addEventListener('change', () => this.setVisible(toggle, checkbox.checked));
    const swatch = create('span', `layer-swatch layer-swatch-${toggle.swatch.shape}`, label);
    swatch.style.setProperty('--swatch-color', toggle.swatch.color);
    swatch.setAttribute('aria-hidden', 'true');
    create('span', 'layer-toggle-label', label, toggle.label);
  }

  private isVisible(toggle: LayerToggle): boolean {
    return toggle.layerIds.every((id) => this.map?.getLayoutProperty(id, 'visibility') !== 'none');
  }

  private setVisible(toggle: LayerToggle, visible: boolean): void {
    for (const id of toggle.layerIds) {
      if (this.map?.getLayer(id)) this.map.setLayoutProperty(id, 'visibility', visible ? 'visible' : 'none');
    }
  }
}
