/**
 * A MapLibre control to choose the basemap: a labelled group of radio buttons, Offline (the
 * default), Streets and Satellite, used with Tab and the arrow keys like any radio group. It reads
 * and writes the store's `basemap`; src/map/online-basemap-sync.ts applies it to the map.
 */
import type { IControl } from 'maplibre-gl';
import { create } from '../dom.ts';
import { messages } from '../i18n/i18n.ts';
import { BASEMAPS, type AppState, type BasemapId } from '../state/app-state.ts';
import type { Store } from '../state/store.ts';

export interface BasemapControlOptions {
  /** Whether the panel starts open. */
  open: boolean;
}

// Closed: most readers keep the default, and open it would cover places at the right of the first view.
const defaultOptions: BasemapControlOptions = { open: false };

const NOTE_ID = 'basemap-control-note';

/** The Basemap control: radio buttons for Offline, Streets and Satellite, kept in step with the store. */
export class BasemapControl implements IControl {
  private readonly options: BasemapControlOptions;
  private container?: HTMLElement;
  private unsubscribe?: () => void;

  constructor(
    private readonly store: Store<AppState>,
    options: Partial<BasemapControlOptions> = {},
  ) {
    this.options = { ...defaultOptions, ...options };
  }

  onAdd(): HTMLElement {
    // The layer control's classes, so both panels look alike.
    const container = create('div', 'maplibregl-ctrl maplibregl-ctrl-group layer-toggle basemap-control');
    const details = create('details', 'layer-toggle-details', container);
    details.open = this.options.open;
    // Names the current basemap, so it shows while the panel is closed.
    const summary = create('summary', 'layer-toggle-summary', details);
    const group = create('fieldset', 'layer-toggle-group', details);
    // Named by aria-label: a visible legend would repeat the summary just above it.
    group.setAttribute('aria-label', messages().layers.basemap);
    const radios = BASEMAPS.map((id) => this.buildRadio(id, group));
    const note = create('p', 'basemap-control-note', group, messages().layers.basemapNote);
    note.id = NOTE_ID;

    const render = ({ basemap }: Readonly<AppState>) => {
      summary.textContent = messages().layers.basemapSummary(messages().layers.basemaps[basemap]);
      for (const radio of radios) radio.checked = radio.value === basemap;
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

  private buildRadio(id: BasemapId, parent: HTMLElement): HTMLInputElement {
    const label = create('label', 'layer-toggle-item', parent);
    const radio = create('input', undefined, label);
    radio.type = 'radio';
    radio.name = 'basemap';
    radio.value = id;
    if (id !== 'offline') radio.setAttribute('aria-describedby', NOTE_ID);
    radio.addEventListener('change', () => {
      if (radio.checked) this.store.set({ basemap: id });
    });
    create('span', 'layer-toggle-label', label, messages().layers.basemaps[id]);
    return radio;
  }
}
