import { describe, expect, it } from 'vitest';
import { createStore } from '../../src/state/store.ts';

describe('the store', () => {
  it('notifies on change only, with the previous state', () => {
    const store = createStore({ a: 1, list: [1, 2] });
    const seen: string[] = [];
    store.subscribe((state, previous) => seen.push(`${previous.a}->${state.a}`));
    store.set({ a: 1, list: [1, 2] });
    store.set({ a: 2 });
    expect(seen).toEqual(['1->2']);
  });
});
