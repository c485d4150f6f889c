import { describe, expect, it } from 'vitest';
import { defaultState } from '../../src/state/app-state.ts';
import { select, selectionChanged } from '../../src/state/selection.ts';
import { createStore } from '../../src/state/store.ts';

describe('select', () => {
  it('sets the feature, the event and where the reader pointed, in one change', () => {
    const store = createStore(defaultState());
    let changes = 0;
    store.subscribe(() => changes++);
    select(store, 'gao', { eventId: 'gao-camp-attack-2016', at: [0, 16] });
    expect(store.get()).toMatchObject({ selected: 'gao', event: 'gao-camp-attack-2016', selectedAt: [0, 16] });
    expect(changes).toBe(1);
  });

  it('counts a repeated choice as a change, so the map can bring the place back into view', () => {
    const store = createStore(defaultState());
    select(store, 'gao');
    const before = store.get();
    select(store, 'gao');
    expect(selectionChanged(store.get(), before)).toBe(true);
  });

  it('clears event and position with the selection, without counting a choice', () => {
    const store = createStore(defaultState());
    select(store, 'gao', { eventId: 'x', at: [0, 16] });
    const before = store.get();
    select(store, null);
    expect(store.get()).toMatchObject({ selected: null, event: null, selectedAt: null, reveal: before.reveal });
  });
});
