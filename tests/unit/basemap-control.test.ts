// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BasemapControl } from '../../src/controls/basemap-control.ts';
import { defaultState, type AppState } from '../../src/state/app-state.ts';
import { createStore, type Store } from '../../src/state/store.ts';

describe('BasemapControl', () => {
  let store: Store<AppState>;
  let control: BasemapControl;
  let element: HTMLElement;
  const radio = (value: string) => element.querySelector<HTMLInputElement>(`input[type=radio][value="${value}"]`);
  const checked = () =>
    [...element.querySelectorAll<HTMLInputElement>('input[type=radio]')].filter((r) => r.checked).map((r) => r.value);

  beforeEach(() => {
    store = createStore(defaultState());
    control = new BasemapControl(store, { open: true });
    element = control.onAdd();
    document.body.append(element);
  });
  afterEach(() => {
    control.onRemove();
  });

  it('is a group named "Basemap" of three labelled radios, Offline first', () => {
    const group = element.querySelector('fieldset');
    expect(group?.getAttribute('aria-label')).toBe('Basemap');
    const radios = [...element.querySelectorAll<HTMLInputElement>('input[type=radio]')];
    expect(radios.map((r) => r.labels?.[0]?.textContent)).toEqual(['Offline', 'Streets', 'Satellite']);
    expect(new Set(radios.map((r) => r.name)).size).toBe(1);
  });

  it('shows the store: Offline by default, then whatever the store says, in the radios and the summary', () => {
    const summary = () => element.querySelector('summary')?.textContent;
    expect(checked()).toEqual(['offline']);
    expect(summary()).toBe('Basemap: Offline');
    store.set({ basemap: 'satellite' });
    expect(checked()).toEqual(['satellite']);
    expect(summary()).toBe('Basemap: Satellite');
    store.set({ basemap: 'offline' });
    expect(checked()).toEqual(['offline']);
  });

  it('starts closed unless asked to start open', () => {
    expect(element.querySelector('details')?.open).toBe(true);
    const closed = new BasemapControl(store).onAdd();
    expect(closed.querySelector('details')?.open).toBe(false);
  });

  it('writes the choice to the store', () => {
    radio('streets')?.click();
    expect(store.get().basemap).toBe('streets');
    radio('offline')?.click();
    expect(store.get().basemap).toBe('offline');
  });

  it('tells, on the online choices, that they load from the internet', () => {
    const describedBy = radio('streets')?.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(describedBy)?.textContent).toMatch(/internet/);
    expect(radio('offline')?.hasAttribute('aria-describedby')).toBe(false);
  });

  it('stops following the store once removed', () => {
    control.onRemove();
    store.set({ basemap: 'streets' });
    expect(checked()).toEqual(['offline']);
    expect(element.isConnected).toBe(false);
  });
});
