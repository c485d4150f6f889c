/**
 * A MapLibre control listing the data and basemap layers, each with a legend swatch and a checkbox.
 * The checkboxes edit the store's `hiddenLayers`; src/map/layer-visibility.ts applies it to the map,
 * where a hidden layer is neither drawn nor clickable.
 */
import type { IControl } from 'maplibre-gl';
import { create } from '../dom.ts';
import type { LayerToggle, LayerToggleGroup } from '../layers/data-layer.ts';
import { messages } from '../i18n/i18n.ts';
import type { AppState } from '../state/app-state.ts';
import type { Store } from '../state/store.ts';

/** The Layers control: a checkbox and a legend swatch per toggle, grouped, with keys to other symbols. */
export class LayerToggleControl implements IControl {
  private container?: HTMLElement;
  private unsubscribe?: () => void;

  constructor(
    private readonly groups: LayerToggleGroup[],
    private readonly store: Store<AppState>,
  ) {}

  onAdd(): HTMLElement {
    const container = create('div', 'maplibregl-ctrl maplibregl-ctrl-group layer-toggle');
    const details = create('details', 'layer-toggle-details', container);
    // Open only where it leaves most of the map free: on a laptop or a phone it would cover the west
    // (the Senegal coast, the railway's start) until the reader opens it.
    details.open = window.matchMedia('(min-width: 1600px) and (min-height: 800px)').matches;
    create('summary', 'layer-toggle-summary', details, messages().layers.summary);
    const checkboxes = this.groups.flatMap((group) => {
      const fieldset = create('fieldset', 'layer-toggle-group', details);
      create('legend', undefined, fieldset, group.title);
      const boxes = group.toggles.map((toggle) => this.buildToggle(toggle, fieldset));
      for (const entry of group.legend ?? []) {
        const item = create('p', 'layer-legend-item', fieldset);
        const swatch = create('span', `layer-swatch layer-swatch-${entry.swatch.shape}`, item);
        swatch.style.setProperty('--swatch-color', entry.swatch.color);
        swatch.setAttribute('aria-hidden', 'true');
        create('span', 'layer-toggle-label', item, entry.label);
      }
      return boxes;
    });
    const render = ({ hiddenLayers }: Readonly<AppState>) => {
      for (const box of checkboxes) box.checked = !hiddenLayers.includes(box.dataset.layerToggle ?? '');
    };
    render(this.store.get());
    this.unsubscribe = this.store.subscribe(render);
    this.container = container;
    return container;
  }

  onRemove(): void {
    this.unsubscribe?.();
    this.container?.remove();
  }

  private buildToggle(toggle: LayerToggle, parent: HTMLElement): HTMLInputElement {
    const label = create('label', 'layer-toggle-item', parent);
    const checkbox = create('input', undefined, label);
    checkbox.type = 'checkbox';
    checkbox.dataset.layerToggle = toggle.key;
    checkbox.addEventListener('change', () => {
      const others = this.store.get().hiddenLayers.filter((key) => key !== toggle.key);
      this.store.set({ hiddenLayers: checkbox.checked ? others : [...others, toggle.key] });
    });
    const swatch = create('span', `layer-swatch layer-swatch-${toggle.swatch.shape}`, label);
    swatch.style.setProperty('--swatch-color', toggle.swatch.color);
    swatch.setAttribute('aria-hidden', 'true');
    create('span', 'layer-toggle-label', label, toggle.label);
    return checkbox;
  }
}
